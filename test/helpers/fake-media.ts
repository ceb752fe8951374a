import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { access, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { MediaTool } from '../../src/core/ports/media.ts';
import { clipOfFile } from '../../src/media/clip-files.ts';

/** A MediaTool without ffmpeg for core unit tests: files are real, "video" facts are fixed. */
export function createFakeMedia(
  options: { shrinkTo?: number } = {},
): MediaTool & { fits: number; dir: string; joins: { inputs: string[]; transition: 'cut' | 'fade' }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'reelbot-fake-media-'));
  const media = {
    fits: 0,
    /** Every join asked for, in order (a test counts them and checks what was joined). */
    joins: [] as { inputs: string[]; transition: 'cut' | 'fade' }[],
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
    async fitUnder(path: string, maxBytes: number) {
      media.fits++;
      if (options.shrinkTo === undefined || options.shrinkTo > maxBytes) return undefined;
      const out = `${path}.fit.mp4`;
      await writeFile(out, Buffer.alloc(options.shrinkTo));
      return out;
    },
    /** The inputs' bytes one after another, in a file named as the real tool names a join. */
    async join(clipId: string, inputs: readonly string[], options: { transition: 'cut' | 'fade' }) {
      media.joins.push({ inputs: [...inputs], transition: options.transition });
      const path = join(dir, `${clipId}-src-join-${randomUUID()}.mp4`);
      await writeFile(path, Buffer.concat(await Promise.all(inputs.map((input) => readFile(input)))));
      return path;
    },
    /** A PNG signature and the file's hash: different clips give different "frames". */
    async lastFrame(path: string) {
      const digest = createHash('sha256')
        .update(await readFile(path))
        .digest();
      return new Uint8Array(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), digest]));
    },
  };
  return media;
}
