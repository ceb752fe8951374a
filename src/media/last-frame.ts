import { readFile, rm } from 'node:fs/promises';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { diskFullError, ffmpegSaysDiskFull } from './disk-full.ts';
import { runFfmpeg } from './probe.ts';

/** Decoding the last half second of a clip takes well under a second; a run stuck this long is killed. */
const LAST_FRAME_TIMEOUT_MS = 60_000;
/** PNG files start with these eight bytes (https://www.w3.org/TR/png-3/#5PNG-file-signature). */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The clip's last frame as a PNG, written to `out` then read and removed. `-sseof` seeks to half a
 * second before the end (https://ffmpeg.org/ffmpeg.html#Main-options) and `-update 1` keeps
 * overwriting one image, so what remains is the final decoded frame
 * (https://ffmpeg.org/ffmpeg-formats.html#image2-1). A clip shorter than that starts from 0.
 */
export async function lastFrameOf(path: string, out: string): Promise<Uint8Array> {
  try {
    const { code, stderr, timedOut } = await runFfmpeg(
      [
        '-y',
        '-sseof',
        '-0.5',
        '-protocol_whitelist',
        'file',
        '-i',
        `file:${path}`,
        '-map',
        '0:v:0',
        '-update',
        '1',
        '-f',
        'image2',
        '-c:v',
        'png',
        out,
      ],
      { timeoutMs: LAST_FRAME_TIMEOUT_MS },
    );
    if (ffmpegSaysDiskFull(stderr)) throw diskFullError();
    const png = code === 0 && !timedOut ? await readFile(out).catch(() => undefined) : undefined;
    if (!png || png.byteLength <= PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
      throw new ReelbotError(
        ErrorCode.Internal,
        'The bot could not read the last frame of the clip to continue from. Nothing was charged; try again.',
        {
          message: `last frame failed: ${timedOut ? 'timed out' : stderr.trim().split('\n').at(-1)?.slice(0, 200)}`,
          retryable: true,
        },
      );
    }
    return new Uint8Array(png);
  } finally {
    await rm(out, { force: true });
  }
}
