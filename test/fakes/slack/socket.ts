import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlackState } from './state.ts';

/** What a Socket Mode app must answer an envelope within (the same 3 s as HTTP, bolt-js acknowledge.md). */
export const ENVELOPE_ACK_MS = 3000;

export interface EnvelopeAck {
  /** The ack's payload (the listener's ack() argument). */
  payload: Record<string, unknown>;
  /** True when no ack arrived in time. */
  timedOut: boolean;
}

/**
 * Slack's Socket Mode, faked: apps.connections.open hands out a one-time ws:// URL, the server
 * says `hello` on connect, sends envelopes `{envelope_id, type, payload}` and waits for the app
 * to ack with `{envelope_id, payload}` (https://docs.slack.dev/apis/events-api/using-socket-mode).
 */
export class FakeSocketMode {
  readonly #state: FakeSlackState;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #tickets = new Set<string>();
  readonly #pending = new Map<string, (payload: Record<string, unknown>) => void>();
  #socket: WebSocket | undefined;
  #connected: (() => void)[] = [];
  /** Connections opened so far. */
  connections = 0;

  constructor(state: FakeSlackState) {
    this.#state = state;
  }

  /** apps.connections.open: a fresh ticket for one connection. */
  open(base: string): Record<string, unknown> {
    const ticket = `t${this.#state.next()}`;
    this.#tickets.add(ticket);
    return { ok: true, url: `${base.replace(/^http/, 'ws')}/socket?ticket=${ticket}` };
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname !== '/socket' || !this.#tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      this.#socket = ws;
      this.connections++;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as {
          envelope_id?: string;
          payload?: Record<string, unknown>;
        };
        const resolve = message.envelope_id ? this.#pending.get(message.envelope_id) : undefined;
        if (resolve) resolve(message.payload ?? {});
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A_FAKE' } }));
      for (const notify of this.#connected.splice(0)) notify();
    });
  }

  /** Resolves once an app is connected. */
  connected(): Promise<void> {
    if (this.#socket?.readyState === 1) return Promise.resolve();
    return new Promise((resolve) => this.#connected.push(resolve));
  }

  /** Send one envelope and wait for its ack (or the deadline). */
  async send(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: Record<string, unknown>,
    retry: { attempt: number; reason?: string } = { attempt: 0 },
  ): Promise<EnvelopeAck> {
    const socket = this.#socket;
    if (!socket) throw new Error('no Socket Mode connection');
    const envelopeId = `env-${this.#state.next()}`;
    const acked = new Promise<Record<string, unknown>>((resolve) => this.#pending.set(envelopeId, resolve));
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: retry.attempt,
        retry_reason: retry.reason ?? '',
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), ENVELOPE_ACK_MS);
    });
    const result = await Promise.race([acked, late]);
    clearTimeout(timer);
    this.#pending.delete(envelopeId);
    this.#state.timeline.push(`ack:${type}`);
    return { payload: result ?? {}, timedOut: result === undefined };
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}
