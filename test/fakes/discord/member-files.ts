import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Files members attach to a slash command (an attachment option), served from the fake CDN as
 * Discord serves them: a signed URL whose `ex` (expiry) and `is` (issue time), unix seconds in
 * hex, are covered by the `hm` signature; a URL without them, tampered or expired answers 404
 * (https://discord.com/developers/docs/reference#signed-attachment-cdn-urls). Each serving is
 * counted in bytes, so a test can prove a file was never downloaded.
 */
export interface MemberFile {
  id: string;
  filename: string;
  contentType: string;
  data: Uint8Array;
  /** Bytes of this file sent to anyone, over all requests. */
  servedBytes: number;
  requests: number;
}

/** Signed CDN links live about 24 hours. */
const LIFETIME_S = 24 * 60 * 60;

export class MemberFiles {
  readonly #files = new Map<string, MemberFile>();
  readonly #secret = randomBytes(32);

  /** Store a file; returns the signed path (without origin) to put in the attachment's `url`. */
  add(channelId: string, id: string, file: Omit<MemberFile, 'id' | 'servedBytes' | 'requests'>): string {
    this.#files.set(id, { id, ...file, servedBytes: 0, requests: 0 });
    const issued = Math.floor(Date.now() / 1000);
    const ex = (issued + LIFETIME_S).toString(16);
    const is = issued.toString(16);
    const name = encodeURIComponent(file.filename);
    return `/attachments/${channelId}/${id}/${name}?ex=${ex}&is=${is}&hm=${this.#sign(id, ex, is)}`;
  }

  get(id: string): MemberFile | undefined {
    return this.#files.get(id);
  }

  all(): MemberFile[] {
    return [...this.#files.values()];
  }

  /** Serve `GET /attachments/<channel>/<id>/<name>?ex&is&hm`; false when the path is not one of ours. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const match = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(url.pathname);
    const file = match ? this.#files.get(match[1]!) : undefined;
    if (!file) return false;
    const ex = url.searchParams.get('ex') ?? '';
    const is = url.searchParams.get('is') ?? '';
    const hm = url.searchParams.get('hm') ?? '';
    const valid =
      /^[0-9a-f]{1,12}$/.test(ex) &&
      /^[0-9a-f]{1,12}$/.test(is) &&
      hm === this.#sign(file.id, ex, is) &&
      Number.parseInt(ex, 16) * 1000 > Date.now();
    if (req.method !== 'GET' || !valid) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('This content is no longer available.');
      return true;
    }
    file.requests++;
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.data.byteLength });
    // Count what actually left, so a reader that stops early is seen stopping early.
    let offset = 0;
    const chunk = 64 * 1024;
    const pump = () => {
      while (offset < file.data.byteLength) {
        const part = file.data.subarray(offset, offset + chunk);
        offset += part.byteLength;
        file.servedBytes += part.byteLength;
        if (!res.write(part)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
    return true;
  }

  #sign(id: string, ex: string, is: string): string {
    return createHmac('sha256', this.#secret).update(`${id}:${ex}:${is}`).digest('hex');
  }
}
