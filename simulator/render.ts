import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../src/core/ports/logger.ts';
import { ensureFfmpeg, ffmpegPath } from '../src/media/ffmpeg.ts';

/**
 * Real MP4s from ffmpeg's lavfi sources: a moving test pattern tinted per prompt, the prompt drawn
 * over it, and a beeping sine sound track, encoded small (ultrafast, CRF 30, AAC) because a
 * simulated load test may ask for a thousand. Identical (prompt, size, seconds) requests share
 * one file, and ffmpeg runs are capped (renders are CPU-bound; CI machines have two cores).
 */

export interface RenderSpec {
  prompt: string;
  /** WIDTHxHEIGHT. */
  size: string;
  seconds: string;
  /** The first frame's SHA-256 (Renderer.keepImage): the picture fills the first second. */
  imageSha256?: string;
  /** A reference picture's key (Renderer.keepReference): drawn as an inset in the frames' corner. */
  reference?: string;
}

/** How long a first-frame picture is shown at the start of a simulated video. */
export const FIRST_FRAME_S = 1;

/** A reference picture as a simulated API received it, decoded from the request. */
export interface ReceivedReference {
  api: string;
  endpoint: string;
  bytes: Uint8Array;
}

/** The most received pictures remembered for tests (oldest dropped first). */
const RECEIVED_MAX = 100;

export type Variant = 'video' | 'thumbnail' | 'spritesheet';

export const CONTENT_TYPES: Record<Variant, string> = {
  video: 'video/mp4',
  thumbnail: 'image/webp',
  spritesheet: 'image/jpeg',
};
const EXTENSIONS: Record<Variant, string> = { video: 'mp4', thumbnail: 'webp', spritesheet: 'jpg' };

const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/noto/NotoSans-Regular.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/Library/Fonts/Arial.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
];

let fontLookup: Promise<string | null> | undefined;
/** The first readable font; null means renders go without the prompt overlay. */
export function findFont(): Promise<string | null> {
  fontLookup ??= (async () => {
    for (const path of FONT_CANDIDATES) {
      try {
        await access(path);
        return path;
      } catch {}
    }
    return null;
  })();
  return fontLookup;
}

/**
 * Escape a value for a filter option inside a filtergraph: first the option level (`\ ' :`), then
 * the graph level (`\ ' [ ] , ;`), as ffmpeg-filters(1) "Notes on filtergraph escaping" describes.
 */
