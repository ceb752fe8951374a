import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { RenderRequest, VideoProvider } from '../../src/core/ports/video-provider.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountOpsRoutes } from '../../src/ops/http.ts';
import { freeBytes } from '../../src/ops/media-space.ts';
import { Readiness } from '../../src/ops/readiness.ts';
import { createProviders } from '../../src/providers/index.ts';
import { pipelineEnv, tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../helpers/redis.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill: the worker's disk fills up. MEDIA_DIR is a tmpfs of DISK_MIB; a provider hands over a
 * clip twice that size. The clip fails as DISK_FULL after its retries (not INTERNAL), refunded,
 * with no partial file left. Then the disk is filled by other data: /readyz answers 503 and says
 * why, a clip made now hits the full disk, and once space is back it is posted, and so is the
 * next one; a re-encode that finds the disk full is DISK_FULL too. The real app on Redis, real ffmpeg media, the simulator behind the openai adapter.
 */
const MIB = 1024 * 1024;
const DISK_MIB = 8;
const MIN_FREE_MB = 2;
const LARGE_BYTES = 2 * DISK_MIB * MIB;
const LARGE_PROMPT = 'a very long take of the open sea';
const MAX_RETRIES = 3;

/** A provider whose clip for LARGE_PROMPT is bigger than the disk; everything else passes through. */
class LargeClipProvider implements VideoProvider {
  readonly name: string;
  readonly #inner: VideoProvider;
  readonly #large = new Set<string>();
  readonly downloads = new Map<string, number>();
  constructor(inner: VideoProvider) {
    this.#inner = inner;
    this.name = inner.name;
  }
  capabilities() {
    return this.#inner.capabilities();
  }
  async submit(request: RenderRequest) {
    const id = await this.#inner.submit(request);
    if (request.prompt.includes(LARGE_PROMPT)) this.#large.add(id);
    return id;
  }
  status(id: string) {
    return this.#inner.status(id);
  }
  async download(id: string): Promise<AsyncIterable<Uint8Array>> {
    this.downloads.set(id, (this.downloads.get(id) ?? 0) + 1);
    if (!this.#large.has(id)) return this.#inner.download(id);
    // Made lazily, 256 KiB at a time: the drill never holds the clip in memory either.
    return (async function* () {
      const chunk = new Uint8Array(256 * 1024).fill(0x42);
      for (let sent = 0; sent < LARGE_BYTES; sent += chunk.length) yield chunk;
    })();
  }
}

/** Log lines with their child bindings, and a hook to act the moment one is written. */
function recordingLogger(onLine: (line: Record<string, unknown>) => void): Logger {
  const make = (bindings: Record<string, unknown>): Logger => {
    const write = (level: string) => (fields: Record<string, unknown>, msg: string) =>
      onLine({ ...bindings, ...fields, level, msg });
    return {
      child: (more) => make({ ...bindings, ...more }),
      debug: write('debug'),
      info: write('info'),
      warn: write('warn'),
      error: write('error'),
    };
  };
  return make({});
}

const mount = tempDir('disk-full');
const filler = join(mount, 'someone-elses-data.bin');
const clipsDir = join(mount, 'clips');
const messenger = new RecordingMessenger('test');
const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
const lines: Record<string, unknown>[] = [];
/** Called when the render job logs a transient failure (set by the test that needs it). */
let onTransient: ((line: Record<string, unknown>) => void) | undefined;

let mounted = false;
let sim: Simulator;
let app: App;
let provider: LargeClipProvider;
let readiness: Readiness;
let http: HttpRouter;
let url: string;
let prefix: string;
let closeProviders: () => Promise<void> = async () => {};

beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'test/drills/disk-full.test.ts mounts a small tmpfs as MEDIA_DIR and must run as root (CI does: .ci/run)',
    );
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MIB}m`, 'tmpfs', mount], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `test/drills/disk-full.test.ts could not mount a tmpfs at ${mount}: it needs root allowed to mount (${String((error as Error).message).trim()})`,
    );
  }
  mounted = true;
  // An orphan from a worker killed earlier: the start-up sweep must take it.
  mkdirSync(clipsDir);
  closeSync(openSync(join(clipsDir, 'cdeadclip-src-0badf00d.mp4'), 'w'));

  sim = await createSimulator({ port: 0, renderMs: 600, mediaDir: tempDir('disk-full-sim') });
  prefix = uniquePrefix('drill-disk-full');
  const config: Config = loadConfig(
    pipelineEnv(sim, prefix, {
      MEDIA_DIR: mount,
      MEDIA_MIN_FREE_MB: String(MIN_FREE_MB),
      JOB_MAX_RETRIES: String(MAX_RETRIES),
      POLL_MIN_MS: '200',
      POLL_MAX_MS: '800',
    }),
  );
  const logger = recordingLogger((line) => {
    lines.push(line);
    if (line.msg === 'transient failure') onTransient?.(line);
  });
  const built = await createProviders(config, logger);
  closeProviders = built.close;
  provider = new LargeClipProvider(built.providers[0]!);
  app = await createApp(config, logger, { providers: [provider], messengers: [messenger] });
  await app.startWorker();
  // /readyz wired as src/main.ts wires it for a worker.
  readiness = new Readiness({
    adapters: [],
    providers: [provider.name],
    metrics: app.metrics,
    media: { dir: config.mediaDir, minFreeBytes: config.media.minFreeBytes },
  });
  http = new HttpRouter(logger);
  mountOpsRoutes(http, { metrics: app.metrics, readiness, logger });
  url = await http.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await http?.close();
  await readiness?.close();
  await app?.close();
  await closeProviders();
  await sim?.close();
  if (prefix) await dropPrefix(prefix);
  if (mounted) execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

async function readyz() {
  const res = await fetch(`${url}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { status: string; media?: { ok: boolean; detail: string } },
  };
}

