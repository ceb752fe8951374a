import { request } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, ErrorBody, MessageView } from '../../../adapters/studio/web/types.ts';
import { createSimulator, type Simulator } from '../../../simulator/index.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { metadataSegments, readJpeg } from '../../../src/media/jpeg-segments.ts';
import {
  ffmpegPicture,
  GPS_MARK,
  HTML,
  JPEG_MAGIC_HTML,
  JPEG_MAGIC_PDF,
  jpegThenPdf,
  jpegWithGps,
  overLimit,
  PDF,
} from '../../helpers/pictures.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { simTempDir } from '../../helpers/simulator-media.ts';
import {
  launchChromium,
  openStudio,
  SHOTS,
  type StudioRun,
  send,
  startStudio,
  studioEnv,
} from './harness.ts';

/**
 * Cast (issue 16) in the studio: Ada attaches a picture with EXIF GPS in the composer, Bob's
 * prompt naming her is refused until she approves him, his clip renders on fal Veo 3.1 with her
 * picture stripped of metadata, the card names her, she deletes it from her page, and removing
 * her cast cancels and refunds his next clip. The command API's bad pictures change nothing.
 */

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';
const SCOPE = 'studio:local';
let sim: Simulator;
let run: StudioRun;
let browser: Browser;
let page: Page;

type Attachment = { id: string; filename: string; content_type?: string; size: number; data: string };
const attach = (bytes: Buffer, filename = 'me.jpg', id = 'a1'): Attachment => ({
  id,
  filename,
  size: bytes.length,
  data: bytes.toString('base64'),
});

async function command(member: string, text: string, attachments?: Attachment[]) {
  const res = await fetch(`${run.url}/studio/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'general', member, text, ...(attachments ? { attachments } : {}) }),
  });
  return { status: res.status, body: (await res.json()) as CommandResult & Partial<ErrorBody> };
}

const pictures = (member: string) => run.app.store.cast.pictures(SCOPE, member);
const books = (member: string) =>
  run.app.store.ledger.usage({
    scope: SCOPE,
    memberId: member,
    day: new Date().toISOString().slice(0, 10),
    month: new Date().toISOString().slice(0, 7),
  });

async function waitForState(clipId: string, states: string[]) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const clip = await run.app.store.clips.get(clipId);
    if (clip && states.includes(clip.state)) return clip;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`clip ${clipId} never reached ${states.join('/')}`);
}

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 800, mediaDir: simTempDir('studio-cast-sim') });
  run = await startStudio(
    studioEnv({
      VIDEO_PROVIDER: 'fal',
      FAL_KEY,
      FAL_BASE_URL: sim.falUrl,
      // The default model takes no pictures: a clip with a likeness must be routed to Veo 3.1.
      FAL_MODELS: 'fal-ai/veo3.1/fast,fal-ai/veo3.1',
    }),
  );
  browser = await launchChromium();
  page = await openStudio(browser, run.url, 'ada');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await run?.close();
  await sim?.close();
});

describe('a likeness in the studio', () => {
  it('is added in the composer, refused, approved, rendered clean, deleted by Ada, and refunded when she removes it', async () => {
    // Ada attaches her picture (with GPS in its EXIF) and adds it from the composer.
    await page.locator('#attach-file').setInputFiles({
      name: 'ada.jpg',
      mimeType: 'image/jpeg',
      buffer: jpegWithGps(),
    });
    expect(await page.locator('#attached-name').textContent()).toBe('Attached: ada.jpg');
    await send(page, '/sora cast add name:ada');
    await expect
      .poll(() => page.locator('#notice').textContent())
      .toContain('Added: you have 1 of 3 pictures (location and camera data removed).');
    expect(await page.locator('#attached').isHidden()).toBe(true);
    const [stored] = await pictures('ada');
    expect(stored).toBeDefined();

    // Bob names her before she allows it: refused, nothing made or charged.
    const creates = sim.stats().creates;
    const refused = await command('bob', '/sora generate prompt:@ada on a tandem bicycle duration:4');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe(ErrorCode.ConsentRequired);
    expect(sim.stats().creates).toBe(creates);
    expect((await books('bob')).day.member.reservedCents).toBe(0);

    expect((await command('ada', '/sora cast approve member:@Bob')).status).toBe(200);
    const before = sim.receivedReferences().length;
    const made = await command('bob', '/sora generate prompt:@ada on a tandem bicycle duration:4');
    expect(made.status).toBe(200);
    const clipId = made.body.message!.card!.clipId;
    const clip = await waitForEnd(run.app, clipId, 60_000);
    expect(clip.state).toBe('posted');
    expect(clip.options.model).toBe('fal-ai/veo3.1');

    // The simulator got her picture once, with no metadata left (read by the JPEG parser).
    const received = sim.receivedReferences().slice(before);
    expect(received).toHaveLength(1);
    expect(metadataSegments(readJpeg(received[0]!.bytes)!)).toEqual([]);
    expect(Buffer.from(received[0]!.bytes).includes(GPS_MARK)).toBe(false);
    expect(Buffer.from(received[0]!.bytes).equals(Buffer.from(stored!.bytes))).toBe(true);

    // The card names her, and she may delete Bob's clip from her own page.
    const item = page.locator(`#clip-${clipId}`);
    await item.locator('video').waitFor();
    expect(await item.locator('.likeness').textContent()).toMatch(/^with Ada.s likeness$/);
    await page.screenshot({ path: `${SHOTS}/cast-likeness.png` });
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await run.app.store.clips.get(clipId))?.deletedAt).toBeDefined();

    // Bob's next clip renders slowly; Ada removes her cast while it does: cancelled, refunded.
    const next = await command('bob', '/sora generate prompt:@ada juggling oranges [slow] duration:4');
    const nextId = next.body.message!.card!.clipId;
    await waitForState(nextId, ['submitted', 'rendering']);
    const removed = await command('ada', '/sora cast remove');
    expect(removed.status).toBe(200);
    expect((await run.app.store.clips.get(nextId))?.state).toBe('cancelled');
    expect(await pictures('ada')).toEqual([]);
    const bob = (await books('bob')).day.member;
    const nextClip = (await run.app.store.clips.get(nextId))!;
    expect(bob.reservedCents).toBe(Math.round((clip.estimatedCostUsd + nextClip.estimatedCostUsd) * 100));
    expect(bob.settledCents).toBe(Math.round(clip.estimatedCostUsd * 100));
    expect(bob.releasedCents).toBe(bob.reservedCents);

    // The picture is never served back: not in the channel's messages nor any answer above.
    const listing = await (await fetch(`${run.url}/studio/api/messages?channel=general`)).text();
    const picture = Buffer.from(stored!.bytes);
    for (const mark of [picture.toString('base64').slice(100, 160), 'data:image', GPS_MARK]) {
      expect(listing.includes(mark)).toBe(false);
    }
    const messages = JSON.parse(listing) as { messages: MessageView[] };
    expect(messages.messages.every((m) => !m.video || m.video.contentType.startsWith('video/'))).toBe(true);
  }, 120_000);
});

