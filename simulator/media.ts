import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sleep } from './http.ts';

/**
 * Stream a rendered file with its type and length (as every provider's media URL does), at
 * about `bytesPerSecond` when the download-throttle fault is on.
 */
export async function sendFile(
  res: ServerResponse,
  path: string,
  contentType: string,
  bytesPerSecond: number | null,
): Promise<void> {
  const { size } = await stat(path);
  res.writeHead(200, { 'content-type': contentType, 'content-length': String(size) });
  const source = bytesPerSecond ? Readable.from(throttled(path, bytesPerSecond)) : createReadStream(path);
  // A client that hangs up mid-download (a killed worker) just ends the stream.
  await pipeline(source, res).catch(() => {});
}

/** Read a file at about `bytesPerSecond`, in tenth-of-a-second chunks. */
async function* throttled(path: string, bytesPerSecond: number): AsyncGenerator<Buffer> {
  const chunkSize = Math.max(256, Math.floor(bytesPerSecond / 10));
  const started = Date.now();
  let sent = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkSize }) as AsyncIterable<Buffer>) {
    yield chunk;
    sent += chunk.length;
    const wait = started + (sent / bytesPerSecond) * 1000 - Date.now();
    if (wait > 0) await sleep(wait);
  }
}
