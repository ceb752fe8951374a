import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../simulator/index.ts';
import type { Simulator } from '../../../simulator/types.ts';
import { tempDir } from '../../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';
import {
  actAs,
  launchChromium,
  openStudio,
  SHOTS,
  type StudioRun,
  send,
  startStudio,
  startWorker,
  studioEnv,
} from './harness.ts';

/**
 * The studio with REDIS_URL set and the work split as in production: a ROLE=bot process serves
 * the page, a ROLE=worker process (its own app, connections and studio repository) renders and
 * posts. Cards, videos and votes reach the page only through Redis.
 */
let sim: Simulator;
let prefix: string;
let env: Record<string, string>;
let bot: StudioRun;
let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
let browser: Browser;
let page: Page;

const postOf = (p: Page, prompt: string) =>
  p.locator('li.post').filter({ has: p.locator('.prompt', { hasText: new RegExp(`^${prompt}$`) }) });

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 1500, mediaDir: tempDir('studio-redis-sim') });
  prefix = uniquePrefix('studio-redis');
  env = studioEnv({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'openai',
    OPENAI_API_KEY: 'sk-test-studio-redis',
    OPENAI_BASE_URL: sim.url,
    JOB_LOCK_MS: '5000',
  });
  bot = await startStudio(env, { worker: false });
  browser = await launchChromium();
  page = await openStudio(browser, bot.url, 'ada');
});

afterAll(async () => {
  await browser?.close();
  await worker?.close();
  await bot?.close();
  await sim?.close();
  await dropPrefix(prefix);
});

describe('the studio on Redis, with the worker in another process', () => {
  it('shows place in line while no worker runs, then the worker’s progress and the clip', async () => {
    await send(page, '/sora generate prompt:a lantern festival at dusk duration:4 aspect:landscape');
    await postOf(page, 'a lantern festival at dusk').waitFor();
    await send(page, '/sora generate prompt:a heron fishing in reeds duration:4 aspect:landscape');
    const second = postOf(page, 'a heron fishing in reeds');
    await second.waitFor();
    // Next in line with nothing ahead of it: no "#1", which would say nothing (place-in-line.ts).
    expect(await postOf(page, 'a lantern festival at dusk').locator('.status-line').textContent()).toBe(
      'Queued',
    );
    expect(await second.locator('.status-line').textContent()).toBe('Queued (#2 in line)');
    await page.screenshot({ path: `${SHOTS}/10-redis-queued.png` });

    worker = await startWorker(env);
    for (const prompt of ['a lantern festival at dusk', 'a heron fishing in reeds']) {
      const video = postOf(page, prompt).locator('video');
      await video.waitFor({ timeout: 30_000 });
      const media = await video.evaluate(async (v: HTMLVideoElement) => {
        if (v.readyState < 1)
          await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
        return { readyState: v.readyState, duration: v.duration, src: v.currentSrc };
      });
      expect(media.readyState).toBeGreaterThan(0);
      expect(media.duration).toBeGreaterThan(3.5);
      expect(media.src).toMatch(/\/studio\/media\/m[0-9a-z]+-[0-9a-z]{6}$/);
      await expect.poll(() => postOf(page, prompt).locator('.status-line').textContent()).toBe('Done');
    }
    await page.screenshot({ path: `${SHOTS}/11-redis-posted.png` });
  });

  it('serves the clip’s bytes from Redis by range', async () => {
    const src = await postOf(page, 'a heron fishing in reeds').locator('video').getAttribute('src');
    const full = Buffer.from(await (await fetch(`${bot.url}${src}`)).arrayBuffer());
    expect(full.length).toBeGreaterThan(10_000);
    expect(full.subarray(4, 8).toString('latin1')).toBe('ftyp');

    const part = await fetch(`${bot.url}${src}`, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${full.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(full.subarray(1000, 2000))).toBe(true);
  });

  it('counts votes in the shared store, and the author’s own does not count', async () => {
    const post = postOf(page, 'a lantern festival at dusk');
    const vote = post.getByRole('button', { name: /^Vote for this clip/ });
    await vote.click();
    await expect.poll(() => vote.getAttribute('aria-pressed')).toBe('true');
    expect(await vote.textContent()).toBe('0');
    await actAs(page, 'Bob');
    await vote.click();
    await expect.poll(() => vote.textContent()).toBe('1');
    const clipId = (await post.getAttribute('id'))!.replace(/^clip-/, '');
    expect(await bot.app.store.votes.voters(clipId)).toEqual(['bob']);
    expect(await worker!.app.store.votes.count(clipId)).toBe(1);
  });
});
