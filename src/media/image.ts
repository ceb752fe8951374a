import { spawn } from 'node:child_process';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import { ensureFfmpeg, ffmpegPath } from './ffmpeg.ts';
import { metadataSegments, readJpeg } from './jpeg-segments.ts';

/** The most bytes a picture may have on the way in. */
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** The long side of a stored picture, in pixels. */
export const IMAGE_MAX_SIDE = 1024;
/** Decoded pixels a picture may have (50 MP): a small file that decodes to a huge frame is refused. */
export const IMAGE_MAX_PIXELS = 50_000_000;
/** One picture decodes and encodes in well under a second; a run this long is stuck or hostile. */
export const IMAGE_TIMEOUT_MS = 15_000;
/** A re-encoded 1024 px JPEG is a few hundred KiB; more from ffmpeg's stdout means something is wrong. */
const OUTPUT_MAX_BYTES = 4 * 1024 * 1024;

export type ImageKind = 'jpeg' | 'png' | 'webp';

/** A picture made safe to keep and to send: a JPEG with no metadata, at most 1024 px. */
export interface CleanImage {
  bytes: Uint8Array;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * What the bytes are, by their magic numbers only (never the file's name or declared type):
 * JPEG FF D8 FF (T.81 annex B), PNG's eight-byte signature (https://www.w3.org/TR/png-3/#5PNG-file-signature),
 * WebP's RIFF....WEBP header (https://developers.google.com/speed/webp/docs/riff_container).
 */
export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return undefined;
}

/** Markers of a document hiding in a picture: a PDF header or an HTML/SVG page. */
const FOREIGN = [/%PDF-/, /<(?:!doctype|html|script|svg|body|iframe)\b/i];

const notAnImage = (detail: string) =>
  new ReelbotError(ErrorCode.InvalidImage, msg('error.image.invalid'), {
    message: `image refused: ${detail}`,
  });

/**
 * A structural check before ffmpeg sees the bytes: a JPEG must parse from SOI to EOI, a PNG must start with IHDR, a WebP's RIFF size must match; and no part of the file may
 * read as a PDF or an HTML page (a polyglot that a browser or a PDF reader would open as one).
 */
function checkStructure(bytes: Uint8Array, kind: ImageKind): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const pattern of FOREIGN) if (pattern.test(text)) throw notAnImage(`foreign content ${pattern}`);
  if (kind === 'jpeg') {
    const layout = readJpeg(bytes);
    if (!layout) throw notAnImage('JPEG magic but not a well-formed JPEG');
    // Bytes after EOI are common in phone photos (a Motion Photo's MP4, a vendor trailer) and are
    // dropped by the re-encode; a document hiding there was refused by the scan above.
    checkPixels(layout.width, layout.height);
  } else if (kind === 'png') {
    // IHDR must come first (https://www.w3.org/TR/png-3/#11IHDR): length 13, then width, height.
    if (!startsWith(bytes, ascii('IHDR'), 12)) throw notAnImage('PNG without a leading IHDR');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    checkPixels(view.getUint32(16), view.getUint32(20));
  } else {
    // The RIFF chunk size counts everything after its own eight bytes.
    const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
    if (size + 8 !== bytes.length && size + 9 !== bytes.length)
      throw notAnImage('WebP RIFF size does not match');
  }
}

function checkPixels(width: number, height: number): void {
  if (width === 0 || height === 0) throw notAnImage('zero-sized picture');
  if (width * height > IMAGE_MAX_PIXELS) {
    throw new ReelbotError(ErrorCode.ImageTooLarge, msg('error.image.tooManyPixels', { width, height }), {
      message: `image refused: ${width}x${height} pixels`,
    });
  }
}

/** ffmpeg's demuxer for each kind, named so it never guesses the format from the content. */
const DEMUXER: Record<ImageKind, string> = { jpeg: 'jpeg_pipe', png: 'png_pipe', webp: 'webp_pipe' };

/**
 * Take a picture from outside: only JPEG, PNG or WebP by its bytes, at most 10 MiB; decoded and
 * re-encoded by ffmpeg (bounded in time) to a JPEG of at most 1024 px on the long side with every
 * piece of metadata dropped (`-map_metadata -1`; the `sidedata` filter drops ICC profiles,
 * https://ffmpeg.org/ffmpeg-filters.html#sidedata_002c-asidedata; `-fflags +bitexact` keeps the
 * encoder's own comment out, https://ffmpeg.org/ffmpeg-formats.html#Format-Options), then checked again in
 * process: a JPEG with no APP1 (Exif, XMP), APP2 (ICC) or COM segment, or it is refused.
 */
export async function intakeImage(
  bytes: Uint8Array,
  options: { timeoutMs?: number } = {},
): Promise<CleanImage> {
  if (bytes.byteLength > IMAGE_MAX_BYTES) {
    throw new ReelbotError(
      ErrorCode.ImageTooLarge,
      msg('error.image.tooManyBytes', { mib: bytes.byteLength / 1024 / 1024 }),
      { message: `image refused: ${bytes.byteLength} bytes` },
    );
  }
  const kind = sniffImage(bytes);
  if (!kind) throw notAnImage('no JPEG, PNG or WebP signature');
  checkStructure(bytes, kind);
  const out = await reencode(bytes, kind, options.timeoutMs ?? IMAGE_TIMEOUT_MS);
  const layout = readJpeg(out);
  if (!layout) throw notAnImage(`ffmpeg could not make a JPEG of the ${kind}`);
  const left = metadataSegments(layout);
  if (left.length > 0 || layout.trailing > 0) {
    throw new ReelbotError(ErrorCode.Internal, msg('error.image.prepare'), {
      message: `re-encoded image still has metadata segments: ${left.map((s) => s.marker.toString(16)).join(',')}`,
    });
  }
  if (Math.max(layout.width, layout.height) > IMAGE_MAX_SIDE) {
    throw new ReelbotError(ErrorCode.Internal, msg('error.image.prepare'), {
      message: `re-encoded image is ${layout.width}x${layout.height}`,
    });
  }
  return { bytes: out, mimeType: 'image/jpeg', width: layout.width, height: layout.height };
}

async function reencode(bytes: Uint8Array, kind: ImageKind, timeoutMs: number): Promise<Uint8Array> {
  await ensureFfmpeg();
  const side = IMAGE_MAX_SIDE;
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-max_pixels',
    String(IMAGE_MAX_PIXELS),
    '-f',
    DEMUXER[kind],
    '-i',
    'pipe:0',
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-vf',
    // The decoder hands an ICC profile on as frame side data, which the MJPEG encoder writes back
    // as APP2 (seen on ffmpeg 5.1): delete every piece of side data before encoding.
    `sidedata=mode=delete,scale='min(${side},iw)':'min(${side},ih)':force_original_aspect_ratio=decrease,format=yuvj420p`,
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-c:v',
    'mjpeg',
    '-q:v',
    '3',
    '-f',
    'image2pipe',
    'pipe:1',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failed: ReelbotError | undefined;
    const timer = setTimeout(() => {
      failed = notAnImage(`ffmpeg took longer than ${timeoutMs} ms`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > OUTPUT_MAX_BYTES) {
        failed = notAnImage('ffmpeg output over the bound');
        child.kill('SIGKILL');
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    // ffmpeg may stop reading early on a broken input; that is its answer, not ours to raise.
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failed) return reject(failed);
      if (code !== 0 || size === 0)
        return reject(notAnImage(`ffmpeg exit ${code}: ${stderr.trim().slice(0, 300)}`));
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}