describe('bad pictures through the command API', () => {
  const cases: [string, Buffer, string, ErrorCode, number][] = [
    ['a PDF', PDF, 'doc.pdf', ErrorCode.InvalidImage, 400],
    ['an HTML page', HTML, 'page.html', ErrorCode.InvalidImage, 400],
    [
      'a polyglot that starts like a JPEG then is a PDF',
      JPEG_MAGIC_PDF,
      'me.jpg',
      ErrorCode.InvalidImage,
      400,
    ],
    [
      'a polyglot that starts like a JPEG then is HTML',
      JPEG_MAGIC_HTML,
      'me.jpg',
      ErrorCode.InvalidImage,
      400,
    ],
    ['a JPEG with a PDF after it', jpegThenPdf(), 'me.jpg', ErrorCode.InvalidImage, 400],
    ['an image over 10 MiB', overLimit(), 'big.jpg', ErrorCode.ImageTooLarge, 413],
  ];
  it.each(cases)('refuses %s with its message, storing nothing', async (_, bytes, name, code, status) => {
    const answer = await command('cy', '/sora cast add', [attach(bytes, name)]);
    expect(answer.status).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(answer.body.error?.message.length).toBeGreaterThan(10);
    expect(await pictures('cy')).toEqual([]);
  });

  it('refuses a body far over the limit with 413 before the rest of it is sent', async () => {
    const url = new URL(`${run.url}/studio/api/commands`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(40 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      // A first megabyte only: the answer comes without the other 39.
      req.write(Buffer.alloc(1024 * 1024, 0x20));
    });
    expect(status).toBe(413);
    expect(await pictures('cy')).toEqual([]);
  });

  it('refuses a fourth picture and a taken or mention-shaped handle, storing nothing more', async () => {
    for (const i of [1, 2, 3]) {
      const added = await command('bob', '/sora cast add', [attach(ffmpegPicture('mjpeg', 320 + i, 240))]);
      expect(added.status).toBe(200);
    }
    const stored = (await pictures('bob')).map((p) => p.id);
    expect(stored).toHaveLength(3);
    const fourth = await command('bob', '/sora cast add', [attach(ffmpegPicture('png', 320, 240), 'me.png')]);
    expect(fourth.status).toBe(409);
    expect(fourth.body.error?.code).toBe(ErrorCode.CastFull);
    expect((await pictures('bob')).map((p) => p.id)).toEqual(stored);

    expect(
      (await command('cy', '/sora cast add name:tandem', [attach(ffmpegPicture('mjpeg', 64, 64))])).status,
    ).toBe(200);
    const taken = await command('ada', '/sora cast add name:tandem', [
      attach(ffmpegPicture('mjpeg', 64, 64)),
    ]);
    expect(taken.status).toBe(409);
    expect(taken.body.error?.code).toBe(ErrorCode.HandleTaken);
    expect(await pictures('ada')).toEqual([]);
    for (const handle of ['<@U0ADA00001>', '@everyone', 'U0ADA00001']) {
      const shaped = await command('ada', `/sora cast add name:${handle}`, [
        attach(ffmpegPicture('mjpeg', 64, 64)),
      ]);
      expect(shaped.status).toBe(400);
      expect(shaped.body.error?.message).toMatch(/mention|everyone/);
    }
    expect(await pictures('ada')).toEqual([]);
  });

  it('refuses a command given a file it does not take, or a picture named but not attached', async () => {
    const extra = await command('ada', '/sora cast allow who:me', [attach(ffmpegPicture('mjpeg', 64, 64))]);
    expect(extra.status).toBe(400);
    expect(extra.body.error?.message).toBe(
      'That command takes no attachment: remove the file and send it again.',
    );
    const missing = await command('ada', '/sora cast add image:b7');
    expect(missing.status).toBe(400);
    expect(missing.body.error?.message).toBe('Attach a picture of yourself: a JPEG, PNG or WebP photo.');
    expect(await pictures('ada')).toEqual([]);
  });
});
