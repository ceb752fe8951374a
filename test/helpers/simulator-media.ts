import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type OpenAI from 'openai';
import type { Video } from 'openai/resources/videos';
import { ensureFfmpeg, ffmpegPath } from '../../src/media/ffmpeg.ts';

export const simTempDir = (name: string): string => mkdtempSync(join(tmpdir(), `reelbot-${name}-`));

export interface MediaInfo {
  durationS: number;
  width: number;
  height: number;
  videoCodec: string;
  audioCodec: string | undefined;
}

/** What ffmpeg says about a file (`ffmpeg -i` prints the container's streams to stderr). */
export async function probeMedia(path: string): Promise<MediaInfo> {
  await ensureFfmpeg();
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-i', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    let text = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      text += chunk;
    });
    child.once('error', reject);
    child.once('close', () => resolve(text));
  });
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const video = /Stream #\S+.*?: Video: (\w+).*?, (\d{2,5})x(\d{2,5})/.exec(stderr);
  const audio = /Stream #\S+.*?: Audio: (\w+)/.exec(stderr);
  if (!duration || !video) throw new Error(`not a video:\n${stderr}`);
  return {
    durationS: Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]),
    videoCodec: video[1]!,
    width: Number(video[2]),
    height: Number(video[3]),
    audioCodec: audio?.[1],
  };
}

/** Poll through the SDK until the video is terminal. */
export async function waitForVideo(client: OpenAI, id: string, timeoutMs = 20_000): Promise<Video[]> {
  const seen: Video[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const video = await client.videos.retrieve(id);
    seen.push(video);
    if (video.status === 'completed' || video.status === 'failed') return seen;
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  throw new Error(`video ${id} did not finish within ${timeoutMs} ms`);
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
