import { describe, expect, it } from 'vitest';
import { ErrorCode, type ReelbotError } from '../../src/core/errors.ts';
import { IMAGE_MAX_SIDE, intakeImage, sniffImage } from '../../src/media/image.ts';
import { metadataSegments, readJpeg } from '../../src/media/jpeg-segments.ts';
import {
  ffmpegPicture,
  GPS_MARK,
  HTML,
  JPEG_MAGIC_HTML,
  JPEG_MAGIC_PDF,
  jpegThenPdf,
  jpegWithGps,
  overLimit,
  PDF,
  pngWithText,
} from '../helpers/pictures.ts';

/** Cast pictures (issue 16): only real pictures in, re-encoded small with no metadata left. */

const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

function expectClean(bytes: Uint8Array) {
  const layout = readJpeg(bytes);
  expect(layout).toBeDefined();
  expect(metadataSegments(layout!)).toEqual([]);
  const markers = layout!.segments.map((s) => s.marker);
  expect(markers).not.toContain(0xe1); // Exif, XMP
  expect(markers).not.toContain(0xe2); // ICC
  expect(markers).not.toContain(0xfe); // COM
  expect(Math.max(layout!.width, layout!.height)).toBeLessThanOrEqual(IMAGE_MAX_SIDE);
  expect(has(bytes, GPS_MARK)).toBe(false);
  expect(has(bytes, 'Exif')).toBe(false);
  expect(has(bytes, 'Lavc')).toBe(false);
  return layout!;
}

async function refusal(bytes: Uint8Array): Promise<ReelbotError> {
  return (await intakeImage(bytes).then(
    () => expect.unreachable('the file was accepted'),
    (error: unknown) => error,
  )) as ReelbotError;
}

describe('image intake', () => {
  it('the test JPEG really carries Exif GPS, XMP, ICC and a comment', () => {
    const input = jpegWithGps();
    const markers = readJpeg(input)!.segments.map((s) => s.marker);
    expect(markers.filter((m) => m === 0xe1)).toHaveLength(2);
    expect(markers).toContain(0xe2);
    expect(markers).toContain(0xfe);
    expect(has(input, GPS_MARK)).toBe(true);
  });

  it('re-encodes a 1600x1200 JPEG with GPS to a 1024x768 JPEG with no metadata', async () => {
    const out = await intakeImage(jpegWithGps());
    expect(out.mimeType).toBe('image/jpeg');
    const layout = expectClean(out.bytes);
    expect([layout.width, layout.height]).toEqual([1024, 768]);
    expect([out.width, out.height]).toEqual([1024, 768]);
  });

  it('takes a PNG with a tEXt chunk, dropping the text', async () => {
    const input = pngWithText(640, 480);
    expect(has(input, GPS_MARK)).toBe(true);
    const out = await intakeImage(input);
    const layout = expectClean(out.bytes);
    expect([layout.width, layout.height]).toEqual([640, 480]);
  });

  it('takes a WebP, and a portrait picture keeps its shape', async () => {
    const out = await intakeImage(ffmpegPicture('webp', 900, 1800));
    const layout = expectClean(out.bytes);
    expect([layout.width, layout.height]).toEqual([512, 1024]);
  });

  it('takes a phone photo with a trailer after its end (a Motion Photo’s video), dropping it', async () => {
    const trailer = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypmp42', 'latin1'),
      Buffer.alloc(4000, 3),
    ]);
    const out = await intakeImage(Buffer.concat([jpegWithGps(800, 600), trailer]));
    const layout = expectClean(out.bytes);
    expect(layout.trailing).toBe(0);
    expect(has(out.bytes, 'ftypmp42')).toBe(false);
  });

  it('knows formats by their bytes only', () => {
    expect(sniffImage(ffmpegPicture('mjpeg', 32, 32))).toBe('jpeg');
    expect(sniffImage(ffmpegPicture('png', 32, 32))).toBe('png');
    expect(sniffImage(ffmpegPicture('webp', 32, 32))).toBe('webp');
    expect(sniffImage(PDF)).toBeUndefined();
    expect(sniffImage(HTML)).toBeUndefined();
  });

  it.each([
    ['a PDF', () => PDF],
    ['an HTML page', () => HTML],
    ['JPEG magic then a PDF body', () => JPEG_MAGIC_PDF],
    ['JPEG magic then an HTML page', () => JPEG_MAGIC_HTML],
    ['a whole JPEG with a PDF after its end', jpegThenPdf],
    ['a truncated JPEG', () => ffmpegPicture('mjpeg', 64, 64).subarray(0, 300)],
    ['an empty file', () => Buffer.alloc(0)],
  ])('refuses %s as INVALID_IMAGE', async (_name, make) => {
    const error = await refusal(make());
    expect(error.code).toBe(ErrorCode.InvalidImage);
    expect(error.userMessage).toMatch(/JPEG, PNG or WebP/);
  });

  it('refuses a file over 10 MiB before decoding it', async () => {
    const error = await refusal(overLimit());
    expect(error.code).toBe(ErrorCode.ImageTooLarge);
    expect(error.userMessage).toMatch(/at most 10 MiB/);
  });

  it('refuses a small PNG that claims a huge frame', async () => {
    const png = Buffer.from(ffmpegPicture('png', 32, 32));
    png.writeUInt32BE(100_000, 16);
    png.writeUInt32BE(100_000, 20);
    const error = await refusal(png);
    expect(error.code).toBe(ErrorCode.ImageTooLarge);
  });

  it('stops a run that takes longer than its bound', async () => {
    // Starting ffmpeg alone takes longer than 1 ms: the run is killed at the bound and refused.
    const error = await intakeImage(jpegWithGps(), { timeoutMs: 1 }).then(
      () => expect.unreachable('ffmpeg finished within 1 ms'),
      (e: ReelbotError) => e,
    );
    expect(error.code).toBe(ErrorCode.InvalidImage);
  });
});
