import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import type { DownloadOptions, VideoProvider } from '../../src/core/ports/video-provider.ts';
import { setup } from '../helpers/core-harness.ts';

/**
 * The fetch step's bounds (issue 12): a byte cap, one deadline, a stop on cancel, and only a real
 * video passed on. The provider here is a fake whose download the test writes; the core must
 * hold the bounds whether or not the provider honours the signal it is given.
 */

const MiB = 2 ** 20;
const leftFiles = async (t: ReturnType<typeof setup>) => readdir(t.media.dir);

/** Give the fake provider this download, recording each call's options. */
function downloads(
  t: ReturnType<typeof setup>,
  body: (options: DownloadOptions) => AsyncIterable<Uint8Array>,
): DownloadOptions[] {
  const calls: DownloadOptions[] = [];
  (t.provider as VideoProvider).download = async (_id: string, options: DownloadOptions = {}) => {
    calls.push(options);
    return body(options);
  };
  return calls;
}

/** Run the clip to its fetch step, where the download begins. */
async function runToFetch(t: ReturnType<typeof setup>, clipId: string) {
  t.provider.callsToFinish = 1;
  const first = await t.handler({ id: clipId, data: { clipId } });
  expect(first.kind).toBe('again');
}

describe('downloading a finished clip', () => {
  it('stops a body over MAX_CLIP_BYTES while it streams, once, and keeps no file', async () => {
    const t = setup({ settings: { maxClipBytes: MiB } });
    let sent = 0;
    // An endless body, made lazily: it must be cut off, not read to its end.
    const calls = downloads(t, async function* () {
      for (;;) {
        sent += 64 * 1024;
        yield new Uint8Array(64 * 1024);
      }
    });
    const clip = await t.request();
    await t.run(clip.id);
    const failed = await t.store.clips.get(clip.id);
    expect(failed).toMatchObject({ state: 'failed', failure: { code: ErrorCode.DownloadFailed } });
    expect(failed?.failure?.message).toMatch(/bigger than the 1 MiB reelbot accepts/);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.maxBytes).toBe(MiB);
    expect(sent).toBeLessThanOrEqual(MiB + 2 * 64 * 1024);
    expect(t.messenger.uploads).toHaveLength(0);
    expect(await leftFiles(t)).toEqual([]);
  });

  it('gives up on a trickling body at the deadline, even when the provider ignores the signal', async () => {
    const t = setup({ settings: { downloadTimeoutMs: 300 } });
    const calls = downloads(t, async function* () {
      yield new Uint8Array([0]);
      await new Promise(() => {}); // the next byte never comes, and abort is not listened to
    });
    const clip = await t.request();
    await t.run(clip.id);
    const failed = await t.store.clips.get(clip.id);
    expect(failed).toMatchObject({ state: 'failed', failure: { code: ErrorCode.DownloadFailed } });
    expect(failed?.failure?.message).toMatch(/too slowly/);
    // One try: a retry would hold a worker slot as long again.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(t.messenger.uploads).toHaveLength(0);
    expect(await leftFiles(t)).toEqual([]);
  });

  it('stops the download when the clip is cancelled, long before the deadline', async () => {
    const t = setup();
    let started!: () => void;
    const downloading = new Promise<void>((resolve) => {
      started = resolve;
    });
    const calls = downloads(t, async function* (options) {
      yield new Uint8Array(16);
      started();
      // A well-behaved provider: it stops when told to.
      await new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    const clip = await t.request();
    await runToFetch(t, clip.id);
    const step = t.handler({ id: clip.id, data: { clipId: clip.id } });
    await downloading;
    expect((await t.store.clips.get(clip.id))?.state).toBe('fetching');
    await t.service.cancel(clip.id, { id: 'u1', name: 'Ada' });
    // The step returns (the test would time out on the 60 s deadline otherwise).
    expect(await step).toEqual({ kind: 'done' });
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(calls[0]?.signal?.reason).toMatchObject({ code: ErrorCode.Cancelled });
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'cancelled' });
    expect(t.messenger.uploads).toHaveLength(0);
    expect(await leftFiles(t)).toEqual([]);
  });

  it('retries a body that is not a video a bounded number of times, then fails INVALID_VIDEO', async () => {
    const t = setup({ settings: { maxRetries: 2 } });
    const page = new TextEncoder().encode('<!doctype html><p>Service unavailable</p>');
    const calls = downloads(t, async function* () {
      yield page;
    });
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: ErrorCode.InvalidVideo },
    });
    expect(calls).toHaveLength(3);
    expect(t.messenger.uploads).toHaveLength(0);
    expect(await leftFiles(t)).toEqual([]);
  });

  it('posts the clip when an error page was only passing', async () => {
    const t = setup();
    let tries = 0;
    downloads(t, async function* () {
      tries++;
      yield tries === 1 ? new TextEncoder().encode('<html>busy</html>') : new Uint8Array(2048).fill(7);
    });
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'posted' });
    expect(tries).toBe(2);
    expect(t.messenger.uploads).toHaveLength(1);
  });
});
