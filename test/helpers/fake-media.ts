import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { access, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { MediaTool } from '../../src/core/ports/media.ts';
import { clipOfFile } from '../../src/media/clip-files.ts';

/** A MediaTool without ffmpeg for core unit tests: files are real, "video" facts are fixed. */
export function createFakeMedia(options: { shrinkTo?: number } = {}): MediaTool & {
  fits: number;
  dir: string;
  joins: { clipId: string; inputs: string[]; transition: 'cut' | 'fade' }[];
  lastFrames: string[];
} {
  const dir = mkdtempSync(join(tmpdir(), 'reelbot-fake-media-'));
  const media = {
    fits: 0,
    /** Every join asked for, with its inputs' contents read at the time (for assertions). */
    joins: [] as { clipId: string; inputs: string[]; transition: 'cut' | 'fade' }[],
    /** The contents of every file whose last frame was read. */
    lastFrames: [] as string[],
    /** Where its files are (a test can check none is left). */
    dir,
    async save(clipId: string, body: AsyncIterable<Uint8Array>) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body) chunks.push(chunk);
      // Named as the real tool names them, so discard() and the start-up sweep find them.
      const path = join(dir, `${clipId}-src-${randomUUID()}.mp4`);
      await writeFile(path, Buffer.concat(chunks));
      return path;
    },
    async probe(path: string) {
      const { size } = await stat(path);
      return { bytes: size, durationS: 4, width: 1280, height: 720, hasAudio: true };
    },
    /** Like the real check, refuses a body that is a web page (starts with `<`) as INVALID_VIDEO. */
    async check(path: string) {
      if ((await readFile(path)).subarray(0, 1).toString() === '<') {
        throw new ReelbotError(ErrorCode.InvalidVideo, 'Not a video.', { retryable: true });
      }
      return { info: await media.probe(path) };
    },
    async exists(path: string) {
      return access(path).then(
        () => true,
        () => false,
      );
    },
    async remove(path: string) {
      await rm(path, { force: true });
    },
    async discard(clipId: string, keep?: string) {
      for (const name of await readdir(dir)) {
        if (clipOfFile(name) === clipId && join(dir, name) !== keep)
          await rm(join(dir, name), { force: true });
      }
    },
    async clipsWithFiles() {
      return [...new Set((await readdir(dir)).map(clipOfFile).filter((id) => id !== undefined))];
    },
    /** Concatenates the inputs' bytes (enough to tell which shots, in which order, were joined). */
    async join(clipId: string, inputs: readonly string[], options: { transition: 'cut' | 'fade' }) {
      const parts = await Promise.all(inputs.map((p) => readFile(p)));
      media.joins.push({ clipId, inputs: parts.map((b) => b.toString()), transition: options.transition });
      const path = join(dir, `${clipId}-join-${randomUUID()}.mp4`);
      await writeFile(path, Buffer.concat(parts));
      return path;
    },
    /** The "frame" is the file's own bytes, so a test sees which clip a shot started from. */
    async lastFrame(path: string) {
      const bytes = await readFile(path);
      media.lastFrames.push(bytes.toString());
      return new Uint8Array(bytes);
    },
    async fitUnder(path: string, maxBytes: number) {
      media.fits++;
      if (options.shrinkTo === undefined || options.shrinkTo > maxBytes) return undefined;
      const out = `${path}.fit.mp4`;
      await writeFile(out, Buffer.alloc(options.shrinkTo));
      return out;
    },
  };
  return media;
}
