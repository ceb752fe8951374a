import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageView } from '../../../adapters/studio/web/types.ts';
import { COMMANDS } from '../../../commands/index.ts';
import {
  actAs,
  launchChromium,
  openStudio,
  SHOTS,
  type StudioRun,
  send,
  startStudio,
  statusLog,
  studioEnv,
} from './harness.ts';

/**
 * The studio in real headless Chromium against the zero-config app: the in-process simulator,
 * the in-memory store and queue, everything reached through the page as a member would.
 */
let run: StudioRun;
let browser: Browser;
let page: Page;

/** The post of the newest clip whose prompt is exactly this. */
const postOf = (p: Page, prompt: string) =>
  p
    .locator('li.post')
    .filter({ has: p.locator('.prompt', { hasText: new RegExp(`^${prompt}$`) }) })
    .last();

async function clipIdOf(p: Page, prompt: string): Promise<string> {
  const id = await postOf(p, prompt).getAttribute('id');
  return id!.replace(/^clip-/, '');
}

async function listMessages() {
  const res = await fetch(`${run.url}/studio/api/messages?channel=general`);
  return ((await res.json()) as { messages: { id: string; kind: string }[] }).messages;
}

beforeAll(async () => {
  run = await startStudio(studioEnv());
  browser = await launchChromium();
  page = await openStudio(browser, run.url, 'ada');
});

afterAll(async () => {
  await browser?.close();
  await run?.close();
});

