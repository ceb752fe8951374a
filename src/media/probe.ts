import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import type { MediaInfo } from '../core/ports/media.ts';
import { ensureFfmpeg, ffmpegPath } from './ffmpeg.ts';

/**
 * Run ffmpeg and collect stderr (where it prints stream info and errors). With `timeoutMs`, a run
 * still going then is killed (SIGKILL: a stuck decoder may ignore SIGTERM) and reported as
 * `timedOut`, so the caller can remove what it half wrote.
 */
export async function runFfmpeg(
  args: string[],
  options: { timeoutMs?: number } = {},
): Promise<{ code: number; stderr: string; timedOut?: boolean }> {
  await ensureFfmpeg();
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-nostdin', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: a long encode prints progress lines we do not need.
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stderr, ...(timedOut ? { timedOut } : {}) });
    });
  });
}

/**
 * Duration, frame size and streams of a file, read from `ffmpeg -i` (the installer package ships
 * ffmpeg but not ffprobe). ffmpeg exits 1 here because no output is named; the header is what
 * we want.
 */
export async function probeFile(path: string): Promise<MediaInfo> {
  const { size } = await stat(path);
  const { stderr } = await runFfmpeg(['-i', path]);
  const info = mediaInfoOf(stderr, size);
  if (!info) throw new Error(`not a readable video: ${path}`);
  return info;
}

/** The first input's duration, frame size and streams as ffmpeg prints them; undefined if absent. */
export function mediaInfoOf(stderr: string, bytes: number): MediaInfo | undefined {
  const duration = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const video = /Stream #\S+.*Video: .*?(\d{2,5})x(\d{2,5})/.exec(stderr);
  if (!duration || !video) return undefined;
  return {
    bytes,
    durationS: Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]),
    width: Number(video[1]),
    height: Number(video[2]),
    hasAudio: /Stream #\S+.*Audio: /.test(stderr),
  };
}
