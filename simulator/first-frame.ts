import { type BodyValue, isBodyObject, isUploadedFile } from './body.ts';

/** `data:image/png;base64,…` as the three APIs accept it in their image fields. */
const DATA_URI = /^data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=\s]+)$/i;

/**
 * The picture bytes a request carries inline: an uploaded file part (OpenAI's multipart
 * `input_reference`), a base64 data URI string (fal's `image_url`, Runway's `promptImage`), or an
 * object holding one (`input_reference[image_url]`). Undefined for a link or nothing: a link is
 * not fetched (the simulator never goes out to the network).
 */
export function inlineImage(value: BodyValue | undefined): Uint8Array | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUploadedFile(value)) return value.bytes;
  if (isBodyObject(value)) return inlineImage(value.image_url);
  if (typeof value !== 'string') return undefined;
  const base64 = DATA_URI.exec(value)?.[1];
  return base64 ? new Uint8Array(Buffer.from(base64, 'base64')) : undefined;
}

/** Width and height of a PNG from its IHDR chunk (https://www.w3.org/TR/png-3/#11IHDR); undefined for other formats. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
