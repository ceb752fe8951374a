import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.ts';
import {
  actAs,
  launchChromium,
  openStudio,
  SHOTS,
  type StudioRun,
  send,
  startStudio,
  studioEnv,
} from './harness.ts';

/**
 * The studio's page as a community admin trying it meets it (issue 14): the header, the
 * multi-line composer, long prompts, the Edit dialog, who is offered Cancel and Delete, the hint
 * line; and community results drawn as cards of clips (a contest from start to results,
 * /sora top, a remix notice) whose rows take you to the clip and play it. One browser, one page
 * (a second only to look as another member), real Chromium against the zero-config app.
 */
let run: StudioRun;
let browser: Browser;
let page: Page;
/** Ada's multi-line clip, and Bob's edit of it. */
let lighthouse: string;
let stormy: string;

/** A studio clip id (`r` and 24 hex digits, from the request's nonce) anywhere in a text. */
const CLIP_ID = /\br[0-9a-f]{24}\b/;

const box = () => page.getByRole('combobox', { name: 'Message #general' });
/** The newest post whose prompt starts with these words. */
const postOf = (words: string) =>
  page
    .locator('li.post')
    .filter({ has: page.locator('.prompt', { hasText: new RegExp(`^${words}`) }) })
    .last();
const clipIdOf = async (post: Locator) => (await post.getAttribute('id'))!.replace(/^clip-/, '');
/** The newest bot post drawn as a board with this title. */
const boardPost = (title: string | RegExp) =>
  page
    .locator('li.post.bot')
    .filter({ has: page.locator('.board-title', { hasText: title }) })
    .last();

async function posted(post: Locator): Promise<void> {
  await post.locator('video').waitFor({ timeout: 30_000 });
  await expect.poll(() => post.locator('.status-line').textContent(), { timeout: 30_000 }).toBe('Done');
}

/** A board's structure, read in the page: frames loaded, words shown, where each row points. */
async function readBoard(post: Locator) {
  return post.evaluate((li: HTMLElement) => ({
    // What a member sees (innerText), not what the markup holds (a row's href has the clip id).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered words are what is checked
    text: li.querySelector<HTMLElement>('.board')?.innerText ?? '',
    rows: [...li.querySelectorAll<HTMLAnchorElement>('.board-entries a.entry')].map((a) => ({
      href: a.getAttribute('href'),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered words are what is checked
      text: a.innerText,
      medal: a.querySelector('.medal')?.getAttribute('aria-label') ?? null,
      frame: a.querySelector('img')?.naturalWidth ?? 0,
      frameDone: a.querySelector('img')?.complete ?? false,
    })),
    // The message's plain text is not drawn under the card.
    plainText: li.querySelectorAll('.text').length,
  }));
}

/** Click a board row; the clip's post must come into view and its video play. */
async function opensAndPlays(row: Locator, clipId: string): Promise<void> {
  await row.click();
  const video = page.locator(`li#clip-${clipId} video`);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && !v.ended)).toBe(true);
  const start = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(start);
  const inView = await video.evaluate((v: HTMLVideoElement) => {
    const r = v.getBoundingClientRect();
    const scroller = document.getElementById('messages')!.getBoundingClientRect();
    return r.top < scroller.bottom && r.bottom > scroller.top && r.bottom <= window.innerHeight + 1;
  });
  expect(inView).toBe(true);
  await video.evaluate((v: HTMLVideoElement) => v.pause());
}

beforeAll(async () => {
  run = await startStudio(studioEnv({ CONTEST_MIN_WINDOW_S: '1', SIMULATOR_RENDER_MS: '500' }));
  browser = await launchChromium();
  page = await openStudio(browser, run.url, 'ada');
});

afterAll(async () => {
  await browser?.close();
  await run?.close();
});

