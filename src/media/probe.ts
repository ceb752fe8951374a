import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MediaInfo } from '../core/ports/media.ts';
import { ensureFfmpeg, ffmpegPath } from './ffmpeg.ts';
import {
  DEFAULT_FFMPEG_TIMEOUT_MS,
  FFMPEG_LIMITS,
  type FfmpegLimits,
  ffmpegTimeLimit,
  mediaTimedOut,
} from './time-limits.ts';

/**
 * Groups of the runs still going. A group of its own no longer hears a terminal's Ctrl-C, and its
 * timer dies with this process, so they are killed when this process exits: no ffmpeg outlives
 * the worker that started it (a graceful stop or a crash that still runs exit handlers).
 */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) killGroup(pid);
});

/**
 * Run ffmpeg and collect stderr (where it prints stream info and errors). Every run has a time
 * limit (`timeoutMs`, else DEFAULT_FFMPEG_TIMEOUT_MS); a run still going then is killed with its
 * whole process group (SIGKILL: a stuck decoder may ignore SIGTERM, and nothing it started may
 * outlive it) and reported as `timedOut`, so the caller can remove what it half wrote. ffmpeg
 * leads a group of its own (`detached`) so that kill reaches exactly it and what it spawned.
 */
export async function runFfmpeg(
  args: string[],
  options: { timeoutMs?: number } = {},
): Promise<{ code: number; stderr: string; timedOut?: boolean; pid?: number }> {
  await ensureFfmpeg();
  const timeoutMs = options.timeoutMs ?? DEFAULT_FFMPEG_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-nostdin', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) running.add(child.pid);
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: a long encode prints progress lines we do not need.
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      resolve({
        code: code ?? 1,
        stderr,
        ...(timedOut ? { timedOut } : {}),
        ...(child.pid === undefined ? {} : { pid: child.pid }),
      });
    });
  });
}

/** SIGKILL to a process group (a negative pid, kill(2)); one already gone is fine. */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: already gone (it exited between the timer and the kill); nothing else can happen
    // to a group we started, and a kill must never throw out of a timer or an exit handler.
  }
}

/**
 * Duration, frame size and streams of a file, read from `ffmpeg -i` (the installer package ships
 * ffmpeg but not ffprobe). ffmpeg exits 1 here because no output is named; the header is what
 * we want.
 */
export async function probeFile(path: string, limits: FfmpegLimits = FFMPEG_LIMITS): Promise<MediaInfo> {
  const { size } = await stat(path);
  const timeoutMs = ffmpegTimeLimit(limits, { bytes: size });
  const { stderr, timedOut } = await runFfmpeg(['-i', path], { timeoutMs });
  if (timedOut) throw mediaTimedOut(`probing ${basename(path)}`, timeoutMs);
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
