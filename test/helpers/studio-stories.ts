import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MessageView } from '../../adapters/studio/web/types.ts';
import { lastFrameOf } from '../../src/media/last-frame.ts';
import { tempDir } from './pipeline.ts';

/**
 * What the studio's story and cast tests read from the outside: the posted MP4 as ffprobe sees
 * it, and the last frame of a video the simulator made, to compare with what the next shot got.
 */

const run = promisify(execFile);
const dir = tempDir('studio-stories');

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The container's length and every audio stream's, as ffprobe reads the bytes. */
export interface Probed {
  durationS: number;
  video: number;
  audio: { durationS: number }[];
}

export async function saveBytes(bytes: Uint8Array, ext = 'mp4'): Promise<string> {
  const path = join(dir, `${randomUUID()}.${ext}`);
  await writeFile(path, bytes);
  return path;
}

/** ffprobe (https://ffmpeg.org/ffprobe.html) on the file: format and stream durations as JSON. */
export async function probeBytes(bytes: Uint8Array): Promise<Probed> {
  const path = await saveBytes(bytes);
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-show_entries', 'format=duration:stream=codec_type,duration'],
    ...['-of', 'json', path],
  ]);
  const out = JSON.parse(stdout) as {
    format: { duration: string };
    streams: { codec_type: string; duration?: string }[];
  };
  return {
    durationS: Number(out.format.duration),
    video: out.streams.filter((s) => s.codec_type === 'video').length,
    audio: out.streams
      .filter((s) => s.codec_type === 'audio')
      .map((s) => ({ durationS: Number(s.duration ?? Number.NaN) })),
  };
}

/** The bytes of a posted video, fetched as the page plays it. */
export async function postedBytes(base: string, message: MessageView): Promise<Uint8Array> {
  const res = await fetch(`${base}${message.video!.url}`);
  if (res.status !== 200) throw new Error(`media answered ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** SHA-256 of the last frame (src/media/last-frame.ts) of video bytes. */
export async function lastFrameSha(bytes: Uint8Array): Promise<string> {
  const path = await saveBytes(bytes);
  return sha256(await lastFrameOf(path, join(dir, `${randomUUID()}.png`)));
}

/** An OpenAI-API video's bytes from the simulator (GET /v1/videos/{id}/content). */
export async function simVideo(simUrl: string, videoId: string): Promise<Uint8Array> {
  const res = await fetch(`${simUrl}/videos/${videoId}/content`, {
    headers: { authorization: 'Bearer sk-test' },
  });
  if (res.status !== 200) throw new Error(`simulator answered ${res.status} for ${videoId}`);
  return new Uint8Array(await res.arrayBuffer());
}
