import { spawnSync } from 'node:child_process';
import { crc32 } from 'node:zlib';

/**
 * Real pictures for the cast tests, made by ffmpeg and then given the metadata a phone adds by
 * hand: an APP1 Exif segment with GPS tags (CIPA DC-008 / TIFF 6.0 layout), an APP2 ICC profile
 * and a COM comment in a JPEG, a tEXt chunk in a PNG. Also the hostile files a member might send.
 */

/** The latitude a phone would write: 48°51'29" N (Paris), found back in the bytes by tests. */
export const GPS_MARK = 'GPSMARK-48.8582N';

export function ffmpegPicture(format: 'mjpeg' | 'png' | 'webp', width = 1600, height = 1200): Buffer {
  const codec = format === 'mjpeg' ? ['-c:v', 'mjpeg', '-pix_fmt', 'yuvj420p'] : [];
  const muxer = format === 'mjpeg' ? 'image2pipe' : format === 'png' ? 'image2pipe' : 'webp';
  const run = spawnSync(
    'ffmpeg',
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      `testsrc=size=${width}x${height}`,
      '-frames:v',
      '1',
      ...codec,
      ...(format === 'png' ? ['-c:v', 'png'] : []),
      '-f',
      muxer,
      'pipe:1',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr.toString()}`);
  return run.stdout;
}

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

/** An Exif APP1 payload whose IFD0 points to a GPS IFD with a latitude and a maker note string. */
export function exifGps(): Buffer {
  const tiff = Buffer.alloc(200);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  // IFD0 at 8: one entry, GPSInfo (0x8825) LONG 1 -> the GPS IFD at 26.
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8825, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18);
  tiff.writeUInt32BE(0, 22);
  // GPS IFD at 26: GPSLatitudeRef 'N', GPSLatitude 3 RATIONALs at 80, GPSMapDatum ASCII at 110.
  tiff.writeUInt16BE(3, 26);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  };
  entry(28, 0x0001, 2, 2, 0x4e000000);
  entry(40, 0x0002, 5, 3, 80);
  entry(52, 0x0012, 2, GPS_MARK.length + 1, 110);
  tiff.writeUInt32BE(0, 64);
  for (const [i, v] of [48, 1, 51, 1, 29, 1].entries()) tiff.writeUInt32BE(v, 80 + i * 4);
  tiff.write(`${GPS_MARK}\0`, 110, 'latin1');
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/** A JPEG carrying Exif GPS (APP1), XMP (APP1), an ICC profile (APP2) and a comment (COM). */
export function jpegWithGps(width = 1600, height = 1200): Buffer {
  const jpeg = ffmpegPicture('mjpeg', width, height);
  const xmp = Buffer.from(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="${GPS_MARK}"/></rdf:RDF></x:xmpmeta>`,
    'latin1',
  );
  const icc = Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.alloc(128, 7)]);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    segment(0xe1, exifGps()),
    segment(0xe1, xmp),
    segment(0xe2, icc),
    segment(0xfe, Buffer.from(`shot at ${GPS_MARK}`, 'latin1')),
    jpeg.subarray(2),
  ]);
}

/** A PNG with a tEXt chunk after IHDR (https://www.w3.org/TR/png-3/#11tEXt). */
export function pngWithText(width = 640, height = 480): Buffer {
  const png = ffmpegPicture('png', width, height);
  const data = Buffer.from(`Comment\0${GPS_MARK}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const afterIhdr = 8 + 25;
  return Buffer.concat([png.subarray(0, afterIhdr), chunk, png.subarray(afterIhdr)]);
}

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
export const HTML = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>',
  'latin1',
);

/** Starts like a JPEG (SOI + an APP0 marker), then a PDF body. */
export const JPEG_MAGIC_PDF = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), PDF]);
/** Starts like a JPEG, then an HTML page. */
export const JPEG_MAGIC_HTML = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), HTML]);
/** A whole, decodable JPEG with a PDF after its end: opens as either. */
export const jpegThenPdf = () => Buffer.concat([ffmpegPicture('mjpeg', 64, 64), PDF]);
/** Over 10 MiB: a valid JPEG padded with a long comment run is still refused by its size. */
export const overLimit = () => {
  const jpeg = ffmpegPicture('mjpeg', 64, 64);
  return Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024 + 1 - jpeg.length + 1)]);
};
