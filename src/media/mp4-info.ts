import { open } from 'node:fs/promises';
import type { MediaInfo } from '../core/ports/media.ts';

/** A movie header bigger than this is not a clip's (a 12 s clip's is a few tens of KiB). */
const MOOV_MAX_BYTES = 16 * 2 ** 20;

/**
 * Duration, frame size and streams of an MP4, read from its `moov` box in this process
 * (ISO/IEC 14496-12: mvhd for the duration, each trak's hdlr for its kind and its stsd sample
 * entry for the coded frame size, the size ffmpeg prints). Starting ffmpeg to read the same
 * header costs tens of milliseconds on every delivery, all of it between the provider finishing
 * and the clip being visible. Undefined when the file is not an MP4 this can read, so the caller
 * falls back to ffmpeg.
 */
export async function readMp4Info(path: string): Promise<MediaInfo | undefined> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const header = Buffer.alloc(16);
    let at = 0;
    while (at + 8 <= size) {
      const { bytesRead } = await file.read(header, 0, 16, at);
      if (bytesRead < 8) return undefined;
      let boxSize = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      let headerSize = 8;
      if (boxSize === 1) {
        if (bytesRead < 16) return undefined;
        boxSize = Number(header.readBigUInt64BE(8));
        headerSize = 16;
      } else if (boxSize === 0) {
        boxSize = size - at;
      }
      if (boxSize < headerSize) return undefined;
      if (type === 'moov') {
        const length = boxSize - headerSize;
        if (length > MOOV_MAX_BYTES || at + boxSize > size) return undefined;
        const moov = Buffer.alloc(length);
        await file.read(moov, 0, length, at + headerSize);
        return parseMoov(moov, size);
      }
      at += boxSize;
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    await file.close();
  }
}

/** The child boxes of a container's payload, as [type, payload]. */
function* boxes(data: Buffer): Generator<[string, Buffer]> {
  let at = 0;
  while (at + 8 <= data.length) {
    let size = data.readUInt32BE(at);
    let headerSize = 8;
    if (size === 1) {
      if (at + 16 > data.length) return;
      size = Number(data.readBigUInt64BE(at + 8));
      headerSize = 16;
    } else if (size === 0) {
      size = data.length - at;
    }
    if (size < headerSize || at + size > data.length) return;
    yield [data.toString('latin1', at + 4, at + 8), data.subarray(at + headerSize, at + size)];
    at += size;
  }
}

const child = (data: Buffer, type: string) => {
  for (const [t, payload] of boxes(data)) if (t === type) return payload;
  return undefined;
};

function parseMoov(moov: Buffer, bytes: number): MediaInfo | undefined {
  const mvhd = child(moov, 'mvhd');
  if (!mvhd || mvhd.length < 32) return undefined;
  const v1 = mvhd[0] === 1;
  const timescale = mvhd.readUInt32BE(v1 ? 20 : 12);
  const duration = v1 ? Number(mvhd.readBigUInt64BE(24)) : mvhd.readUInt32BE(16);
  if (!timescale) return undefined;
  let video: { width: number; height: number } | undefined;
  let hasAudio = false;
  for (const [type, trak] of boxes(moov)) {
    if (type !== 'trak') continue;
    const mdia = child(trak, 'mdia');
    if (!mdia) continue;
    const handler = child(mdia, 'hdlr')?.toString('latin1', 8, 12);
    if (handler === 'soun') hasAudio = true;
    if (handler !== 'vide' || video) continue;
    const minf = child(mdia, 'minf');
    const stbl = minf && child(minf, 'stbl');
    const stsd = stbl && child(stbl, 'stsd');
    // stsd: version/flags, entry count, then the first sample entry box; a visual sample entry
    // has 24 bytes of fixed fields before its 16-bit width and height.
    if (stsd && stsd.length >= 8 + 8 + 28) {
      video = { width: stsd.readUInt16BE(8 + 8 + 24), height: stsd.readUInt16BE(8 + 8 + 26) };
    }
  }
  if (!video?.width || !video.height) return undefined;
  return { bytes, durationS: Math.round((duration / timescale) * 100) / 100, ...video, hasAudio };
}
