import { open, readFile, rm } from 'node:fs/promises';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { CheckedVideo } from '../core/ports/media.ts';
import { ffmpegSaysDiskFull } from './disk-full.ts';
import { readMp4Info } from './mp4-info.ts';
import { mediaInfoOf, runFfmpeg } from './probe.ts';
import { FFMPEG_LIMITS, type FfmpegLimits, ffmpegTimeLimit, mediaTimedOut } from './time-limits.ts';

/**
 * Thumbnails: 320 px wide (Discord shows embed thumbnails at most 80x80 and Slack image blocks
 * scale down; 320 stays sharp on a studio card), a frame one second in (the first frame of a
 * generated clip is often a fade from black), JPEG quality 6 of ffmpeg's 2-31 scale: ~10-20 KB.
 */
export const THUMBNAIL = { width: 320, atS: 1, quality: 6 } as const;

/** Where a thumbnail is taken: one second in, or the first frame of a clip shorter than two. */
export const thumbnailAt = (durationS: number | undefined) =>
  durationS !== undefined && durationS > THUMBNAIL.atS * 2 ? THUMBNAIL.atS : 0;

const NOT_A_VIDEO = msg('error.media.notVideo');

/**
 * Retryable: an error page in place of the video can be a passing fault at the provider; the job
 * queue retries it at most JOB_MAX_RETRIES times, then the clip fails (refunded).
 */
const notAVideo = (detail: string) =>
  new ReelbotError(ErrorCode.InvalidVideo, NOT_A_VIDEO, {
    message: `not a video: ${detail}`,
    retryable: true,
  });

/** The last line ffmpeg printed, for the log (its error, when it failed). */
const lastLine = (text: string) => text.trim().split('\n').at(-1)?.slice(0, 200) ?? '';

/**
 * Refuse (INVALID_VIDEO) any file that is not a playable MP4 video before it can be posted: it must
 * start with an `ftyp` box (ISO/IEC 14496-12 §4.3: "as early as possible in the file", and every
 * MP4 encoder writes it first), and ffmpeg, told the container is MP4 (`-f mp4`, so no content
 * sniffing picks the HLS or concat demuxers a playlist would need) and allowed only the `file`
 * protocol for this one path (https://ffmpeg.org/ffmpeg-protocols.html#Protocol-Options), must
 * find a video stream with a duration and decode a frame (written to `thumbnailTo` when given).
 * A page dressed up in MP4 boxes has no decodable picture, so header boxes alone never pass. A
 * file that keeps ffmpeg busy past the time its size allows (`limits`) is MEDIA_TIMED_OUT.
 */
export async function checkVideo(
  path: string,
  thumbnailTo?: string,
  limits: FfmpegLimits = FFMPEG_LIMITS,
): Promise<CheckedVideo> {
  const file = await open(path, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = (await file.stat()).size;
    head = Buffer.alloc(8);
    await file.read(head, 0, 8, 0);
  } finally {
    await file.close();
  }
  const boxSize = head.readUInt32BE(0);
  if (size < 8 || head.toString('latin1', 4, 8) !== 'ftyp' || boxSize < 8 || boxSize > size) {
    throw notAVideo('it does not start with an MP4 ftyp box');
  }
  // The frame decoded to prove a picture is the thumbnail, so a download costs one ffmpeg run.
  // Where to seek comes from the MP4 header read in process (no seek when it cannot be read).
  const at = thumbnailTo ? thumbnailAt((await readMp4Info(path))?.durationS) : 0;
  const output = thumbnailTo
    ? ['-vf', `scale=${THUMBNAIL.width}:-2`, '-q:v', String(THUMBNAIL.quality), '-y', thumbnailTo]
    : ['-f', 'null', '-'];
  const timeoutMs = ffmpegTimeLimit(limits, { bytes: size });
  const { code, stderr, timedOut } = await runFfmpeg(
    [
      '-f',
      'mp4',
      '-protocol_whitelist',
      'file',
      ...(at > 0 ? ['-ss', String(at)] : []),
      '-i',
      `file:${path}`,
      '-map',
      '0:v:0',
      '-frames:v',
      '1',
      ...output,
    ],
    { timeoutMs },
  );
  const thumbnail =
    thumbnailTo && code === 0 && !timedOut && !ffmpegSaysDiskFull(stderr)
      ? await readFile(thumbnailTo).catch(() => undefined)
      : undefined;
  if (thumbnailTo) await rm(thumbnailTo, { force: true });
  if (timedOut) throw mediaTimedOut('checking a download', timeoutMs);
  if (code !== 0) throw notAVideo(`ffmpeg refused it: ${lastLine(stderr)}`);
  // The final progress line counts the frames decoded (`frame=    1`).
  if (!/frame=\s*[1-9]/.test(stderr)) throw notAVideo('no frame could be decoded');
  const info = mediaInfoOf(stderr, size);
  if (!info) throw notAVideo('ffmpeg found no video stream or no duration');
  if (!(info.durationS > 0)) throw notAVideo('its duration is zero');
  return { info, ...(thumbnail?.byteLength ? { thumbnail: new Uint8Array(thumbnail) } : {}) };
}
