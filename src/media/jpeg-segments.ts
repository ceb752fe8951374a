/**
 * A JPEG's marker segments, read in process (ITU-T T.81 annex B, https://www.w3.org/Graphics/JPEG/itu-t81.pdf):
 * enough to prove a file is a JPEG from end to end, to find its frame size, and to prove a
 * re-encoded picture carries no metadata (APP1 Exif/XMP, APP2 ICC, COM).
 */
export interface JpegSegment {
  /** The marker's second byte: 0xe1 is APP1, 0xfe COM, 0xc0 SOF0 and so on. */
  marker: number;
  /** Offset of the segment's payload (after the length field). */
  offset: number;
  /** Payload length in bytes (the length field minus its own two bytes). */
  length: number;
}

export interface JpegLayout {
  segments: JpegSegment[];
  width: number;
  height: number;
  /** Bytes after the End Of Image marker (a polyglot's payload often sits there). */
  trailing: number;
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
/** Markers that stand alone, without a length: TEM and RST0..7. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
/** Start Of Frame markers (SOF0..15 less DHT, JPG and DAC) carry the frame size. */
const isSof = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** The file's segments up to End Of Image, or undefined when it is not a well-formed JPEG. */
export function readJpeg(bytes: Uint8Array): JpegLayout | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return undefined;
  const segments: JpegSegment[] = [];
  let width = 0;
  let height = 0;
  let at = 2;
  let scanned = false;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    // Fill bytes (0xff repeated) may precede a marker.
    while (bytes[at] === 0xff && at < bytes.length) at++;
    const marker = bytes[at++];
    if (marker === undefined) return undefined;
    if (marker === EOI) {
      if (!scanned || width === 0 || height === 0) return undefined;
      return { segments, width, height, trailing: bytes.length - at };
    }
    if (standalone(marker)) continue;
    if (marker === SOI || marker === 0x00) return undefined;
    if (at + 2 > bytes.length) return undefined;
    const length = ((bytes[at]! << 8) | bytes[at + 1]!) - 2;
    if (length < 0 || at + 2 + length > bytes.length) return undefined;
    segments.push({ marker, offset: at + 2, length });
    if (isSof(marker)) {
      if (length < 5) return undefined;
      height = (bytes[at + 3]! << 8) | bytes[at + 4]!;
      width = (bytes[at + 5]! << 8) | bytes[at + 6]!;
    }
    at += 2 + length;
    if (marker === SOS) {
      if (width === 0) return undefined;
      scanned = true;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xff00 or a restart.
      while (at < bytes.length) {
        if (bytes[at] === 0xff) {
          const next = bytes[at + 1];
          if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7) || next === 0xff) {
            at += next === 0xff ? 1 : 2;
            continue;
          }
          break;
        }
        at++;
      }
    }
  }
  return undefined;
}

/** The segment kinds that carry metadata: APP1..APP15 (Exif, XMP, ICC in APP2, Adobe…) and COM. */
export function metadataSegments(layout: JpegLayout): JpegSegment[] {
  return layout.segments.filter((s) => (s.marker >= 0xe1 && s.marker <= 0xef) || s.marker === 0xfe);
}
