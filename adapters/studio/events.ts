import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { StudioChange, StudioRepository } from './repository.ts';
import type { MessageView, StudioEvent } from './web/types.ts';

/**
 * A comment line this often keeps an idle stream open through proxies that close quiet
 * connections (nginx's proxy_read_timeout defaults to 60 s) and finds clients that left.
 */
const HEARTBEAT_MS = 25_000;

/** How long the browser waits before reconnecting (the SSE `retry:` field, in ms). */
const RETRY_MS = 2000;

interface Client {
  channel: string;
  res: ServerResponse;
}

/**
 * Pushes channel changes to open pages over server-sent events. The repository announces a
 * change (from this process, or from a worker elsewhere through Redis pub/sub); the view is built
 * once per change and written to every page watching that channel.
 *
 * Two bounds keep open pages from growing the heap: at most `maxStreams` streams per process
 * (one more is refused with 503), and a page that stops reading is dropped once the bytes
 * written to it but not yet sent (`res.writableLength`) pass `maxBufferBytes`. Node keeps every
 * byte a response is asked to write, so without it one stalled reader holds every later frame.
 */
export class StudioEvents {
  readonly #clients = new Set<Client>();
  readonly #repository: StudioRepository;
  readonly #view: (id: string) => Promise<MessageView | undefined>;
  readonly #logger: Logger;
  readonly #maxStreams: number;
  readonly #maxBufferBytes: number;
  #unsubscribe: (() => Promise<void>) | undefined;
  #heartbeat: NodeJS.Timeout | undefined;

  constructor(deps: {
    repository: StudioRepository;
    view: (id: string) => Promise<MessageView | undefined>;
    logger: Logger;
    /** SSE_MAX_STREAMS and SSE_MAX_BUFFER_BYTES. */
    maxStreams: number;
    maxBufferBytes: number;
  }) {
    this.#repository = deps.repository;
    this.#view = deps.view;
    this.#logger = deps.logger;
    this.#maxStreams = deps.maxStreams;
    this.#maxBufferBytes = deps.maxBufferBytes;
  }

  async start(): Promise<void> {
    this.#unsubscribe = await this.#repository.subscribe((change) => void this.#deliver(change));
    this.#heartbeat = setInterval(() => {
      for (const client of this.#clients) this.#write(client, ': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  /** GET /studio/events?channel=…: hold the response open and stream changes. */
  open(req: IncomingMessage, res: ServerResponse, channel: string): void {
    if (this.#clients.size >= this.#maxStreams) {
      this.#logger.warn({ open: this.#clients.size }, 'studio event stream refused: SSE_MAX_STREAMS reached');
      throw new ReelbotError(ErrorCode.Unavailable, msg('studio.error.streams'), { retryable: true });
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // Tell nginx-style proxies not to buffer the stream.
      'x-accel-buffering': 'no',
    });
    const client = { channel, res };
    this.#clients.add(client);
    req.on('close', () => this.#clients.delete(client));
    this.#write(client, `retry: ${RETRY_MS}\n: connected\n\n`);
  }

  /** Open streams, for tests and logs. */
  get clients(): number {
    return this.#clients.size;
  }

  async stop(): Promise<void> {
    clearInterval(this.#heartbeat);
    for (const client of this.#clients) client.res.end();
    this.#clients.clear();
    await this.#unsubscribe?.();
  }

  /** Write to one page, and drop it if what it has not read yet passes the bound. */
  #write(client: Client, text: string): void {
    if (!this.#clients.has(client)) return;
    client.res.write(text);
    if (client.res.writableLength <= this.#maxBufferBytes) return;
    this.#clients.delete(client);
    this.#logger.warn(
      { channel: client.channel, unsentBytes: client.res.writableLength },
      'studio event stream dropped: the page is not reading',
    );
    // destroy, not end: end would keep the unsent bytes until a reader that stalled takes them.
    client.res.destroy();
  }

  async #deliver(change: StudioChange) {
    const watching = [...this.#clients].filter((c) => c.channel === change.channel);
    if (watching.length === 0) return;
    try {
      let event: StudioEvent;
      if (change.removed) event = { type: 'remove', id: change.id };
      else {
        const message = await this.#view(change.id);
        event = message ? { type: 'message', message } : { type: 'remove', id: change.id };
      }
      const frame = `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const client of watching) this.#write(client, frame);
    } catch (error) {
      this.#logger.warn(
        { messageId: change.id, err: (error as Error).message },
        'studio event not delivered',
      );
    }
  }
}
