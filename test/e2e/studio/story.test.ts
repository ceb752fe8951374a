import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { createSimulator, type Simulator } from '../../../simulator/index.ts';
import { shotClipId } from '../../../src/core/story/story.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { simTempDir } from '../../helpers/simulator-media.ts';
import { lastFrameSha, postedBytes, probeBytes, simVideo } from '../../helpers/studio-stories.ts';
import { launchChromium, openStudio, SHOTS, type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * Stories (issue 15) in the studio: a 3-shot flow story told through the Story dialog in
 * Chromium and a 3-shot cut story with fades typed as a command, each rendered by the simulator's
 * OpenAI API, posted once as one MP4 whose length ffprobe reads, with one sound track over it.
 */

let sim: Simulator;
let run: StudioRun;
let browser: Browser;

const messages = async () =>
  (
    (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    }
  ).messages;

/** The one posted message of a clip; fails if it was posted more than once. */
async function postedOnce(clipId: string): Promise<MessageView> {
  const posts = (await messages()).filter((m) => m.kind === 'clip' && m.card?.clipId === clipId);
  expect(posts).toHaveLength(1);
  return posts[0]!;
}

/** The simulator's videos of a story's shots, by their OpenAI video ids. */
async function shotVideos(storyId: string, count: number) {
  const jobs = await Promise.all(
    Array.from(
      { length: count },
      async (_, i) => (await run.app.store.clips.get(shotClipId(storyId, i)))!.providerJobId!,
    ),
  );
  const videos = await Promise.all(jobs.map((job) => simVideo(sim.url, job)));
  const seconds = (await Promise.all(videos.map(probeBytes))).map((p) => p.durationS);
  return { jobs, videos, totalS: seconds.reduce((a, b) => a + b, 0) };
}

/** The posted MP4: its length as ffprobe reads it, and one sound track as long as the video. */
async function expectJoined(post: MessageView, seconds: number) {
  const probed = await probeBytes(await postedBytes(run.url, post));
  expect(probed.video).toBe(1);
  expect(Math.abs(probed.durationS - seconds)).toBeLessThanOrEqual(0.5);
  expect(probed.audio).toHaveLength(1);
  expect(Math.abs(probed.audio[0]!.durationS - probed.durationS)).toBeLessThanOrEqual(0.5);
}

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 600, mediaDir: simTempDir('studio-story-sim') });
  run = await startStudio(
    studioEnv({ VIDEO_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: sim.url }),
  );
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await run?.close();
  await sim?.close();
});

