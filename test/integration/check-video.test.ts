import { mkdtempSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import { checkVideo } from '../../src/media/check-video.ts';
import { createFfmpegMedia } from '../../src/media/ffmpeg-media.ts';
import { readMp4Info } from '../../src/media/mp4-info.ts';
import { probeFile, runFfmpeg } from '../../src/media/probe.ts';

/**
 * Only a real video is ever posted (issue 12): the check before delivery, on real ffmpeg, against
 * what a hostile provider sends instead of a clip.
 */

const dir = mkdtempSync(join(tmpdir(), 'reelbot-check-video-'));
const at = (name: string) => join(dir, name);
let good: string;

const box = (type: string, payload: Buffer) => {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
};
const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));
const page = '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>';
const playlist = (target: string) =>
  `#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n${target}\n#EXT-X-ENDLIST\n`;

beforeAll(async () => {
  good = at('good.mp4');
  const { code } = await runFfmpeg([
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x240:rate=24',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440',
    '-t',
    '2',
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    good,
  ]);
  expect(code).toBe(0);
});

const refusal = async (path: string) => {
  try {
    await checkVideo(path);
  } catch (error) {
    return error;
  }
  throw new Error(`${path} passed the check`);
};

describe('checkVideo', () => {
  it('passes a real MP4 and reads it', async () => {
    expect((await checkVideo(good)).info).toMatchObject({ width: 320, height: 240, hasAudio: true });
    expect((await checkVideo(good)).info.durationS).toBeGreaterThan(1.5);
  });

  it('refuses an HTML page', async () => {
    await writeFile(at('page.mp4'), page);
    expect(await refusal(at('page.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo, retryable: true });
  });

  it('refuses an HLS playlist naming a local MP4, which ffmpeg left to guess would play', async () => {
    await writeFile(at('list.mp4'), playlist(good));
    // The danger is real: sniffing the content, ffmpeg opens the playlist and the file it names.
    expect(await probeFile(at('list.mp4'))).toMatchObject({ width: 320, height: 240 });
    expect(await refusal(at('list.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
    // Behind an ftyp box, so it passes the first test, it still never opens that file.
    await writeFile(at('boxed-list.mp4'), Buffer.concat([ftyp, Buffer.from(playlist(good))]));
    expect(await refusal(at('boxed-list.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
  });

  it('refuses an HTML page inside an MP4 moov box', async () => {
    await writeFile(at('moov-page.mp4'), Buffer.concat([ftyp, box('moov', Buffer.from(page))]));
    expect(await refusal(at('moov-page.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
  });

  it('refuses a real header whose picture data is an HTML page', async () => {
    const bytes = Buffer.from(await readFile(good));
    // Overwrite the mdat payload: every box header stays valid, no frame can be decoded.
    for (let offset = 0; offset + 8 <= bytes.length; ) {
      const size = bytes.readUInt32BE(offset);
      if (bytes.toString('latin1', offset + 4, offset + 8) === 'mdat') {
        Buffer.from(page.repeat(Math.ceil(size / page.length))).copy(bytes, offset + 8, 0, size - 8);
      }
      offset += size;
    }
    await writeFile(at('mdat-page.mp4'), bytes);
    // Headers alone would pass it.
    expect(await readMp4Info(at('mdat-page.mp4'))).toMatchObject({ width: 320, height: 240 });
    expect(await refusal(at('mdat-page.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
  });

  it('refuses an empty file, and an ftyp box that claims more than the file holds', async () => {
    await writeFile(at('empty.mp4'), '');
    expect(await refusal(at('empty.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
    const lying = Buffer.from(ftyp);
    lying.writeUInt32BE(10_000, 0);
    await writeFile(at('lying.mp4'), lying);
    expect(await refusal(at('lying.mp4'))).toMatchObject({ code: ErrorCode.InvalidVideo });
  });
});

describe('saving a download', () => {
  it('leaves no partial file when the body breaks off', async () => {
    const clips = join(dir, 'clips');
    const media = createFfmpegMedia(clips);
    async function* breaking() {
      yield new Uint8Array(64 * 1024);
      throw new Error('connection reset');
    }
    await expect(media.save('clip1', breaking())).rejects.toThrow('connection reset');
    expect(await readdir(clips)).toEqual([]);
  });
});
