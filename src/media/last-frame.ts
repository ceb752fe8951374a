import { readFile, rm, stat } from 'node:fs/promises';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import { diskFullError, ffmpegSaysDiskFull } from './disk-full.ts';
import { runFfmpeg } from './probe.ts';
import { FFMPEG_LIMITS, type FfmpegLimits, ffmpegTimeLimit, mediaTimedOut } from './time-limits.ts';

/** PNG files start with these eight bytes (https://www.w3.org/TR/png-3/#5PNG-file-signature). */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The clip's last frame as a PNG, written to `out` then read and removed. `-sseof` seeks to half a
 * second before the end (https://ffmpeg.org/ffmpeg.html#Main-options) and `-update 1` keeps
 * overwriting one image, so what remains is the final decoded frame
 * (https://ffmpeg.org/ffmpeg-formats.html#image2-1). A clip shorter than that starts from 0.
 * Decoding half a second takes well under one; a run past what the file's size allows (`limits`)
 * is killed and is MEDIA_TIMED_OUT.
 */
export async function lastFrameOf(
  path: string,
  out: string,
  limits: FfmpegLimits = FFMPEG_LIMITS,
): Promise<Uint8Array> {
  try {
    // A missing file is ffmpeg's to report, as before.
    const bytes = (await stat(path).catch(() => undefined))?.size ?? 0;
    const timeoutMs = ffmpegTimeLimit(limits, { bytes });
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
      { timeoutMs },
    );
    if (ffmpegSaysDiskFull(stderr)) throw diskFullError();
    if (timedOut) throw mediaTimedOut('reading the last frame', timeoutMs);
    const png = code === 0 ? await readFile(out).catch(() => undefined) : undefined;
    if (!png || png.byteLength <= PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
      throw new ReelbotError(ErrorCode.Internal, msg('error.media.lastFrame'), {
        message: `last frame failed: ${stderr.trim().split('\n').at(-1)?.slice(0, 200)}`,
        retryable: true,
      });
    }
    return new Uint8Array(png);
  } finally {
    await rm(out, { force: true });
  }
}