describe('the studio in a browser', () => {
  it('makes a clip: the card shows its progress live and becomes a video that plays', async () => {
    await send(page, '/sora generate prompt:a paper boat in the rain duration:4 aspect:landscape style:noir');
    const post = postOf(page, 'a paper boat in the rain');
    await post.waitFor();
    await expect.poll(() => post.locator('.status-line').textContent()).toMatch(/Rendering|Starting|Queued/);
    await page.screenshot({ path: `${SHOTS}/01-rendering.png` });

    const video = post.locator('video');
    await video.waitFor({ timeout: 20_000 });
    const media = await video.evaluate(async (v: HTMLVideoElement) => {
      if (v.readyState < 1) await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      return { readyState: v.readyState, duration: v.duration, src: v.currentSrc, width: v.videoWidth };
    });
    expect(media.readyState).toBeGreaterThan(0);
    expect(media.duration).toBeGreaterThan(3.5);
    expect(media.duration).toBeLessThan(4.5);
    expect(media.width).toBe(1280);
    expect(media.src).toMatch(new RegExp(`^${run.url}/studio/media/m[0-9a-z]+-[0-9a-z]{6}$`));
    // The video is shown at upload, a moment before the clip is recorded posted and its card redrawn.
    await expect.poll(() => post.locator('.status-line').textContent(), { timeout: 20_000 }).toBe('Done');
    await page.screenshot({ path: `${SHOTS}/02-posted.png` });

    const log = await statusLog(page, await clipIdOf(page, 'a paper boat in the rain'));
    expect(log.some((line) => /^Rendering · \d+%/.test(line))).toBe(true);
    expect(log.at(-1)).toBe('Done');
    expect(await post.locator('.summary').textContent()).toContain('noir');
  });

  it('counts votes: the author’s own reaction shows but does not count, others count once each', async () => {
    const post = postOf(page, 'a paper boat in the rain');
    const vote = post.getByRole('button', { name: /^Vote for this clip/ });

    await vote.click();
    await expect.poll(() => vote.getAttribute('aria-pressed')).toBe('true');
    expect(await vote.textContent()).toBe('0');
    await expect.poll(() => page.locator('#notice').textContent()).toContain('your vote does not count');

    await actAs(page, 'Bob');
    await expect.poll(() => vote.getAttribute('aria-pressed')).toBe('false');
    await vote.click();
    await expect.poll(() => vote.textContent()).toBe('1');
    await actAs(page, 'Cy (admin)');
    await vote.click();
    await expect.poll(() => vote.textContent()).toBe('2');
    await page.screenshot({ path: `${SHOTS}/03-votes.png` });
    await vote.click();
    await expect.poll(() => vote.textContent()).toBe('1');

    const clipId = await clipIdOf(page, 'a paper boat in the rain');
    expect(await run.app.store.votes.voters(clipId)).toEqual(['bob']);
  });

  it('remixes as another member from an editable dialog, and credits the original', async () => {
    await actAs(page, 'Bob');
    await postOf(page, 'a paper boat in the rain').getByRole('button', { name: 'Remix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remix' });
    const prompt = dialog.getByLabel('Prompt');
    expect(await prompt.inputValue()).toBe('a paper boat in the rain');
    await prompt.fill('a paper boat in the rain, seen from above');
    await page.screenshot({ path: `${SHOTS}/04-remix-dialog.png` });
    await dialog.getByRole('button', { name: 'Remix' }).click();

    const remix = postOf(page, 'a paper boat in the rain, seen from above');
    await remix.waitFor();
    expect(await remix.locator('.author').textContent()).toBe('Bob');
    expect(await remix.locator('.credit').textContent()).toBe('Remix of Ada’s clip');
    await remix.locator('video').waitFor({ timeout: 20_000 });
    const remixId = await clipIdOf(page, 'a paper boat in the rain, seen from above');
    // The video is shown at upload, a moment before the clip is recorded posted.
    await expect
      .poll(async () => (await run.app.store.clips.get(remixId))?.state, { timeout: 20_000 })
      .toBe('posted');
    const clip = await run.app.store.clips.get(remixId);
    expect(clip).toMatchObject({ origin: 'remix', author: { id: 'bob' }, state: 'posted' });
    await page.screenshot({ path: `${SHOTS}/05-remix.png` });
  });

  it('shows each clip’s id on its card, and /sora top as a list of frames linked to the posts', async () => {
    const clipId = await clipIdOf(page, 'a paper boat in the rain');
    const post = postOf(page, 'a paper boat in the rain');
    expect(await post.locator('.clip-id').textContent()).toBe(`clip ${clipId}`);

    await send(page, '/sora top period:all');
    const board = page.locator('li.post.bot').filter({ hasText: 'Top clips of all time' }).last();
    const first = board.locator('ol.board-entries li').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe(`#clip-${clipId}`);
    const frame = first.locator('img');
    expect(await frame.getAttribute('src')).toBe(`/studio/thumbnails/${clipId}`);
    // The frame really loads: a JPEG made by ffmpeg when the clip was delivered.
    await expect
      .poll(() => frame.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(320);
    await page.screenshot({ path: `${SHOTS}/12-top.png` });
  });

  it('shows a clear error for a bad command, keeps the text, and changes nothing', async () => {
    await actAs(page, 'Ada');
    const before = await listMessages();
    const creates = await simulatorCreates();
    const box = page.getByRole('combobox', { name: 'Message #general' });
    const error = page.getByRole('alert');

    await send(page, '/sora generate prompt:a kite over the dunes duration:5');
    await expect
      .poll(() => error.textContent())
      .toBe('Simulated Sora 2 makes 4, 8 or 12 second clips; you asked for 5. Pick one of those lengths.');
    expect(await box.inputValue()).toBe('/sora generate prompt:a kite over the dunes duration:5');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/06-error.png` });

    await send(page, '/sora fly prompt:a kite');
    const names = [...new Set(COMMANDS.map((c) => c.group ?? c.name))].join(', ');
    await expect.poll(() => error.textContent()).toBe(`There is no /sora fly. Try one of: ${names}.`);
    await send(page, '/sora generate aspect:diagonal prompt:a kite');
    await expect.poll(() => error.textContent()).toBe('The aspect is landscape, portrait or square.');
    await send(page, 'a kite over the dunes');
    await expect.poll(() => error.textContent()).toMatch(/^Commands start with \/sora/);

    expect(await listMessages()).toEqual(before);
    expect(await simulatorCreates()).toBe(creates);
    expect(await page.locator('li.post').count()).toBe(before.filter((m) => m.kind !== 'clip').length);
  });

  it('shows prompts as text: markup in a prompt is never parsed', async () => {
    const prompt = '<img src=x onerror="document.body.dataset.pwned=1"> & <b>bold</b> @everyone';
    await send(page, `/sora generate prompt:${prompt} duration:4 aspect:portrait`);
    const post = page.locator('li.post').filter({ has: page.locator('.prompt', { hasText: '<img src=x' }) });
    await post.waitFor();
    expect(await post.locator('.prompt').textContent()).toBe(prompt);
    expect(await post.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    await post.locator('video').waitFor({ timeout: 20_000 });
    await post.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/07-escaped-portrait.png` });
  });

  it('lets only the author or an admin cancel or delete, and every open page sees it', async () => {
    await actAs(page, 'Ada');
    await send(page, '/sora generate prompt:a slow sunrise over the bay [slow] duration:4');
    const post = postOf(page, 'a slow sunrise over the bay \\[slow\\]');
    await post.waitFor();
    const other = await openStudio(browser, run.url, 'bob');
    const seen = postOf(other, 'a slow sunrise over the bay \\[slow\\]');
    await seen.waitFor();

    // Bob is not offered Cancel on Ada's clip; asked anyway (a stale page, a script), the
    // server refuses with the same sentence and nothing changes.
    expect(await seen.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    const clipId = await clipIdOf(page, 'a slow sunrise over the bay \\[slow\\]');
    const { messages } = (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    };
    const card = messages.find((m) => m.kind === 'card' && m.card?.clipId === clipId)!;
    const refused = await fetch(`${run.url}/studio/api/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'cancel', member: 'bob', message: card.id }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'Only Ada or an admin can cancel this clip.',
    );
    expect(await seen.locator('.status-line').textContent()).not.toBe('Cancelled');

    await post.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => seen.locator('.status-line').textContent()).toBe('Cancelled');
    expect(await seen.locator('.failure').textContent()).toBe('Cancelled by Ada.');
    await page.screenshot({ path: `${SHOTS}/08-cancelled.png` });

    await actAs(other, 'Cy (admin)');
    await seen.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => post.count()).toBe(0);
    await expect.poll(() => seen.count()).toBe(0);
    await other.context().close();
  });

  it('suggests commands, options and choices from the command definitions as one types', async () => {
    const box = page.getByRole('combobox', { name: 'Message #general' });
    const hints = page.getByRole('listbox', { name: 'Suggestions' });
    await box.fill('');
    await box.pressSequentially('/sora gen');
    await expect
      .poll(() => hints.getByRole('option').allTextContents())
      .toEqual(['/sora generateMake a short video from a prompt']);
    await box.press('ArrowDown');
    await box.press('Enter');
    expect(await box.inputValue()).toBe('/sora generate ');
    // Every option of generate, as commands/ defines them.
    expect(await hints.getByRole('option').count()).toBe(COMMANDS[0]!.options.length);

    await box.pressSequentially('prompt:a lighthouse in a storm du');
    await box.press('Tab');
    expect(await box.inputValue()).toBe('/sora generate prompt:a lighthouse in a storm duration:');
    await expect
      .poll(() => hints.getByRole('option').allTextContents())
      .toEqual(['44 seconds', '88 seconds', '1212 seconds']);
    expect(await page.locator('#hint-help').textContent()).toBe('duration: Length in seconds.');
    await box.pressSequentially('8 st');
    await box.press('Tab');
    await box.pressSequentially('no');
    await page.screenshot({ path: `${SHOTS}/09-hints.png` });
    await box.press('Tab');
    expect(await box.inputValue()).toBe(
      '/sora generate prompt:a lighthouse in a storm duration:8 style:noir ',
    );
    await box.fill('');
  });

  it('answers /sora help privately, from the command list and the models on offer', async () => {
    const before = await listMessages();
    await send(page, '/sora help');
    const notice = page.getByRole('status').filter({ hasText: 'Only you can see this' });
    await expect.poll(() => notice.textContent()).toContain('Simulated Sora 2 (sora-2): 4/8/12 s');
    expect(await listMessages()).toEqual(before);
  });
});

/** Videos the in-process simulator was asked to make (GET /_sim/stats). */
async function simulatorCreates(): Promise<number> {
  const origin = new URL(run.app.simulatorUrl!).origin;
  return ((await (await fetch(`${origin}/_sim/stats`)).json()) as { creates: number }).creates;
}
