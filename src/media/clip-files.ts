/**
 * Every file made for a clip is named `<clipId>-src-…`: the download is `<clipId>-src-<rand>.mp4`
 * and what is made from it (re-encodes, thumbnails) adds to that name, so the clip a file
 * belongs to is whatever precedes the last `-src-` (random parts are hex and never contain it).
 */
export const SRC = '-src-';

/** The clip a file in the media directory belongs to, or undefined for a name we did not give. */
export function clipOfFile(name: string): string | undefined {
  const at = name.lastIndexOf(SRC);
  return at > 0 ? name.slice(0, at) : undefined;
}
