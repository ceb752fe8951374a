import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Simulator } from '../../simulator/types.ts';
import { lastFrameOf } from '../../src/media/last-frame.ts';
import { tempDir } from './pipeline.ts';

/**
 * Media checks for the Discord e2e tests: what ffprobe reads in an uploaded MP4, and the last
 * frame of a video the simulator made (the picture a flow shot must start from).
 */
const run = promisify(execFile);
const dir = tempDir('discord-media');

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface Probed {
  durationS: number;
  videoStreams: number;
  audio: { durationS: number }[];
}

/** ffprobe's reading of an MP4 (format duration, its streams). */
export async function ffprobe(bytes: Uint8Array): Promise<Probed> {
  const file = join(dir, `${randomUUID()}.mp4`);
  await writeFile(file, bytes);
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
    videoStreams: json.streams.filter((s) => s.codec_type === 'video').length,
    audio: json.streams
      .filter((s) => s.codec_type === 'audio')
      .map((s) => ({ durationS: Number(s.duration ?? json.format.duration) })),
  };
}

/** A video the simulator's OpenAI API made, as any client downloads it. */
export async function openaiVideo(sim: Simulator, id: string, apiKey: string): Promise<string> {
  const response = await fetch(`${sim.url}/videos/${id}/content`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (!response.ok) throw new Error(`content of ${id}: ${response.status}`);
  const file = join(dir, `${randomUUID()}.mp4`);
  await writeFile(file, new Uint8Array(await response.arrayBuffer()));
  return file;
}

/** SHA-256 of the last frame of a video file, extracted as the bot extracts it. */
export async function lastFrameSha256(file: string): Promise<string> {
  return sha256(await lastFrameOf(file, join(dir, `${randomUUID()}.png`)));
}

/** Bytes in a temporary file, for tools that read files. */
export async function writeTemp(bytes: Uint8Array, ext = 'mp4'): Promise<string> {
  const file = join(dir, `${randomUUID()}.${ext}`);
  await writeFile(file, bytes);
  return file;
}
