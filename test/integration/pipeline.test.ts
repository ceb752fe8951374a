import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../commands/generate.ts';
import { parseOptions } from '../../commands/parse.ts';
import type { CommandContext } from '../../commands/types.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { probeFile } from '../../src/media/probe.ts';
import { startPipeline, tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';

const messenger = new RecordingMessenger('test');
const kept = tempDir('kept');
messenger.onUpload = async (upload) => {
  // The worker deletes its temp file once posted; keep a copy to inspect.
  await copyFile(upload.file.path, join(kept, `${upload.card.clipId}.mp4`));
};
let p: Awaited<ReturnType<typeof startPipeline>>;

const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
const context = (): CommandContext => ({
  services: p.app.services,
  actor: { id: 'u1', name: 'Ada' },
  place,
  commandName: 'sora',
});
async function ask(raw: Record<string, string | number>) {
  const reply = await generate.handle(parseOptions(generate, raw), context());
  if (reply.kind !== 'clip') throw new Error('expected a clip');
  return reply.clip;
}

/** Wait (up to 5 s) for something the worker does right after the store changes. */
async function until(check: () => boolean) {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the final card');
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  p = await startPipeline('pipeline', [messenger]);
});
afterAll(async () => {
  await p.close();
});
beforeEach(() => {
  p.sim.faults.reset();
  messenger.limit = 10 * 1024 * 1024;
});

describe('a request, end to end through BullMQ, the openai SDK and the simulator', () => {
  it('delivers a valid MP4 of the requested length and size, with sound', async () => {
    const before = p.sim.stats().creates;
    const clip = await ask({ prompt: 'a paper boat in the rain', duration: 4, aspect: 'landscape' });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'posted', progress: 100, provider: 'openai', costUsd: 0.4 });
    expect(p.sim.stats().creates - before).toBe(1);
    expect(messenger.uploads.filter((u) => u.card.clipId === clip.id)).toHaveLength(1);

    const info = await probeFile(join(kept, `${clip.id}.mp4`));
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect([info.width, info.height]).toEqual([1280, 720]);
    expect(info.hasAudio).toBe(true);

    await until(() => messenger.cardsFor(clip.id).at(-1)?.state === 'posted');
    expect(messenger.cardsFor(clip.id).map((c) => c.state)).toContain('rendering');
    expect(await p.jobsLeft()).toBe(0);
  });
});

describe('injected faults end in the right state with the right message', () => {
  it.each([
    ['a moderation block', {}, 'a duel [fail:moderation]', 'failed', ErrorCode.ModerationBlocked],
    ['a failed render', {}, 'a duel [fail:render]', 'failed', ErrorCode.RenderFailed],
    ['the post-shutdown 404', { shutdown: true }, 'a duel', 'failed', ErrorCode.ModelNotFound],
    [
      'one 429 on create',
      { rateLimit: { count: 1, route: 'create' as const, retryAfterMs: 200 } },
      'a duel',
      'posted',
      undefined,
    ],
    [
      'one 500 on create',
      { serverError: { count: 1, route: 'create' as const } },
      'a duel',
      'posted',
      undefined,
    ],
    [
      'two 503s on status',
      { serverError: { count: 2, route: 'retrieve' as const, status: 503 } },
      'a duel',
      'posted',
      undefined,
    ],
    [
      '429s that never stop',
      { rateLimit: { fraction: 1, retryAfterMs: 50 } },
      'a duel',
      'failed',
      ErrorCode.ProviderRateLimited,
    ],
  ])('%s', async (_name, faults, prompt, state, code) => {
    p.sim.faults.set(faults);
    const before = p.sim.stats().creates;
    const clip = await ask({ prompt: `${prompt} ${Math.random()}`, duration: 4 });
    const done = await waitForEnd(p.app, clip.id);
    expect(done.state).toBe(state);
    if (code) {
      expect(done.failure?.code).toBe(code);
      expect(done.failure?.message.length).toBeGreaterThan(20);
      // The worker edits the card just after it records the failure; wait for that edit.
      await until(() => messenger.cardsFor(clip.id).at(-1)?.failure?.code === code);
    }
    // Never more than one video bought for one clip, whatever was retried.
    expect(p.sim.stats().creates - before).toBeLessThanOrEqual(1);
    expect(await p.jobsLeft()).toBe(0);
  });

  it('re-encodes a clip over the upload limit to fit, keeping the sound', async () => {
    messenger.limit = 150 * 1024;
    const clip = await ask({ prompt: `a lighthouse in a storm ${Math.random()}`, duration: 4 });
    const done = await waitForEnd(p.app, clip.id);
    expect(done.state).toBe('posted');
    expect(done.media?.reencoded).toBe(true);
    const info = await probeFile(join(kept, `${clip.id}.mp4`));
    expect(info.bytes).toBeLessThanOrEqual(150 * 1024);
    expect(info.hasAudio).toBe(true);
  });

  it('says so plainly when a clip cannot fit at all', async () => {
    messenger.limit = 4 * 1024;
    const clip = await ask({ prompt: `a lighthouse in a storm ${Math.random()}`, duration: 4 });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'failed', failure: { code: ErrorCode.TooLarge } });
    expect(done.failure?.message).toMatch(/accepts at most/);
  });
});

describe('bad input is refused before anything is queued or spent', () => {
  it.each([
    ['an empty prompt', { prompt: '   ' }, /prompt is empty/],
    ['a 10,000-character prompt', { prompt: 'x'.repeat(10_000) }, /under 4000 characters/],
    ['an unknown size', { prompt: 'a cat', size: '123x45' }, /makes clips of 720x1280/],
    ['a size that is not a size', { prompt: 'a cat', size: 'huge' }, /width x height/],
    [
      'a duration the model does not offer',
      { prompt: 'a cat', duration: 10 },
      /makes 4, 8 or 12 second clips; you asked for 10/,
    ],
    ['an unknown model', { prompt: 'a cat', model: 'sora-9' }, /no model called "sora-9"/],
    ['an unknown style', { prompt: 'a cat', style: 'vaporwave' }, /no "vaporwave" style/],
  ])('%s', async (_name, raw, message) => {
    const before = p.sim.stats().createRequests;
    const clipsBefore = await p.storedClips();
    await expect(ask(raw)).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage: expect.stringMatching(message),
    });
    expect(p.sim.stats().createRequests).toBe(before);
    expect(await p.storedClips()).toBe(clipsBefore);
  });
});
