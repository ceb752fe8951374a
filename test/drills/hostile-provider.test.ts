import { readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { runFfmpeg } from '../../src/media/probe.ts';
import { type HostileProvider, type Hostility, startHostileProvider } from '../helpers/hostile-provider.ts';
import { startPipeline, tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill (issue 12): reelbot on Redis against a malicious provider on loopback, OpenAI-compatible
 * and fal-shaped, that answers each clip with something other than a video: a 1 GiB body, a body
 * trickling one byte every 20 s, output URLs and redirects to an "internal" listener on another
 * loopback port, an HLS playlist naming a local MP4, an HTML page inside an MP4 moov box. Each
 * such clip must end failed with its code and be refunded, nothing of it posted, the internal
 * listener must get no request, no worker slot may stay held past the download deadline, and no
 * file may be left in MEDIA_DIR. A normal clip made alongside is posted.
 *
 * One worker slot (WORKER_CONCURRENCY=1), and the normal clip finishes rendering only once the
 * trickling download has begun: so it can only be posted if the trickle let go of the slot.
 */

const MiB = 2 ** 20;
const DEADLINE_MS = 3000;

const HOSTILE: { kind: Hostility; model: string; code: ErrorCode }[] = [
  { kind: 'huge', model: 'sora-2', code: ErrorCode.DownloadFailed },
  { kind: 'trickle', model: 'sora-2', code: ErrorCode.DownloadFailed },
  { kind: 'redirect', model: 'sora-2', code: ErrorCode.DownloadFailed },
  { kind: 'hls', model: 'sora-2', code: ErrorCode.InvalidVideo },
  { kind: 'moov', model: 'sora-2', code: ErrorCode.InvalidVideo },
  { kind: 'fal-url', model: 'fal-ai/veo3.1', code: ErrorCode.DownloadFailed },
  { kind: 'fal-redirect', model: 'fal-ai/veo3.1', code: ErrorCode.DownloadFailed },
];

const messenger = new RecordingMessenger('test');
const internalRequests: IncomingMessage[] = [];
let internal: Server;
let hostile: HostileProvider;
let p: Awaited<ReturnType<typeof startPipeline>>;
/** The trickling clip's state when the normal clip was uploaded. */
let trickleStateAtUpload: Clip['state'] | undefined;

beforeAll(async () => {
  internal = createServer((req, res) => {
    internalRequests.push(req);
    res.end('internal');
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  const internalOrigin = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;

  const goodMp4 = join(tempDir('hostile-src'), 'good.mp4');
  const made = await runFfmpeg([
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=24',
    '-t',
    '2',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    goodMp4,
  ]);
  expect(made.code).toBe(0);
  hostile = await startHostileProvider({ internalOrigin, goodMp4 });

  p = await startPipeline('drill-hostile', [messenger], {
    env: {
      VIDEO_PROVIDER: 'openai,fal',
      OPENAI_BASE_URL: hostile.url,
      FAL_KEY: 'hostile-fal-key',
      FAL_BASE_URL: hostile.falUrl,
      // Small bounds so the drill runs in seconds; the trickle (a byte per 20 s) is still far slower.
      MAX_CLIP_BYTES: String(2 * MiB),
      DOWNLOAD_TIMEOUT_MS: String(DEADLINE_MS),
      WORKER_CONCURRENCY: '1',
      JOB_MAX_RETRIES: '1',
      POLL_MIN_MS: '200',
      POLL_MAX_MS: '500',
    },
  });
});

afterAll(async () => {
  await p?.close();
  await hostile?.close();
  internal?.closeAllConnections();
  await new Promise((resolve) => internal?.close(resolve));
});

describe('drill: a hostile provider', () => {
  it('fails every hostile clip with its code and a refund, posts only the real one', {
    timeout: 90_000,
  }, async () => {
    const ask = (kind: Hostility, model: string) =>
      p.app.services.clips.request({
        prompt: `a lighthouse in the fog [hostile:${kind}]`,
        options: { model, durationS: 4, size: '1280x720' },
        author: { id: 'u1', name: 'Member' },
        place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
      });
    const clips = new Map<Hostility, string>();
    for (const { kind, model } of HOSTILE) clips.set(kind, (await ask(kind, model)).id);
    const normal = (await ask('normal', 'sora-2')).id;
    messenger.onUpload = async (upload) => {
      if (upload.card.clipId === normal) {
        trickleStateAtUpload = (await p.app.store.clips.get(clips.get('trickle')!))?.state;
      }
    };
    const ids = [...clips.values(), normal];
    const ended = async () =>
      (await Promise.all(ids.map((id) => p.app.store.clips.get(id)))).every(
        (c) => c?.state === 'posted' || c?.state === 'failed',
      );
    await waitFor(ended, 'every clip finished', 80_000);

    for (const { kind, code } of HOSTILE) {
      const clip = await p.app.store.clips.get(clips.get(kind)!);
      expect({ kind, state: clip?.state, code: clip?.failure?.code }).toEqual({
        kind,
        state: 'failed',
        code,
      });
      expect(clip?.failure?.message.length, `${kind} has a sentence for the member`).toBeGreaterThan(40);
    }
    expect((await p.app.store.clips.get(clips.get('huge')!))?.failure?.message).toMatch(/bigger than/);
    expect((await p.app.store.clips.get(clips.get('trickle')!))?.failure?.message).toMatch(/too slowly/);
    for (const kind of ['redirect', 'fal-url', 'fal-redirect'] as const) {
      expect((await p.app.store.clips.get(clips.get(kind)!))?.failure?.message).toMatch(/never fetches/);
    }

    // Refunded: each hostile clip's reservation released; the real one charged.
    for (const id of clips.values()) {
      await waitFor(
        async () => (await p.app.store.ledger.reservation(id))?.status === 'released',
        `refund of ${id}`,
        5000,
      );
    }
    expect(await p.app.store.clips.get(normal)).toMatchObject({ state: 'posted' });
    expect((await p.app.store.ledger.reservation(normal))?.status).toBe('settled');

    // Only the real clip was posted.
    expect(messenger.uploads.map((u) => u.card.clipId)).toEqual([normal]);
    // Nothing reached the internal listener, by URL or by redirect.
    expect(internalRequests).toHaveLength(0);
    // The 1 GiB body was cut off just past the cap, not read to its end.
    expect(hostile.stats.hugeBytesSent).toBeLessThan(64 * MiB);
    // Not-a-video was retried (JOB_MAX_RETRIES=1), then given up: two downloads each.
    expect(hostile.stats.downloads.hls).toBe(2);
    expect(hostile.stats.downloads.moov).toBe(2);
    // Over the cap and past the deadline are not retried.
    expect(hostile.stats.downloads.huge).toBe(1);
    expect(hostile.stats.downloads.trickle).toBe(1);

    // No slot held past the deadline: the trickle's connection was closed by the bot, and the
    // one worker slot went on to post the normal clip, which could only render after the trickle
    // began, with the trickling clip already failed by then.
    expect(hostile.stats.trickleStarted).toBe(true);
    expect(hostile.stats.trickleClosedByBot).toBe(1);
    expect(trickleStateAtUpload).toBe('failed');
    expect(await p.jobsLeft()).toBe(0);
    expect(await p.activeJobs()).toBe(0);

    // No file left behind, whatever path the clip took.
    expect(await readdir(join(p.app.config.mediaDir, 'clips'))).toEqual([]);
  });
});