const ask = (prompt: string) =>
  app.services.clips.request({ prompt, options: { durationS: 4 }, author: { id: 'u1', name: 'Ada' }, place });

const uploadsOf = (clip: Clip) => messenger.uploads.filter((u) => u.card.clipId === clip.id);

/** Fill the file system with someone else's data until `leave` bytes are left. */
async function fillDisk(leave: number) {
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  await truncate(filler, Math.max(0, written - leave));
}

describe('drill: the media disk fills up', () => {
  it('sweeps the orphan a crash left, and is ready with room on the disk', async () => {
    expect(await readdir(clipsDir)).toEqual([]);
    const { status, body } = await readyz();
    expect(status).toBe(200);
    expect(body.media).toMatchObject({ ok: true });
  });

  it('fails a clip bigger than the disk as DISK_FULL after its retries, refunded, leaving no file', async () => {
    const clip = await ask(LARGE_PROMPT);
    const done = await waitForEnd(app, clip.id);
    expect(done.state).toBe('failed');
    expect(done.failure?.code).toBe(ErrorCode.DiskFull);
    expect(done.failure?.message).toMatch(/ran out of disk space for videos.*Nothing was charged/);
    // Retried later, not at once: the first try and MAX_RETRIES more, each hitting ENOSPC.
    expect(provider.downloads.get(done.providerJobId!)).toBe(1 + MAX_RETRIES);
    const transient = lines.filter((l) => l.clipId === clip.id && l.msg === 'transient failure');
    expect(transient.map((l) => l.code)).toEqual(Array(MAX_RETRIES).fill(ErrorCode.DiskFull));
    expect(lines.some((l) => l.clipId === clip.id && l.code === ErrorCode.Internal)).toBe(false);
    // The refund and the final card follow the state change; wait for them, then check them.
    await waitFor(
      async () => (await app.store.ledger.reservation(clip.id))?.status === 'released',
      'the refund',
    );
    await waitFor(() => messenger.cardsFor(clip.id).at(-1)?.state === 'failed', 'the final card');
    expect(messenger.cardsFor(clip.id).at(-1)?.failure?.code).toBe(ErrorCode.DiskFull);
    expect(uploadsOf(clip)).toHaveLength(0);
    expect(await readdir(clipsDir)).toEqual([]);
    expect(await freeBytes(mount)).toBeGreaterThan(DISK_MIB * MIB - MIB);
  });

  it('is not ready while the disk is nearly full, says why, and posts a waiting clip once space is back', async () => {
    await fillDisk(16 * 1024);
    const full = await readyz();
    expect(full.status).toBe(503);
    expect(full.body.status).toBe('not ready');
    expect(full.body.media?.ok).toBe(false);
    expect(full.body.media?.detail).toMatch(
      new RegExp(`^0 MiB free in MEDIA_DIR, under MEDIA_MIN_FREE_MB \\(${MIN_FREE_MB} MiB\\)$`),
    );

    // A clip made now cannot be saved; the operator frees space while it waits for its retry.
    const clip = await ask('a lighthouse in a storm');
    const hit: Record<string, unknown>[] = [];
    onTransient = (line) => {
      if (line.clipId !== clip.id) return;
      hit.push(line);
      rmSync(filler, { force: true });
    };
    const done = await waitForEnd(app, clip.id);
    onTransient = undefined;
    expect(hit.map((l) => l.code)).toEqual([ErrorCode.DiskFull]);
    expect(done.state).toBe('posted');
    expect(uploadsOf(done)).toHaveLength(1);
    expect((await readyz()).status).toBe(200);

    // And the next clip goes through as usual, its MP4 intact.
    let bytes: Buffer | undefined;
    messenger.onUpload = async (upload) => {
      bytes = await readFile(upload.file.path);
    };
    const next = await waitForEnd(app, (await ask('a paper boat in the rain')).id);
    messenger.onUpload = undefined;
    expect(next.state).toBe('posted');
    expect(uploadsOf(next)).toHaveLength(1);
    expect(bytes?.subarray(4, 8).toString('latin1')).toBe('ftyp');
    // A posted clip's file goes right after the state changes.
    await waitFor(async () => (await readdir(clipsDir)).length === 0, 'an empty clips directory');
  });

  it('counts a re-encode that finds the disk full as DISK_FULL, not TOO_LARGE, and fits once space is back', async () => {
    // Under the simulator's 4-second clip (about 125 KiB), so it must be re-encoded to fit.
    const limit = 100 * 1024;
    const uploadLimit = messenger.uploadLimit.bind(messenger);
    let filled = false;
    // Asked right before the re-encode: the disk fills up between the download and ffmpeg's write.
    messenger.uploadLimit = async () => {
      if (!filled) {
        filled = true;
        await fillDisk(16 * 1024);
      }
      return limit;
    };
    const clip = await ask('a kite over the dunes');
    const hit: Record<string, unknown>[] = [];
    onTransient = (line) => {
      if (line.clipId !== clip.id) return;
      hit.push(line);
      rmSync(filler, { force: true });
    };
    const done = await waitForEnd(app, clip.id);
    onTransient = undefined;
    messenger.uploadLimit = uploadLimit;
    expect(filled).toBe(true);
    expect(done.media?.bytes).toBeLessThanOrEqual(limit);
    expect(hit.map((l) => l.code)).toEqual([ErrorCode.DiskFull]);
    expect(done.state).toBe('posted');
    expect(done.media?.reencoded).toBe(true);
    expect(uploadsOf(done)).toHaveLength(1);
    expect(uploadsOf(done)[0]!.file.bytes).toBeLessThanOrEqual(limit);
    await waitFor(async () => (await readdir(clipsDir)).length === 0, 'an empty clips directory');
  });
});
