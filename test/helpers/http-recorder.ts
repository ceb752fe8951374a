import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { MessageRef } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import type { Messenger, OutgoingFile } from '../../src/core/ports/messenger.ts';

/**
 * A stand-in chat platform over HTTP, so worker processes that get killed report to something
 * that outlives them. Like Discord with enforce_nonce, an upload repeated with the same key shows
 * the first message again instead of a second one.
 */
export async function startRecorder() {
  const state = {
    posts: 0,
    edits: 0,
    /** Text messages (contest announcements, remix notices). */
    said: [] as string[],
    uploadCalls: 0,
    /** One entry per visible delivered message. */
    messages: [] as { key: string; clipId: string; bytes: number }[],
    /** Hold each upload's answer this long after recording it (a window to kill the worker in). */
    uploadDelayMs: 0,
    limit: 10 * 1024 * 1024,
  };
  let seq = 0;
  const read = async (req: IncomingMessage) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    return body ? JSON.parse(body) : {};
  };
  const server = createServer(async (req, res) => {
    const body = await read(req);
    const reply = (value: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    switch (req.url) {
      case '/post':
        state.posts++;
        return reply({ surface: 'test', id: `m${++seq}` });
      case '/say':
        state.said.push(body.text);
        return reply({ surface: 'test', id: `s${++seq}` });
      case '/edit':
        state.edits++;
        return reply({});
      case '/remove':
        return reply({});
      case '/limit':
        return reply({ limit: state.limit });
      case '/upload': {
        state.uploadCalls++;
        // Deduplicated atomically by key, as a platform does (Discord's enforce_nonce): the key is
        // recorded before anything is awaited, so two uploads racing with one key show once.
        const earlier = state.messages.findIndex((m) => m.key === body.key);
        const index =
          earlier < 0 ? state.messages.push({ key: body.key, clipId: body.clipId, bytes: 0 }) - 1 : earlier;
        if (earlier < 0) state.messages[index]!.bytes = (await stat(body.path)).size;
        await new Promise((r) => setTimeout(r, state.uploadDelayMs));
        return reply({ surface: 'test', id: `u${index + 1}` });
      }
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The Messenger a worker process uses to talk to the recorder. */
export class HttpMessenger implements Messenger {
  readonly surface = 'test';
  readonly #url: string;
  constructor(url: string) {
    this.#url = url;
  }
  async #call<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.#url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    return (await res.json()) as T;
  }
  post(place: Place, card: ClipCard): Promise<MessageRef> {
    return this.#call('/post', { place, clipId: card.clipId, state: card.state });
  }
  say(_place: Place, text: string): Promise<MessageRef> {
    return this.#call('/say', { text });
  }
  async remove(ref: MessageRef): Promise<void> {
    await this.#call('/remove', { ref });
  }
  async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    await this.#call('/edit', { ref, clipId: card.clipId, state: card.state });
  }
  upload(_place: Place, file: OutgoingFile, card: ClipCard, key: string): Promise<MessageRef> {
    return this.#call('/upload', { path: file.path, clipId: card.clipId, key });
  }
  async uploadLimit(): Promise<number> {
    return (await this.#call<{ limit: number }>('/limit', {})).limit;
  }
}
