import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseBody } from '../../simulator/body.ts';
import { routeOf } from '../../simulator/fal/wire.ts';

/**
 * A malicious video provider on loopback (issue 12's drill): an OpenAI-compatible /v1/videos and
 * an imitation of fal's queue API (whose results name a video URL the adapter follows). Each clip
 * says in its prompt, `[hostile:<kind>]`, what it gets instead of a video:
 *
 * - `huge`: a 1 GiB body, made lazily 64 KiB at a time, never allocated;
 * - `trickle`: one byte, then one more every 20 s;
 * - `redirect`: the content download answers 302 to the internal listener;
 * - `hls`: an HLS playlist naming a local MP4;
 * - `moov`: an HTML page inside an MP4 `moov` box;
 * - `fal-url`: (fal) a result whose video URL is on the internal listener's port;
 * - `fal-redirect`: (fal) a result whose video URL is on this server, redirecting to the internal one;
 * - `normal`: a real MP4, rendered only once the trickle download has begun.
 */

export type Hostility =
  | 'huge'
  | 'trickle'
  | 'redirect'
  | 'hls'
  | 'moov'
  | 'fal-url'
  | 'fal-redirect'
  | 'normal';

export interface HostileStats {
  /** Bytes of the 1 GiB body written before the bot hung up. */
  hugeBytesSent: number;
  trickleStarted: boolean;
  /** Trickling responses the bot closed (rather than leaving them to trickle on). */
  trickleClosedByBot: number;
  /** Content requests per kind. */
  downloads: Partial<Record<Hostility, number>>;
}

export interface HostileProvider {
  /** The OpenAI-compatible base URL (`…/v1`). */
  url: string;
  /** Stands in for https://queue.fal.run. */
  falUrl: string;
  stats: HostileStats;
  close(): Promise<void>;
}

const GiB = 2 ** 30;
const TRICKLE_EVERY_MS = 20_000;

const kindOf = (text: string): Hostility =>
  (/\[hostile:([a-z-]+)\]/.exec(text)?.[1] as Hostility | undefined) ?? 'normal';

/** The request's prompt, from JSON or (the SDK's videos.create) multipart form data. */
async function promptOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = await parseBody(Buffer.concat(chunks), req.headers['content-type']);
  return typeof body.prompt === 'string' ? body.prompt : '';
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const box = (type: string, payload: Buffer) => {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
};

export async function startHostileProvider(options: {
  /** Where the internal listener is: the address no provider URL may lead the bot to. */
  internalOrigin: string;
  /** A real MP4 on this machine: the normal clip, and what the playlist names. */
  goodMp4: string;
}): Promise<HostileProvider> {
  const stats: HostileStats = {
    hugeBytesSent: 0,
    trickleStarted: false,
    trickleClosedByBot: 0,
    downloads: {},
  };
  const good = await readFile(options.goodMp4);
  const internalVideo = `${options.internalOrigin}/video.mp4`;
  let origin = '';
  let seq = 0;

  const ready = (kind: Hostility) => kind !== 'normal' || stats.trickleStarted;
  const video = (id: string, kind: Hostility) => ({
    id,
    object: 'video',
    model: 'sora-2',
    status: ready(kind) ? 'completed' : 'in_progress',
    progress: ready(kind) ? 100 : 50,
    created_at: Math.floor(Date.now() / 1000),
    seconds: '4',
    size: '1280x720',
  });

  function content(res: ServerResponse, kind: Hostility): void {
    stats.downloads[kind] = (stats.downloads[kind] ?? 0) + 1;
    switch (kind) {
      case 'huge': {
        res.writeHead(200, { 'content-type': 'video/mp4' });
        const chunk = Buffer.alloc(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < GiB && !res.destroyed) {
            sent += chunk.length;
            stats.hugeBytesSent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
        return;
      }
      case 'trickle': {
        res.writeHead(200, { 'content-type': 'video/mp4' });
        res.write(Buffer.from([0]));
        stats.trickleStarted = true;
        const timer = setInterval(() => res.write(Buffer.from([0])), TRICKLE_EVERY_MS);
        res.on('close', () => {
          clearInterval(timer);
          if (!res.writableFinished) stats.trickleClosedByBot++;
        });
        return;
      }
      case 'redirect':
        res.writeHead(302, { location: internalVideo });
        res.end();
        return;
      case 'hls':
        res.writeHead(200, { 'content-type': 'video/mp4' });
        res.end(`#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\n${options.goodMp4}\n#EXT-X-ENDLIST\n`);
        return;
      case 'moov': {
        const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));
        const page = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
        res.writeHead(200, { 'content-type': 'video/mp4' });
        res.end(Buffer.concat([ftyp, box('moov', page)]));
        return;
      }
      default:
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(good.length) });
        res.end(good);
    }
  }

  async function openai(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'POST' && path === '/v1/videos') {
      const kind = kindOf(await promptOf(req));
      return json(res, 200, video(`video_${kind}_${++seq}`, kind));
    }
    const match = /^\/v1\/videos\/(video_([a-z-]+)_\d+)(\/content)?$/.exec(path);
    if (req.method === 'GET' && match) {
      const kind = match[2] as Hostility;
      if (match[3]) return content(res, kind);
      return json(res, 200, video(match[1]!, kind));
    }
    json(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
  }

  async function fal(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const route = routeOf(req.method ?? 'GET', path);
    if (!route || route.name === 'files' || route.name === 'cancel')
      return json(res, 404, { detail: 'Not Found' });
    if (route.name === 'submit') {
      const id = `${kindOf(await promptOf(req))}-${++seq}`;
      const base = `${origin}/fal/${route.endpoint}/requests/${id}`;
      return json(res, 200, {
        request_id: id,
        status: 'IN_QUEUE',
        response_url: base,
        status_url: `${base}/status`,
        cancel_url: `${base}/cancel`,
        queue_position: 0,
      });
    }
    const kind = route.id.replace(/-\d+$/, '') as Hostility;
    if (route.name === 'status')
      return json(res, 200, { status: 'COMPLETED', request_id: route.id, logs: [] });
    const url = kind === 'fal-redirect' ? `${origin}/bounce` : internalVideo;
    return json(res, 200, { video: { url, content_type: 'video/mp4', file_name: 'output.mp4' } });
  }

  /** fal-redirect's video URL: on this (trusted) origin, redirecting to the internal listener. */
  async function bounce(res: ServerResponse): Promise<void> {
    res.writeHead(302, { location: internalVideo });
    res.end();
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handled = path.startsWith('/fal/')
      ? fal(req, res, path.slice('/fal'.length))
      : path === '/bounce'
        ? bounce(res)
        : openai(req, res, path);
    handled.catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v1`,
    falUrl: `${origin}/fal`,
    stats,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
