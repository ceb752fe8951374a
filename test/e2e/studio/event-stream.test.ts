import { get, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioEvents } from '../../../adapters/studio/events.ts';
import { sendError } from '../../../adapters/studio/http.ts';
import { createMemoryStudioRepository } from '../../../adapters/studio/memory-repository.ts';
import type { StudioRepository } from '../../../adapters/studio/repository.ts';
import type { MessageView } from '../../../adapters/studio/web/types.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { waitFor } from '../../ops/main-process.ts';

/**
 * The studio's server-sent events over real sockets: a per-process cap on open streams, and a
 * page that stops reading is dropped once what it has not read passes the buffer bound, while a
 * page that reads gets every frame.
 */
const FRAME_TEXT = 'x'.repeat(64 * 1024);
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function serve(bounds: { maxStreams: number; maxBufferBytes: number }) {
  const repository = createMemoryStudioRepository();
  const view = async (id: string): Promise<MessageView> => ({
    id,
    key: `studio:general:${id}`,
    channel: 'general',
    kind: 'text',
    seq: 1,
    rev: 1,
    createdAt: 0,
    text: FRAME_TEXT,
    reactions: [],
  });
  const events = new StudioEvents({ repository, view, logger: silentLogger, ...bounds });
  await events.start();
  const http = new HttpRouter(silentLogger);
  /** The server's side of each stream, in the order they were opened. */
  const served: ServerResponse[] = [];
  // As the studio's own route does (api.ts): a refusal is answered by sendError.
  http.route('GET', '/studio/events', async (req, res) => {
    served.push(res);
    try {
      events.open(req, res, 'general');
    } catch (error) {
      sendError(res, error, silentLogger);
    }
  });
  const url = await http.listen(0, '127.0.0.1');
  const opened: IncomingMessage[] = [];
  closers.push(async () => {
    for (const res of opened) res.destroy();
    await events.stop();
    await http.close();
    await repository.close();
  });
  const open = () =>
    new Promise<IncomingMessage>((resolve, reject) => {
      get(`${url}/studio/events`, (res) => {
        opened.push(res);
        resolve(res);
      }).on('error', reject);
    });
  return { events, repository, open, served };
}

const post = (repository: StudioRepository) =>
  repository.post('general', { kind: 'text', text: 'a change' }, Date.now());

describe('studio event streams', () => {
  it('refuses a stream past SSE_MAX_STREAMS with 503, and takes one again once a page leaves', async () => {
    const { events, open } = await serve({ maxStreams: 2, maxBufferBytes: 1024 * 1024 });
    const first = await open();
    const second = await open();
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    const refused = await open();
    expect(refused.statusCode).toBe(503);
    const body = await new Promise<string>((resolve) => {
      let text = '';
      refused.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
      });
      refused.on('end', () => resolve(text));
    });
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(events.clients).toBe(2);

    first.destroy();
    await waitFor(() => events.clients === 1, 'the server to notice the page left');
    expect((await open()).statusCode).toBe(200);
    expect(events.clients).toBe(2);
  });

  it('drops a page that does not read once its unsent bytes pass the bound; a reader gets every frame', async () => {
    const bound = 512 * 1024;
    const { events, repository, open, served } = await serve({ maxStreams: 10, maxBufferBytes: bound });
    const reader = await open();
    let frames = 0;
    let tail = '';
    reader.setEncoding('utf8').on('data', (chunk: string) => {
      const text = tail + chunk;
      const parts = text.split('event: message\n');
      frames += parts.length - 1;
      tail = parts.at(-1)!.slice(-32);
    });
    const stalled = await open();
    // Never read: the kernel's socket buffers fill, then the server's writable buffer grows.
    stalled.pause();
    expect(events.clients).toBe(2);

    let sent = 0;
    // Small batches the reader drains before the next, so only the stalled page falls behind.
    while (events.clients === 2 && sent < 1000) {
      for (let i = 0; i < 4; i++) await post(repository);
      sent += 4;
      await waitFor(() => frames === sent, 'the reader to take the batch', 10_000);
    }
    expect(events.clients).toBe(1);
    // The server let go of the stalled page (its socket and unsent bytes), not of the reader.
    expect(served.map((res) => res.destroyed)).toEqual([false, true]);
    // The reader stays, and hears every later change too.
    for (let i = 0; i < 4; i++) await post(repository);
    await waitFor(() => frames === sent + 4, 'the reader to hear the changes after the drop');
    expect(events.clients).toBe(1);
  });
});
