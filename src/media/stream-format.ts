import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { mediaInfoOf, runFfmpeg } from './probe.ts';
import { FFMPEG_LIMITS, type FfmpegLimits, ffmpegTimeLimit, mediaTimedOut } from './time-limits.ts';

/** What must match across clips for the concat demuxer to join them by stream copy. */
export interface StreamFormat {
  durationS: number;
  width: number;
  height: number;
  /** Codec, profile and pixel format as ffmpeg names them, e.g. `h264 (High) yuv420p`. */
  videoCodec: string;
  /** Frames per second as ffmpeg prints it (`24`, `29.97`); undefined when it prints none. */
  fps: number | undefined;
  /** Absent for a clip without sound. */
  audio?: { codec: string; sampleRate: number; layout: string };
}

/**
 * The first video and audio stream of a file as `ffmpeg -i` prints them (the bundled ffmpeg has
 * no ffprobe), e.g. `Video: h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 1280x720 [SAR
 * 1:1 DAR 16:9], 292 kb/s, 24 fps` and `Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo`.
 */
export function streamFormatOf(stderr: string, bytes = 0): StreamFormat | undefined {
  const info = mediaInfoOf(stderr, bytes);
  const video = /Stream #\S+.*Video: (\S+(?: \([^)/]+\))?)[^,]*, (\w+)/.exec(stderr);
  if (!info || !video) return undefined;
  const fps = /Stream #\S+.*Video: .*?, (\d+(?:\.\d+)?) fps/.exec(stderr);
  const audio = /Stream #\S+.*Audio: (\S+(?: \([^)/]+\))?)[^,]*, (\d+) Hz, ([^,]+)/.exec(stderr);
  return {
    durationS: info.durationS,
    width: info.width,
    height: info.height,
    videoCodec: `${video[1]} ${video[2]}`,
    fps: fps ? Number(fps[1]) : undefined,
    ...(audio ? { audio: { codec: audio[1]!, sampleRate: Number(audio[2]), layout: audio[3]!.trim() } } : {}),
  };
}

/** Read a clip's stream format with ffmpeg, allowing only the `file` protocol for this path. */
export async function readStreamFormat(
  path: string,
  limits: FfmpegLimits = FFMPEG_LIMITS,
): Promise<StreamFormat> {
  const { size } = await stat(path);
  const timeoutMs = ffmpegTimeLimit(limits, { bytes: size });
  const { stderr, timedOut } = await runFfmpeg(['-protocol_whitelist', 'file', '-i', `file:${path}`], {
    timeoutMs,
  });
  if (timedOut) throw mediaTimedOut(`reading the streams of ${basename(path)}`, timeoutMs);
  const format = streamFormatOf(stderr, size);
  if (!format) throw new Error(`not a readable video: ${path}`);
  return format;
}

/** True when the concat demuxer can join these by stream copy: every stream's format is the same. */
export function copyable(formats: readonly StreamFormat[]): boolean {
  const key = (f: StreamFormat) =>
    JSON.stringify([
      f.videoCodec,
      f.width,
      f.height,
      f.fps,
      f.audio?.codec,
      f.audio?.sampleRate,
      f.audio?.layout,
    ]);
  const first = formats[0];
  // Every input must have sound: copying a silent clip between two with sound would leave a gap.
  return (
    first !== undefined && first.fps !== undefined && formats.every((f) => f.audio && key(f) === key(first))
  );
}