describe('the studio page', () => {
  it('keeps the header on one line: the title inset from the edge, “Acting as” beside it', async () => {
    const header = page.locator('header.masthead');
    await header.screenshot({ path: `${SHOTS}/20-header.png` });
    const title = (await page.locator('.brand').boundingBox())!;
    const acting = (await page.locator('label.member').boundingBox())!;
    const whole = (await header.boundingBox())!;
    expect(title.x).toBeGreaterThanOrEqual(12);
    // Same line: their vertical extents overlap, and the header is one line tall.
    expect(acting.y).toBeLessThan(title.y + title.height);
    expect(title.y).toBeLessThan(acting.y + acting.height);
    expect(acting.x).toBeGreaterThan(title.x + title.width);
    expect(whole.height).toBeLessThan(2 * Math.max(title.height, acting.height));
  });

  it('suggests every command of commands/, all visible at once', async () => {
    await box().fill('');
    await box().pressSequentially('/sora ');
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    const labels = await list.getByRole('option').locator('.hint-label').allTextContents();
    expect(labels).toEqual([...new Set(COMMANDS.map((c) => `/sora ${c.group ?? c.name}`))]);
    // Nothing hidden below a scroll: every suggestion is inside the list's box.
    expect(await list.evaluate((l) => l.scrollHeight <= l.clientHeight)).toBe(true);
    await box().press('Escape');
    await box().fill('');
  });

  it('never says an option is still needed once it is given', async () => {
    const help = page.locator('#hint-help');
    await box().fill('/sora generate duration:4');
    await expect.poll(() => help.textContent()).toContain('Still needed: prompt.');
    for (const text of [
      '/sora generate a fox in the snow',
      '/sora generate a fox in the snow duration:4',
      '/sora generate prompt:a fox in the snow duration:',
    ]) {
      await box().fill(text);
      await expect.poll(() => help.textContent()).not.toContain('Still needed');
    }
    await box().fill('');
  });

  it('writes on several lines with Shift+Enter and sends with Enter', async () => {
    const before = await page.locator('li.post').count();
    await box().fill('/sora generate prompt:a lighthouse at dusk');
    await box().press('Shift+Enter');
    await box().pressSequentially('waves below duration:4');
    expect(await box().inputValue()).toBe(
      '/sora generate prompt:a lighthouse at dusk\nwaves below duration:4',
    );
    expect(await page.locator('li.post').count()).toBe(before);
    await box().press('Enter');
    const post = postOf('a lighthouse at dusk');
    await post.waitFor();
    expect(await post.locator('.prompt').textContent()).toBe('a lighthouse at dusk\nwaves below');
    lighthouse = await clipIdOf(post);
    expect((await run.app.store.clips.get(lighthouse))?.prompt).toBe('a lighthouse at dusk\nwaves below');
    expect(await box().inputValue()).toBe('');
  });

  it('collapses a 1,500-character prompt with “Show more”, which opens it and stays open', async () => {
    const prompt = Array.from(
      { length: 30 },
      (_, i) => `Shot ${i + 1}: the camera drifts past lanterns and steam.`,
    )
      .join(' ')
      .slice(0, 1500);
    expect(prompt).toHaveLength(1500);
    await send(page, `/sora generate duration:4 prompt:${prompt}`);
    const post = postOf('Shot 1: the camera');
    await post.waitFor();
    const text = post.locator('.prompt');
    const more = post.getByRole('button', { name: 'Show more' });
    await more.waitFor();
    expect(await text.evaluate((p) => p.scrollHeight > p.clientHeight + 1)).toBe(true);
    await post.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/21-long-prompt.png` });
    await more.click();
    const less = post.getByRole('button', { name: 'Show less' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await text.evaluate((p) => p.scrollHeight <= p.clientHeight + 1)).toBe(true);
    // The card keeps changing while it renders; the prompt stays open through every redraw.
    await posted(post);
    expect(await post.getByRole('button', { name: 'Show less' }).count()).toBe(1);
    expect(await text.textContent()).toBe(prompt);
  });

  it('asks what to change in Edit video, with the original prompt as context', async () => {
    const post = postOf('a lighthouse at dusk');
    await posted(post);
    await actAs(page, 'Bob');
    await post.getByRole('button', { name: 'Edit video' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit this video' });
    const change = dialog.getByLabel('What to change');
    expect(await change.inputValue()).toBe('');
    expect(await dialog.locator('#remix-original').isVisible()).toBe(true);
    expect(await dialog.locator('#remix-original-text').textContent()).toBe(
      'a lighthouse at dusk\nwaves below',
    );
    await change.fill('make it a stormy night');
    await page.screenshot({ path: `${SHOTS}/22-edit-dialog.png` });
    await dialog.getByRole('button', { name: 'Edit video' }).click();
    const edit = postOf('make it a stormy night');
    await edit.waitFor();
    stormy = await clipIdOf(edit);
    expect(await run.app.store.clips.get(stormy)).toMatchObject({
      origin: 'edit',
      parentId: lighthouse,
      prompt: 'make it a stormy night',
      author: { id: 'bob' },
    });
  });

  it('offers Cancel and Delete only to the author and admins', async () => {
    await actAs(page, 'Ada');
    await send(page, '/sora generate prompt:a slow tide coming in [slow] duration:4');
    const rendering = postOf('a slow tide coming in');
    await rendering.getByRole('button', { name: 'Cancel' }).waitFor();
    const finished = postOf('a lighthouse at dusk');
    expect(await finished.getByRole('button', { name: 'Delete' }).count()).toBe(1);

    await actAs(page, 'Bob');
    expect(await rendering.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    expect(await finished.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    // What Bob may still do with Ada's clip is there.
    expect(await finished.getByRole('button', { name: 'Remix' }).count()).toBe(1);
    expect(await finished.getByRole('button', { name: 'Re-roll' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/23-bob-sees.png` });

    await actAs(page, 'Cy (admin)');
    expect(await finished.getByRole('button', { name: 'Delete' }).count()).toBe(1);
    await rendering.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => rendering.locator('.status-line').textContent()).toBe('Cancelled');
  });
});