describe('a story in the studio', () => {
  it('told in flow through the Story dialog: rows per shot, one create per shot, each from the last frame before, posted once', async () => {
    const page = await openStudio(browser, run.url, 'ada');
    const before = sim.stats().byApi.openai.creates;
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Story' });
    await dialog.getByLabel('Shot 1', { exact: true }).fill('a red kite lifts off a beach');
    await dialog.getByLabel('Shot 2', { exact: true }).fill('the kite climbs over the cliffs');
    await dialog.getByRole('button', { name: 'Add a shot' }).click();
    await dialog.getByLabel('Shot 3', { exact: true }).fill('the kite lands in a meadow');
    await dialog.getByLabel('Look (what stays the same)').fill('golden hour, handheld, warm palette');
    await dialog.getByLabel('Seconds per shot').selectOption('4');
    await dialog.getByLabel('Mode', { exact: true }).selectOption('flow');
    await dialog.getByLabel('Model', { exact: true }).selectOption('sora-2');
    await dialog.getByRole('button', { name: 'Tell the story' }).click();

    const item = page.locator('li.post:has(.story)').first();
    await item.waitFor();
    const storyId = (await item.getAttribute('id'))!.slice('clip-'.length);
    // The card has a row per shot, each with its words, from the first edit on.
    await expect.poll(() => item.locator('.shot').count()).toBe(3);
    expect(await item.locator('.shot-text').allTextContents()).toEqual([
      'a red kite lifts off a beach',
      'the kite climbs over the cliffs',
      'the kite lands in a meadow',
    ]);
    expect(await item.locator('.story-total').textContent()).toContain('3 shots, flow');
    expect(await item.locator('.story-total').textContent()).toMatch(/est\. \$\d+\.\d\d for the whole story/);

    expect((await waitForEnd(run.app, storyId, 60_000)).state).toBe('posted');
    await expect.poll(() => item.locator('.shot-done').count(), { timeout: 10_000 }).toBe(3);
    // Posted: each shot can be re-rolled, and the clip extended.
    expect(await item.getByRole('button', { name: /^Re-roll shot \d$/ }).count()).toBe(3);
    await item.getByRole('button', { name: 'Extend' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/story-flow.png` });

    expect(sim.stats().byApi.openai.creates - before).toBe(3);
    const { jobs, videos, totalS } = await shotVideos(storyId, 3);
    expect(Math.abs(totalS - 12)).toBeLessThanOrEqual(1.5);
    await expectJoined(await postedOnce(storyId), totalS);

    // Each shot after the first opened on the last frame of the one before, as the simulator saw.
    const given = sim.given();
    expect(given[jobs[0]!]?.firstFrameSha256).toBeUndefined();
    for (const i of [1, 2]) {
      expect(given[jobs[i]!]?.firstFrameSha256).toBe(await lastFrameSha(videos[i - 1]!));
    }

    // Re-rolling shot 2 from its row renders that shot alone and posts a new cut, credited.
    const creates = sim.stats().byApi.openai.creates;
    await item.getByRole('button', { name: 'Re-roll shot 2' }).click();
    const recut = page.locator('li.post:has(.story):has(.credit)').last();
    await recut.waitFor();
    const recutId = (await recut.getAttribute('id'))!.slice('clip-'.length);
    expect(recutId).not.toBe(storyId);
    expect((await waitForEnd(run.app, recutId, 60_000)).state).toBe('posted');
    expect(sim.stats().byApi.openai.creates - creates).toBe(1);
    await postedOnce(recutId);
    await page.context().close();
  }, 120_000);

  it('offers a field per shot up to STORY_MAX_SHOTS, shows shots as words, and refuses an empty shot with nothing made', async () => {
    const page = await openStudio(browser, run.url, 'bob');
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Story' });
    const add = dialog.getByRole('button', { name: 'Add a shot' });
    while (await add.isEnabled()) await add.click();
    expect(await dialog.locator('.shot-field').count()).toBe(6);
    await dialog.getByRole('button', { name: 'Remove shot 6' }).click();
    expect(await dialog.locator('.shot-field').count()).toBe(5);
    expect(await add.isEnabled()).toBe(true);
    for (const n of [5, 4, 3, 2]) await dialog.getByRole('button', { name: `Remove shot ${n}` }).click();
    // A story keeps at least one shot field.
    expect(await dialog.getByRole('button', { name: 'Remove shot 1' }).isDisabled()).toBe(true);
    await add.click();

    // An empty shot (spaces pass the browser's required check) is the core's refusal, shown.
    const creates = sim.stats().creates;
    await dialog.getByLabel('Shot 1', { exact: true }).fill('<img src=x onerror=alert(1)> a fox');
    await dialog.getByLabel('Shot 2', { exact: true }).fill('   ');
    await dialog.getByRole('button', { name: 'Tell the story' }).click();
    await page.locator('#error').waitFor();
    expect(await page.locator('#error').textContent()).toMatch(/shot/i);
    expect(sim.stats().creates).toBe(creates);

    // Markup in a shot shows as the words it is.
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await dialog.getByLabel('Shot 2', { exact: true }).fill('the fox sleeps');
    await dialog.getByRole('button', { name: 'Tell the story' }).click();
    const item = page.locator('li.post:has(.story)').last();
    await expect
      .poll(() => item.locator('.shot-text').first().textContent())
      .toBe('<img src=x onerror=alert(1)> a fox');
    expect(await item.locator('.shot-text img').count()).toBe(0);
    const storyId = (await item.getAttribute('id'))!.slice('clip-'.length);
    await waitForEnd(run.app, storyId, 60_000);
    await page.context().close();
  }, 120_000);

  it('typed in cut with transition:fade: rendered once per shot, joined with fades into one clip', async () => {
    const before = sim.stats().byApi.openai.creates;
    const res = await fetch(`${run.url}/studio/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'general',
        member: 'bob',
        text: '/sora story shots:a lighthouse at dusk | waves break on the rocks | the lamp turns on seconds:4 mode:cut transition:fade model:sora-2',
        nonce: 'story-cut-0001',
      }),
    });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as CommandResult;
    const card = reply.message!.card!;
    expect(card.story?.rows.map((r) => r.text)).toEqual([
      'a lighthouse at dusk',
      'waves break on the rocks',
      'the lamp turns on',
    ]);
    expect(card.story?.mode).toBe('cut');
    expect((await waitForEnd(run.app, card.clipId, 60_000)).state).toBe('posted');
    expect(sim.stats().byApi.openai.creates - before).toBe(3);
    // The three shots less their two fades, which share 0.45 s (src/core/story/story-step.ts).
    const { totalS } = await shotVideos(card.clipId, 3);
    await expectJoined(await postedOnce(card.clipId), totalS - 0.45);
  }, 120_000);

  it('a story whose shot the provider refuses: its row failed, the card says what the shots made were charged', async () => {
    const page = await openStudio(browser, run.url, 'ada');
    const res = await fetch(`${run.url}/studio/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'general',
        member: 'ada',
        text: '/sora story shots:a bridge at dawn | the bridge sways [fail:moderation] | fog lifts seconds:4 mode:cut model:sora-2',
      }),
    });
    expect(res.status).toBe(200);
    const storyId = ((await res.json()) as CommandResult).message!.card!.clipId;
    expect((await waitForEnd(run.app, storyId, 60_000)).state).toBe('failed');
    const item = page.locator(`#clip-${storyId}`);
    await expect.poll(() => item.locator('.shot-failed').count(), { timeout: 10_000 }).toBe(1);
    expect(await item.locator('.shot-failed .shot-text').textContent()).toBe(
      'the bridge sways [fail:moderation]',
    );
    const made = (
      await Promise.all([0, 1, 2].map((i) => run.app.store.clips.get(shotClipId(storyId, i))))
    ).filter((c) => c?.state === 'posted');
    // In cut the other two shots render beside it and are made: they are what is charged.
    expect(made).toHaveLength(2);
    const charged = made.reduce((sum, c) => sum + c!.estimatedCostUsd, 0);
    await expect
      .poll(() => item.locator('.story-total').textContent())
      .toContain(`charged $${charged.toFixed(2)} for the shots made`);
    // Nothing failed is offered a re-roll or an extension.
    expect(await item.getByRole('button', { name: /^Re-roll shot|^Extend$/ }).count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
