import type { IncomingMessage, ServerResponse } from 'node:http';
import { translator } from '../../src/core/i18n/translator.ts';
import { SECURITY_HEADERS } from './http.ts';
import { requestLocale } from './page.ts';
import { MESSAGE_ID, type StudioRepository } from './repository.ts';

/** Bytes read from the repository per write, so a long clip streams with back-pressure. */
const CHUNK_BYTES = 256 * 1024;

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined;

/**
 * One `bytes=` range of RFC 9110 §14.1.2 against a file of `size` bytes: `a-b`, `a-` or the
 * suffix `-n`. Anything we do not serve as one range (several ranges, other units, garbage)
 * gives undefined, which means "send the whole file with 200", as the RFC allows a server to.
 */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, first, last] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/**
 * GET/HEAD /studio/media/<messageId>: a posted clip as video/mp4 with Range support. Browsers
 * fetch a <video>'s source in ranges and cannot seek (or, in Safari, play) without 206 answers.
 */
export async function serveMedia(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  repository: StudioRepository,
): Promise<void> {
  const id = url.pathname.slice('/studio/media/'.length);
  const message = MESSAGE_ID.test(id) ? await repository.get(id) : undefined;
  const size = message?.file && !message.hidden ? await repository.videoSize(id) : undefined;
  if (!message?.file || size === undefined) {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end(translator(requestLocale(req))('studio.error.mediaGone'));
    return;
  }
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': message.file.contentType,
    'accept-ranges': 'bytes',
    // Ids never repeat (see messageId), so a clip's bytes under one URL never change.
    'cache-control': 'private, max-age=86400, immutable',
    'content-disposition': `inline; filename="${message.file.name.replace(/[^\w.-]/g, '_')}"`,
  };
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': end - start + 1,
    ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  for (let from = start; from <= end && !res.destroyed; from += CHUNK_BYTES) {
    const chunk = await repository.readVideo(id, from, Math.min(end, from + CHUNK_BYTES - 1));
    if (!chunk) {
      // Deleted while streaming: cut the connection rather than end short of Content-Length.
      res.destroy();
      return;
    }
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}
