import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** Statuses whose response has no body (fetch standard, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * One HTTP exchange, fetch-shaped, whose socket resolves its host through `lookup` (so the
 * address it connects to is the one `lookup` checked). No redirect is followed: the caller sees
 * the 3xx. Built on node:http rather than the undici package: importing undici installs its Agent
 * as the process-wide dispatcher that older undici copies share (discord.js's REST client uses
 * one), whose multipart uploads that Agent then refuses.
 */
export async function pinnedFetch(url: URL, init: RequestInit, lookup: LookupFunction): Promise<Response> {
  // The Request encodes whatever body the caller gave (string, FormData, Blob, stream) with its
  // content type, exactly as fetch would send it.
  const outgoing = new Request(url, { ...init, redirect: 'manual', duplex: 'half' } as RequestInit);
  const headers: Record<string, string> = Object.fromEntries(outgoing.headers);
  // Asked plain: fetch would undo a content coding, and this does not.
  headers['accept-encoding'] = 'identity';
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const failed = (error: unknown) => reject(new TypeError('fetch failed', { cause: error }));
    const request = send(
      url,
      {
        method: outgoing.method,
        headers,
        lookup,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (response: IncomingMessage) => {
        const status = response.statusCode ?? 502;
        const answer = new Headers();
        const raw = response.rawHeaders;
        for (let i = 0; i + 1 < raw.length; i += 2) answer.append(raw[i]!, raw[i + 1]!);
        const empty = NULL_BODY.has(status) || outgoing.method === 'HEAD';
        if (empty) response.resume();
        const body = empty ? null : (Readable.toWeb(response) as unknown as ReadableStream<Uint8Array>);
        resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers: answer }));
      },
    );
    request.on('error', failed);
    if (!outgoing.body) {
      request.end();
      return;
    }
    const body = Readable.fromWeb(outgoing.body as unknown as NodeReadableStream<Uint8Array>);
    body.on('error', (error) => request.destroy(error));
    body.pipe(request);
  });
}
