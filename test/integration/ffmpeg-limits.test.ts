import { mkdtempSync } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { checkVideo } from '../../src/media/check-video.ts';
import { createFfmpegMedia } from '../../src/media/ffmpeg-media.ts';
import { joinClips } from '../../src/media/join.ts';
import { lastFrameOf } from '../../src/media/last-frame.ts';
import { probeFile, runFfmpeg } from '../../src/media/probe.ts';
import { readStreamFormat } from '../../src/media/stream-format.ts';
import { limitsWith } from '../../src/media/time-limits.ts';

/**
 * Every ffmpeg run on a clip has a time limit: past it the run is killed with its process group,
 * what it half wrote is removed, and the call fails with MEDIA_TIMED_OUT. The limits are shrunk
 * through their parameter (a 1 ms limit no ffmpeg start can meet), never waited out.
 */

const dir = mkdtempSync(join(tmpdir(), 'reelbot-ffmpeg-limits-'));
const at = (name: string) => join(dir, name);
/** A limit no ffmpeg run can meet: the timer fires before the process can have finished. */
const TINY = limitsWith({ floorMs: 1, perMiBMs: 0, encodePerSecondMs: 0 });
let clip: string;
let bytes: number;

beforeAll(async () => {
  clip = at('clip-src-0001.mp4');
  const { code } = await runFfmpeg([
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=640x360:rate=24',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440',
    '-t',
    '2',
    '-c:v',
    'libx264',
    '-b:v',
    '1M',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    clip,
  ]);
  expect(code).toBe(0);
  bytes = (await stat(clip)).size;
});

async function timedOut(run: Promise<unknown>): Promise<ReelbotError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReelbotError);
  expect((error as ReelbotError).code).toBe(ErrorCode.MediaTimedOut);
  expect((error as ReelbotError).retryable).toBe(true);
  expect((error as ReelbotError).message).toMatch(/ffmpeg ran past its \d+ ms limit and was killed/);
  return error as ReelbotError;
}

/** Files in `folder` whose names contain `tag` (a partial output left behind). */
const leftovers = async (folder: string, tag: string) =>
  (await readdir(folder)).filter((name) => name.includes(tag));

describe('runFfmpeg', () => {
  it('kills a run that would never end (an endless source) with its process group', async () => {
    const result = await runFfmpeg(['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25', '-f', 'null', '-'], {
      timeoutMs: 200,
    });
    expect(result.timedOut).toBe(true);
    expect(result.pid).toBeGreaterThan(0);
    // Nothing of its process group is left (kill(2) with signal 0 only checks).
    expect(() => process.kill(-result.pid!, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });

  it('lets a run within its limit finish', async () => {
    const result = await runFfmpeg(['-i', clip], { timeoutMs: 60_000 });
    expect(result.timedOut).toBeUndefined();
    expect(result.stderr).toMatch(/Duration: 00:00:02/);
  });
});

describe('each run in src/media fails with MEDIA_TIMED_OUT past its limit and leaves no partial file', () => {
  it('check: no thumbnail left', async () => {
    const media = createFfmpegMedia(join(dir, 'check'), { limits: TINY });
    await timedOut(media.check(clip));
    expect(await leftovers(join(dir, 'check'), '-thumb-')).toEqual([]);
    // The same file passes with the limits its size allows.
    await expect(checkVideo(clip)).resolves.toMatchObject({ info: { width: 640, height: 360 } });
  });

  it('fitUnder: no half-encoded file left', async () => {
    const folder = join(dir, 'fit');
    const media = createFfmpegMedia(folder, { limits: TINY });
    await timedOut(media.fitUnder(clip, Math.floor(bytes * 0.8)));
    expect(await leftovers(folder, '-fit-')).toEqual([]);
  });

  it('lastFrame: no image left', async () => {
    const folder = join(dir, 'last');
    const media = createFfmpegMedia(folder, { limits: TINY });
    await timedOut(media.lastFrame(clip));
    expect(await leftovers(folder, '-last-')).toEqual([]);
    const out = at('last-half.png');
    await writeFile(out, 'half an image');
    await timedOut(lastFrameOf(clip, out, TINY));
    expect(await leftovers(dir, 'last-half')).toEqual([]);
    await expect(lastFrameOf(clip, at('last-ok.png'))).resolves.toBeInstanceOf(Uint8Array);
  });

  it('thumbnail: none, and no image left', async () => {
    const folder = join(dir, 'thumb');
    const media = createFfmpegMedia(folder, { limits: TINY });
    expect(await media.thumbnail!(clip)).toBeUndefined();
    expect(await leftovers(folder, '-thumb-')).toEqual([]);
  });

  it('join: reading the inputs, and the join itself, with no output left', async () => {
    const folder = join(dir, 'join');
    const media = createFfmpegMedia(folder, { limits: TINY });
    await timedOut(media.join('story', [clip, clip], { transition: 'cut' }));
    expect(await leftovers(folder, 'story')).toEqual([]);
    // The inputs read in time, the encode itself killed: what stands at its output is removed
    // (a file put there first, so this holds however far the killed run got).
    const out = at('joined.mp4');
    await writeFile(out, 'half a join');
    const error = await timedOut(joinClips([clip, clip], out, { transition: 'fade', timeoutMs: 1 }));
    expect(error.message).toMatch(/^joining 2 clips \(fade\)/);
    expect(await leftovers(dir, 'joined.mp4')).toEqual([]);
  });

  it('probe and stream reads of a file that is not an MP4', async () => {
    const notMp4 = at('header.mkv');
    await writeFile(notMp4, Buffer.alloc(4096));
    await timedOut(probeFile(notMp4, TINY));
    await timedOut(readStreamFormat(clip, TINY));
  });
});
