import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MediaTool } from '../core/ports/media.ts';
import { checkVideo, THUMBNAIL, thumbnailAt } from './check-video.ts';
import { clipOfFile, SRC } from './clip-files.ts';
import { diskFullError, ffmpegSaysDiskFull, isDiskFull } from './disk-full.ts';
import { joinClips } from './join.ts';
import { lastFrameOf } from './last-frame.ts';
import { readMp4Info } from './mp4-info.ts';
import { probeFile, runFfmpeg } from './probe.ts';
import { type FfmpegLimits, ffmpegTimeLimit, limitsWith, mediaTimedOut } from './time-limits.ts';

/** Audio kept at a modest AAC rate when shrinking: sound matters, but bytes go to the picture. */
const AUDIO_KBPS = 64;
/** Container overhead and rate-control overshoot eat a few percent; aim under the limit. */
const HEADROOM = 0.9;
/** Below this video bitrate a clip is mush; scale the picture down instead. */
const MIN_VIDEO_KBPS = 250;

export interface FfmpegMediaOptions {
  /** How long each ffmpeg run may take for its input (time-limits.ts); tests shrink them. */
  limits?: Partial<FfmpegLimits>;
}

/**
 * MediaTool on ffmpeg, keeping files in one directory per process. Every ffmpeg run has a time
 * limit from its input's size and length; past it the run is killed, what it half wrote removed,
 * and the call fails with MEDIA_TIMED_OUT (a thumbnail, which is optional, is simply absent).
 */
export function createFfmpegMedia(dir: string, options: FfmpegMediaOptions = {}): MediaTool {
  const limits = limitsWith(options.limits);
  /** The MP4 header read in process; ffmpeg only for what that cannot read. */
  const probe = async (path: string) => (await readMp4Info(path)) ?? probeFile(path, limits);
  const root = resolve(dir);
  const ready = mkdir(root, { recursive: true });
  const newPath = (stem: string, tag: string) => join(root, `${stem}-${tag}-${randomUUID().slice(0, 8)}.mp4`);
  /** Names of our files in the directory (none when it is not there yet). */
  const names = async () => {
    await ready;
    return readdir(root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
  };

  return {
    async save(clipId, body) {
      await ready;
      const path = newPath(clipId, 'src');
      try {
        // Streamed to disk chunk by chunk: a clip never sits whole in memory.
        await pipeline(Readable.from(body), createWriteStream(path));
      } catch (error) {
        // Half a clip is worth nothing (a body over the cap, past the deadline or cancelled),
        // and on a full disk it is what holds the space.
        await rm(path, { force: true });
        throw isDiskFull(error) ? diskFullError(error) : error;
      }
      return path;
    },

    probe,

    check: (path) =>
      checkVideo(path, join(root, `${basename(path, '.mp4')}-thumb-${randomUUID().slice(0, 8)}.jpg`), limits),

    async exists(path) {
      return access(path).then(
        () => true,
        () => false,
      );
    },

    async remove(path) {
      await rm(path, { force: true });
    },

    async discard(clipId, keep) {
      for (const name of await names()) {
        const path = join(root, name);
        if (clipOfFile(name) === clipId && path !== keep) await rm(path, { force: true });
      }
    },

    async clipsWithFiles() {
      const ids = new Set<string>();
      for (const name of await names()) {
        const id = clipOfFile(name);
        if (id) ids.add(id);
      }
      return [...ids];
    },

    async thumbnail(path) {
      await ready;
      const out = join(root, `${basename(path, '.mp4')}-thumb-${randomUUID().slice(0, 8)}.jpg`);
      try {
        const info = await probe(path);
        const at = thumbnailAt(info.durationS);
        const { code, stderr, timedOut } = await runFfmpeg(
          [
            '-y',
            '-ss',
            String(at),
            '-i',
            path,
            '-frames:v',
            '1',
            '-vf',
            `scale=${THUMBNAIL.width}:-2`,
            '-q:v',
            String(THUMBNAIL.quality),
            out,
          ],
          { timeoutMs: ffmpegTimeLimit(limits, { bytes: info.bytes }) },
        );
        // A full disk can leave a truncated JPEG behind an exit code of 0.
        if (code !== 0 || timedOut || ffmpegSaysDiskFull(stderr)) return undefined;
        return new Uint8Array(await readFile(out));
      } catch {
        return undefined;
      } finally {
        await rm(out, { force: true });
      }
    },

    async join(clipId, inputs, options) {
      await ready;
      // Named like a download (`<clipId>-src-…`) so discard() and the start-up sweep find it.
      const out = join(root, `${clipId}${SRC}join-${randomUUID().slice(0, 8)}.mp4`);
      await joinClips(inputs, out, { ...options, limits });
      return out;
    },

    async lastFrame(path) {
      await ready;
      return lastFrameOf(
        path,
        join(root, `${basename(path, '.mp4')}-last-${randomUUID().slice(0, 8)}.png`),
        limits,
      );
    },

    async fitUnder(path, maxBytes) {
      await ready;
      const info = await probe(path);
      if (info.bytes <= maxBytes) return path;
      // Two tries: the bitrate the budget allows, then 80% of it for encoders that overshoot.
      for (const factor of [1, 0.8]) {
        const totalKbps = ((maxBytes * 8 * HEADROOM) / Math.max(info.durationS, 0.1) / 1000) * factor;
        const videoKbps = Math.floor(totalKbps - AUDIO_KBPS);
        if (videoKbps < 50) return undefined;
        // Halve the frame (keeping even dimensions for yuv420p) when the bitrate is too thin.
        const scale = videoKbps < MIN_VIDEO_KBPS ? ['-vf', 'scale=trunc(iw/4)*2:trunc(ih/4)*2'] : [];
        const out = newPath(basename(path, '.mp4'), 'fit');
        const timeoutMs = ffmpegTimeLimit(limits, { bytes: info.bytes, encodeS: info.durationS });
        const { code, stderr, timedOut } = await runFfmpeg(
          [
            '-y',
            '-i',
            path,
            ...scale,
            '-c:v',
            'libx264',
            '-preset',
            'veryfast',
            '-b:v',
            `${videoKbps}k`,
            '-maxrate',
            `${videoKbps}k`,
            '-bufsize',
            `${videoKbps * 2}k`,
            '-pix_fmt',
            'yuv420p',
            '-c:a',
            'aac',
            '-b:a',
            `${AUDIO_KBPS}k`,
            '-movflags',
            '+faststart',
            out,
          ],
          { timeoutMs },
        );
        // No room for the re-encode is not "cannot fit": it is worth another try later. Checked
        // first: ffmpeg 5.1 exits 0 when writing its trailer fails, leaving a truncated file.
        if (ffmpegSaysDiskFull(stderr)) {
          await rm(out, { force: true });
          throw diskFullError();
        }
        // Killed half way: the file is a fragment, and a second try would be killed the same way.
        if (timedOut) {
          await rm(out, { force: true });
          throw mediaTimedOut('fitting a clip under the upload limit', timeoutMs);
        }
        if (code === 0) {
          const fitted = await probe(out);
          if (fitted.bytes <= maxBytes) return out;
        }
        await rm(out, { force: true });
      }
      return undefined;
    },
  };
}