describe('community results drawn as cards', () => {
  let adas: string;
  let bobs: string;

  it('runs a contest whose announcements list the entries and whose results are a card', async () => {
    await actAs(page, 'Cy (admin)');
    await send(page, '/sora contest start tiny robots submit:3s vote:15s entries:1');
    await boardPost(/^Contest started by Cy/).waitFor();

    await actAs(page, 'Ada');
    await send(page, '/sora generate prompt:a tiny robot waving hello duration:4 contest:yes');
    await actAs(page, 'Bob');
    await send(page, '/sora generate prompt:a tiny robot dancing in the rain duration:4 contest:yes');
    const ada = postOf('a tiny robot waving');
    const bob = postOf('a tiny robot dancing');
    adas = await clipIdOf(ada);
    bobs = await clipIdOf(bob);

    // Voting opens on its own, and its card lists both entries to vote on.
    const voting = boardPost(/voting is open$/);
    await voting.waitFor({ timeout: 20_000 });
    const hrefs = (await readBoard(voting)).rows.map((r) => r.href);
    expect(hrefs.sort()).toEqual([`#clip-${adas}`, `#clip-${bobs}`].sort());

    await posted(ada);
    await posted(bob);
    const vote = (post: Locator) => post.getByRole('button', { name: /^Vote for this clip/ }).click();
    await vote(ada); // Bob for Ada
    await actAs(page, 'Cy (admin)');
    await vote(ada);
    await actAs(page, 'Ada');
    await vote(bob);
    await expect.poll(() => ada.locator('button.vote').textContent()).toBe('2');

    // The voting window is long enough for both renders under load; the results come at its end.
    const results = boardPost(/is over$/);
    await results.waitFor({ timeout: 30_000 });
    await results.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readBoard(results)).rows.every((r) => r.frameDone)).toBe(true);
    await results.screenshot({ path: `${SHOTS}/24-contest-results.png` });
    const board = await readBoard(results);
    expect(board.rows.map((r) => [r.href, r.medal])).toEqual([
      [`#clip-${adas}`, 'Gold medal, 1st place'],
      [`#clip-${bobs}`, 'Silver medal, 2nd place'],
    ]);
    expect(board.rows[0]!.text).toContain('“a tiny robot waving hello”');
    expect(board.rows[0]!.text).toContain('by Ada · 2 votes');
    expect(board.rows[1]!.text).toContain('by Bob · 1 vote');
    for (const row of board.rows) expect(row.frame).toBe(320);
    expect(board.text).toContain('How votes were counted: 3 votes counted.');
    expect(board.text).not.toMatch(CLIP_ID);
    expect(board.text).not.toContain('#clip-');
    expect(board.plainText).toBe(0);
    // The list is there once: each entry's prompt appears one time in the post.
    expect(board.text.split('a tiny robot waving hello').length).toBe(2);

    await opensAndPlays(results.locator('a.entry').first(), adas);
  });

  it('draws /sora top as a card whose rows play their clip', async () => {
    await send(page, '/sora top period:all');
    const top = boardPost('Top clips of all time');
    await top.waitFor();
    await top.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readBoard(top)).rows.every((r) => r.frameDone)).toBe(true);
    await top.screenshot({ path: `${SHOTS}/25-top.png` });
    const board = await readBoard(top);
    expect(board.rows.slice(0, 2).map((r) => r.href)).toEqual([`#clip-${adas}`, `#clip-${bobs}`]);
    expect(board.rows[0]!.medal).toBe('Gold medal, 1st place');
    // Every posted clip has a frame; the ones cancelled or still rendering are not on the board.
    expect(board.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of board.rows) expect(row.frame).toBe(320);
    expect(board.text).not.toMatch(CLIP_ID);
    expect(board.text).not.toContain('#clip-');
    expect(board.plainText).toBe(0);
    expect(board.text).toContain('Ties: the earlier post ranks first.');

    await opensAndPlays(top.locator('a.entry').nth(1), bobs);
  });

  it('puts the winner in the hall of fame', async () => {
    await send(page, '/sora top period:hall');
    const hall = boardPost('Hall of fame: contest winners');
    await hall.waitFor();
    const fame = await readBoard(hall);
    expect(fame.rows.map((r) => r.href)).toEqual([`#clip-${adas}`]);
    expect(fame.rows[0]!.text).toContain('won “tiny robots”');
    expect(fame.text).not.toMatch(CLIP_ID);
  });

  it('tells of an edit with a card of both clips, each playing from its row', async () => {
    // Bob's edit of Ada's lighthouse (above) told Ada once, naming her the studio's way.
    const notice = boardPost('Bob edited your clip');
    await notice.waitFor({ timeout: 30_000 });
    await notice.scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readBoard(notice)).rows.every((r) => r.frameDone)).toBe(true);
    await notice.screenshot({ path: `${SHOTS}/26-edit-notice.png` });
    const board = await readBoard(notice);
    expect(board.rows.map((r) => r.href)).toEqual([`#clip-${stormy}`, `#clip-${lighthouse}`]);
    expect(board.rows.map((r) => r.text.split('\n')[0])).toEqual(['EDIT', 'ORIGINAL']);
    expect(board.rows.map((r) => r.frame)).toEqual([320, 320]);
    expect(board.text).toMatch(/^@Ada\n/);
    expect(board.text).not.toMatch(CLIP_ID);
    expect(board.text).not.toContain('#clip-');
    await opensAndPlays(notice.locator('a.entry').nth(1), lighthouse);
  });
});