export function escapeFilterValue(value: string): string {
  const option = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return option.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

/** The prompt as at most `maxLines` lines of `width` characters, cut with an ellipsis. */
export function wrapText(text: string, width: number, maxLines: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const raw of words) {
    const word = raw.length > width ? `${raw.slice(0, width - 1)}…` : raw;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const cut = lines.length === maxLines && lines.join(' ').length < text.replace(/\s+/g, ' ').trim().length;
  if (cut) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, width - 1)}…`;
  return lines.join('\n');
}

function dimensions(size: string): { width: number; height: number } {
  const [width, height] = size.split('x').map(Number);
  return { width: width ?? 1280, height: height ?? 720 };
}

export class Renderer {
  readonly #mediaDir: string;
  readonly #logger: Logger;
  readonly #maxConcurrent: number;
  #running = 0;
  readonly #waiting: Array<{ start: () => void; cancel: (error: Error) => void }> = [];
  readonly #assets = new Map<string, Promise<string>>();
  readonly #images = new Map<string, Promise<void>>();
  readonly #children = new Set<ChildProcess>();
  #closed = false;
  /** Video renders run (cache hits excluded). */
  renders = 0;
  /** Reference pictures received, by key, for the renders that use them. */
  readonly #references = new Map<string, Uint8Array>();
  /** Every reference picture received, as received (what a test parses to prove it clean). */
  readonly received: ReceivedReference[] = [];

  /**
   * Keep a reference picture a request carried and return its key (its SHA-256), which joins the
   * render's cache key: the same prompt with another face is another video.
   */
  keepReference(api: string, endpoint: string, bytes: Uint8Array): string {
    const key = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
    this.#references.set(key, bytes);
    this.received.push({ api, endpoint, bytes });
    if (this.received.length > RECEIVED_MAX) this.received.shift();
    return key;
  }

  constructor(options: { mediaDir: string; logger: Logger; maxConcurrent: number }) {
    this.#mediaDir = options.mediaDir;
    this.#logger = options.logger;
    this.#maxConcurrent = Math.max(1, options.maxConcurrent);
  }

  static keyOf(spec: RenderSpec): string {
    return createHash('sha256')
      .update(
        `${spec.prompt}\0${spec.size}\0${spec.seconds}\0${spec.imageSha256 ?? ''}${spec.reference ? `\0${spec.reference}` : ''}`,
      )
      .digest('hex')
      .slice(0, 32);
  }

  /**
   * Keep a first-frame picture on disk under its SHA-256 (returned, hex) for the renders that
   * show it; a render waits for the write. Written once per distinct picture.
   */
  keepImage(bytes: Uint8Array): string {
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (!this.#images.has(sha)) {
      const write = writeFile(this.#imagePath(sha), bytes);
      write.catch(() => this.#images.delete(sha));
      this.#images.set(sha, write);
    }
    return sha;
  }

  #imagePath(sha: string): string {
    return join(this.#mediaDir, `sim-img-${sha.slice(0, 32)}`);
  }

  /** The file for a variant, rendering (or joining a render in progress) when needed. */
  asset(spec: RenderSpec, variant: Variant): Promise<string> {
    const key = `${Renderer.keyOf(spec)}.${EXTENSIONS[variant]}`;
    let pending = this.#assets.get(key);
    if (!pending) {
      const path = join(this.#mediaDir, `sim-${key}`);
      pending = variant === 'video' ? this.#renderVideo(spec, path) : this.#derive(spec, variant, path);
      this.#assets.set(key, pending);
      // A failed render is forgotten so an identical request later tries again.
      pending.catch(() => this.#assets.delete(key));
    }
    return pending;
  }

  /** Kill running ffmpeg processes and drop queued ones; resolves once they have cleaned up. */
  async close(): Promise<void> {
    this.#closed = true;
    const renders = [...this.#assets.values()];
    for (const waiting of this.#waiting.splice(0)) waiting.cancel(new Error('simulator closed'));
    const exits = [...this.#children].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('close', () => resolve());
          child.kill('SIGKILL');
        }),
    );
    await Promise.all(exits);
    // A killed render still removes its text and partial files as it unwinds: wait for that, so
    // whoever closed the simulator finds no temp file left in mediaDir, and a simulator started
    // next on the same folder (an app restarted in-process) has none removed under its render.
    await Promise.allSettled(renders);
  }

  async #renderVideo(spec: RenderSpec, path: string): Promise<string> {
    const { width, height } = dimensions(spec.size);
    const seconds = Number(spec.seconds);
    const hash = createHash('sha256').update(spec.prompt).digest();
    const hue = (hash[0]! * 256 + hash[1]!) % 360;
    const frequency = 220 + (hash[2]! % 8) * 55;
    const filters = [`hue=h=${hue}`];
    const font = await findFont();
    const textPath = `${path}.txt`;
    const fontSize = Math.max(12, Math.round(Math.min(width, height) / 18));
    if (font) {
      // textfile= (not text=) so no prompt character can break the filter; expansion=none keeps % literal.
      filters.push(
        [
          `drawtext=fontfile=${escapeFilterValue(font)}`,
          `textfile=${escapeFilterValue(textPath)}`,
          'expansion=none',
          `fontsize=${fontSize}`,
          'fontcolor=white',
          `line_spacing=${Math.round(fontSize / 4)}`,
          'box=1',
          'boxcolor=black@0.55',
          `boxborderw=${Math.round(fontSize / 2)}`,
          'x=(w-text_w)/2',
          `y=h-text_h-${Math.round(height / 12)}`,
        ].join(':'),
      );
    }
    // A first frame is scaled over the pattern for the first second, so a test (or a person) sees
    // the video began from it; a restarted simulator finds it on disk under its hash. A reference
    // picture (a member's likeness) is composited as an inset in the top right corner, a quarter of
    // the frame's width, so the studio shows it was used.
    const image = spec.imageSha256 ? this.#imagePath(spec.imageSha256) : undefined;
    if (spec.imageSha256) await this.#images.get(spec.imageSha256);
    const reference = spec.reference ? this.#references.get(spec.reference) : undefined;
    const referencePath = `${path}.ref.jpg`;
    const inset = Math.max(16, Math.round(width / 4 / 2) * 2);
    const margin = Math.round(Math.min(width, height) / 24);
    const pictures: string[] = [];
    const graph = [`[0:v]${filters.join(',')}[base]`];
    let last = 'base';
    if (image) {
      pictures.push('-loop', '1', '-t', String(FIRST_FRAME_S), '-i', image);
      graph.push(
        `[2:v]scale=${width}:${height},format=yuv420p[pic]`,
        `[${last}][pic]overlay=enable='lt(t,${FIRST_FRAME_S})'[first]`,
      );
      last = 'first';
    }
    if (reference) {
      pictures.push('-i', referencePath);
      graph.push(
        `[${image ? 3 : 2}:v]scale=${inset}:-2[inset]`,
        `[${last}][inset]overlay=W-w-${margin}:${margin}:eof_action=repeat[withref]`,
      );
      last = 'withref';
    }
    const video =
      pictures.length > 0
        ? [
            ...pictures,
            '-filter_complex',
            `${graph.join(';')};[${last}]null[v]`,
            '-map',
            '[v]',
            '-map',
            '1:a',
          ]
        : ['-vf', filters.join(',')];
    const args = [
      ...['-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=24:duration=${seconds}`],
      ...[
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=${frequency}:beep_factor=2:sample_rate=44100:duration=${seconds}`,
      ],
      ...video,
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '30', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-b:a', '64k'],
      ...['-movflags', '+faststart', '-shortest', '-f', 'mp4'],
    ];
    // The text file is written once a slot is free, so a long render queue leaves no files lying about.
    const prepare = async () => {
      this.renders++;
      const perLine = Math.max(8, Math.floor((width * 0.85) / (fontSize * 0.62)));
      if (font) await writeFile(textPath, wrapText(spec.prompt, perLine, 4));
      if (reference) await writeFile(referencePath, reference);
    };
    try {
      await this.#ffmpeg(args, path, prepare);
    } finally {
      if (font) await rm(textPath, { force: true });
      if (reference) await rm(referencePath, { force: true });
    }
    this.#logger.debug({ size: spec.size, seconds, path }, 'simulator rendered a video');
    return path;
  }

  async #derive(spec: RenderSpec, variant: 'thumbnail' | 'spritesheet', path: string): Promise<string> {
    const video = await this.asset(spec, 'video');
    const seconds = Number(spec.seconds);
    const { width } = dimensions(spec.size);
    const args =
      variant === 'thumbnail'
        ? [
            ...['-ss', String(Math.min(1, seconds / 2)), '-i', video, '-frames:v', '1'],
            ...['-vf', `scale=${Math.min(640, width)}:-2`, '-c:v', 'libwebp', '-quality', '75', '-f', 'webp'],
          ]
        : [
            // Ten frames spread over the clip, 160 px wide, in a 5x2 grid.
            ...['-i', video, '-frames:v', '1'],
            ...['-vf', `fps=${(9.5 / seconds).toFixed(4)},scale=160:-2,tile=5x2`, '-q:v', '5', '-f', 'mjpeg'],
          ];
    await this.#ffmpeg(args, path);
    return path;
  }

  /** Run ffmpeg in a concurrency slot, writing to a temp name renamed into place on success. */
  async #ffmpeg(args: string[], path: string, prepare?: () => Promise<void>): Promise<void> {
    await ensureFfmpeg();
    await this.#acquire();
    const partial = `${path}.${process.pid}.part`;
    try {
      await prepare?.();
      await this.#spawn(['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args, partial]);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      if (!this.#closed)
        this.#logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          'simulator ffmpeg failed',
        );
      throw error;
    } finally {
      this.#release();
    }
  }

  #spawn(args: string[]): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('simulator closed'));
    return new Promise((resolve, reject) => {
      const child = spawn(ffmpegPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      this.#children.add(child);
      let stderr = '';
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (text: string) => {
        stderr = (stderr + text).slice(-2000);
      });
      child.once('error', reject);
      child.once('close', (code, signal) => {
        this.#children.delete(child);
        if (code === 0) resolve();
        else reject(new Error(`ffmpeg exited with ${signal ?? code}: ${stderr.trim()}`));
      });
    });
  }

  #acquire(): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('simulator closed'));
    if (this.#running < this.#maxConcurrent) {
      this.#running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      this.#waiting.push({
        start: () => {
          this.#running++;
          resolve();
        },
        cancel: reject,
      });
    });
  }

  #release(): void {
    this.#running--;
    this.#waiting.shift()?.start();
  }
}
