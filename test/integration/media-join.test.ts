import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import { createFfmpegMedia } from '../../src/media/ffmpeg-media.ts';
import { joinClips } from '../../src/media/join.ts';
import { runFfmpeg } from '../../src/media/probe.ts';
import { onPath } from '../helpers/executables.ts';

/**
 * Stories (issue 15): shots joined into one clip on the real ffmpeg, checked with ffprobe: the
 * length, one continuous sound track over all of it, the first clip's frame size; and the last
 * frame a continuation starts from.
 */

const run = promisify(execFile);
const ffprobe = onPath('ffprobe') ?? '/usr/bin/ffprobe';
const work = mkdtempSync(join(tmpdir(), 'reelbot-join-src-'));
const at = (name: string) => join(work, name);

interface Probed {
  durationS: number;
  video: { width: number; height: number }[];
  audio: { durationS: number }[];
}

async function probed(path: string): Promise<Probed> {
  const { stdout } = await run(ffprobe, [
    '-v',
    'error',
    '-show_streams',
    '-show_format',
    '-of',
    'json',
    path,
  ]);
  const json = JSON.parse(stdout) as {
    format: { duration: string };
    streams: { codec_type: string; width?: number; height?: number; duration?: string }[];
  };
  return {
    durationS: Number(json.format.duration),
    video: json.streams
      .filter((s) => s.codec_type === 'video')
      .map((s) => ({ width: s.width!, height: s.height! })),
    audio: json.streams
      .filter((s) => s.codec_type === 'audio')
      .map((s) => ({ durationS: Number(s.duration) })),
  };
}

/** A lavfi clip: test pattern (or a colour), a tone unless `silent`. */
async function make(
  name: string,
  o: { size: string; fps: number; seconds: number; silent?: boolean; colour?: string },
) {
  const picture = o.colour
    ? `color=c=${o.colour}:size=${o.size}:rate=${o.fps}`
    : `testsrc=size=${o.size}:rate=${o.fps}`;
  const { code, stderr } = await runFfmpeg([
    '-y',
    '-f',
    'lavfi',
    '-i',
    picture,
    ...(o.silent ? [] : ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000']),
    '-t',
    String(o.seconds),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(o.silent ? [] : ['-c:a', 'aac', '-ac', '2']),
    at(name),
  ]);
  if (code !== 0) throw new Error(stderr);
  return at(name);
}

let a3: string;
let b2: string;
let small: string;
let red: string;
let blue: string;

beforeAll(async () => {
  [a3, b2, small, red, blue] = await Promise.all([
    make('a3.mp4', { size: '640x360', fps: 24, seconds: 3 }),
    make('b2.mp4', { size: '640x360', fps: 24, seconds: 2 }),
    make('small.mp4', { size: '320x240', fps: 30, seconds: 2, silent: true }),
    make('red.mp4', { size: '320x240', fps: 24, seconds: 1.5, colour: 'red' }),
    make('blue.mp4', { size: '320x240', fps: 24, seconds: 1.5, colour: 'blue' }),
  ]);
});

describe('MediaTool.join', () => {
  it('joins matching clips with cuts by stream copy: the lengths add up, one sound track covers it', async () => {
    const out = at('copy.mp4');
    expect(await joinClips([a3, b2, a3], out, { transition: 'cut' })).toBe('copy');
    const p = await probed(out);
    expect(Math.abs(p.durationS - 8)).toBeLessThan(0.5);
    expect(p.video).toEqual([{ width: 640, height: 360 }]);
    expect(p.audio).toHaveLength(1);
    expect(Math.abs(p.audio[0]!.durationS - p.durationS)).toBeLessThan(0.5);
  });

  it('normalises clips of other sizes, rates and one without sound to the first, once', async () => {
    const media = createFfmpegMedia(mkdtempSync(join(tmpdir(), 'reelbot-join-')));
    const out = await media.join('clip-cut', [a3, small, b2], { transition: 'cut' });
    const p = await probed(out);
    expect(Math.abs(p.durationS - 7)).toBeLessThan(0.5);
    expect(p.video).toEqual([{ width: 640, height: 360 }]);
    // Silence stands in for the silent clip: still one track, as long as the picture.
    expect(p.audio).toHaveLength(1);
    expect(Math.abs(p.audio[0]!.durationS - 7)).toBeLessThan(0.5);
  });

  it('cross-fades picture and sound: the length is the sum less one fade per join', async () => {
    const out = at('fade.mp4');
    expect(await joinClips([a3, small, b2], out, { transition: 'fade', fadeS: 0.5 })).toBe('fade');
    const p = await probed(out);
    expect(Math.abs(p.durationS - (7 - 2 * 0.5))).toBeLessThan(0.5);
    expect(p.video).toEqual([{ width: 640, height: 360 }]);
    expect(p.audio).toHaveLength(1);
    expect(Math.abs(p.audio[0]!.durationS - 6)).toBeLessThan(0.5);
  });

  it('names the join for its clip, so discard removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelbot-join-'));
    const media = createFfmpegMedia(dir);
    const out = await media.join('clip-7', [a3, b2], { transition: 'cut' });
    expect(await media.clipsWithFiles()).toEqual(['clip-7']);
    await media.discard('clip-7');
    expect(await media.exists(out)).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an input that is not a video and leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelbot-join-'));
    const media = createFfmpegMedia(dir);
    const page = at('page.mp4');
    await writeFile(page, '<!doctype html><h1>502</h1>');
    await expect(media.join('clip-8', [a3, page], { transition: 'cut' })).rejects.toMatchObject({
      code: ErrorCode.Internal,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('kills a join that runs past its time limit and removes the partial file', async () => {
    const out = at('slow.mp4');
    await expect(joinClips([a3, small, b2], out, { transition: 'fade', timeoutMs: 1 })).rejects.toMatchObject(
      {
        code: ErrorCode.MediaTimedOut,
        retryable: true,
      },
    );
    expect((await readdir(work)).filter((name) => name.startsWith('slow'))).toEqual([]);
  });
});

describe('MediaTool.lastFrame', () => {
  /** The mean colour of a PNG, decoded by ffmpeg to one RGB pixel. */
  async function colourOf(png: Uint8Array): Promise<[number, number, number]> {
    const file = at(`frame-${png.byteLength}.png`);
    await writeFile(file, png);
    const raw = at(`frame-${png.byteLength}.rgb`);
    await runFfmpeg(['-y', '-i', file, '-vf', 'scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', raw]);
    const [r, g, b] = await readFile(raw);
    return [r!, g!, b!];
  }

  it('is the picture at the very end of the clip, as a PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelbot-join-'));
    const media = createFfmpegMedia(dir);
    const redThenBlue = await media.join('clip-9', [red, blue], { transition: 'cut' });
    const png = await media.lastFrame(redThenBlue);
    expect(Buffer.from(png.subarray(0, 4)).toString('latin1')).toBe('\x89PNG');
    const [r, , b] = await colourOf(png);
    expect(b).toBeGreaterThan(200);
    expect(r).toBeLessThan(50);
    // Its working file is gone; only the join remains.
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('refuses a file that is not a video', async () => {
    const media = createFfmpegMedia(mkdtempSync(join(tmpdir(), 'reelbot-join-')));
    const page = at('page2.mp4');
    await writeFile(page, 'not a video');
    await expect(media.lastFrame(page)).rejects.toMatchObject({ code: ErrorCode.Internal });
  });
});
