import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lastFrameOf } from '../../src/media/last-frame.ts';
import { tempDir } from './pipeline.ts';

/**
 * What every surface's e2e tests read from a video, from the outside: ffprobe on the bytes, the
 * last frame's SHA-256 (the picture a flow shot or an extension must start from), and a video the
 * simulator's OpenAI API made, fetched as any client would.
 */
const run = promisify(execFile);
const dir = tempDir('video-checks');

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes in a temporary file, for tools that read files. */
export async function writeTemp(bytes: Uint8Array, ext = 'mp4'): Promise<string> {
  const file = join(dir, `${randomUUID()}.${ext}`);
  await writeFile(file, bytes);
  return file;
}

/** ffprobe's reading of an MP4: the format's duration and each stream's type and own duration, if it has one. */
export interface ProbedStreams {
  durationS: number;
  streams: { type: string; durationS: number | undefined }[];
}

/** ffprobe (https://ffmpeg.org/ffprobe.html) on the bytes: format and stream durations as JSON. */
export async function probeStreams(bytes: Uint8Array): Promise<ProbedStreams> {
  const file = await writeTemp(bytes);
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,duration'],
    ...['-of', 'json', file],
  ]);
  const json = JSON.parse(stdout) as {
    format: { duration: string };
    streams: { codec_type: string; duration?: string }[];
  };
  return {
    durationS: Number(json.format.duration),
    streams: json.streams.map((s) => ({
      type: s.codec_type,
      durationS: s.duration === undefined ? undefined : Number(s.duration),
    })),
  };
}

/** SHA-256 of the last frame of a video file, extracted as the bot extracts it (src/media/last-frame.ts). */
export async function lastFrameSha256(file: string): Promise<string> {
  return sha256(await lastFrameOf(file, join(dir, `${randomUUID()}.png`)));
}

/** SHA-256 of the last frame of video bytes. */
export async function lastFrameShaOf(bytes: Uint8Array): Promise<string> {
  return lastFrameSha256(await writeTemp(bytes));
}

/** The bytes of a video the simulator's OpenAI API made (GET /v1/videos/{id}/content). */
export async function simulatorVideo(simUrl: string, videoId: string, apiKey: string): Promise<Uint8Array> {
  const res = await fetch(`${simUrl}/videos/${videoId}/content`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (res.status !== 200) throw new Error(`simulator answered ${res.status} for the content of ${videoId}`);
  return new Uint8Array(await res.arrayBuffer());
}
