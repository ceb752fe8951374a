import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../src/core/ports/clock.ts';
import type { Logger } from '../src/core/ports/logger.ts';

/**
 * Project webhooks for finished videos (OpenAI's webhooks guide): `video.completed` / `video.failed` events
 * carrying only the video id, signed the Standard Webhooks way the openai SDK verifies, and
 * retried on any non-2xx with the same `webhook-id` so receivers can de-duplicate.
 */

export type VideoEventType = 'video.completed' | 'video.failed';

/** The HMAC key: base64 after a `whsec_` prefix, else the secret's UTF-8 bytes (openai-node). */
function signingKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. */
export function signWebhook(secret: string, id: string, timestamp: string, body: string): string {
  const signature = createHmac('sha256', signingKey(secret))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
  return `v1,${signature}`;
}

/** Delays before the 2nd, 3rd and 4th attempt; the real service backs off for up to 72 h. */
const RETRY_DELAYS_MS = [250, 500, 1000];

export class WebhookSender {
  readonly #url: string;
  readonly #secret: string;
  readonly #logger: Logger;
  readonly #abort = new AbortController();
  readonly #pending = new Set<Promise<void>>();
  attempts = 0;
  delivered = 0;

  constructor(options: { url: string; secret: string; logger: Logger }) {
    this.#url = options.url;
    this.#secret = options.secret;
    this.#logger = options.logger;
  }

  send(type: VideoEventType, videoId: string): void {
    const delivery = this.#deliver(type, videoId).finally(() => this.#pending.delete(delivery));
    this.#pending.add(delivery);
  }

  async close(): Promise<void> {
    this.#abort.abort();
    await Promise.allSettled([...this.#pending]);
  }

  async #deliver(type: VideoEventType, videoId: string): Promise<void> {
    const body = JSON.stringify({
      id: `evt_${randomUUID().replace(/-/g, '')}`,
      object: 'event',
      created_at: Math.floor(Date.now() / 1000),
      type,
      data: { id: videoId },
    });
    const webhookId = `msg_${randomBytes(12).toString('hex')}`;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (attempt > 0 && !(await this.#pause(RETRY_DELAYS_MS[attempt - 1]!))) return;
      const timestamp = String(Math.floor(Date.now() / 1000));
      this.attempts++;
      try {
        const response = await fetch(this.#url, {
          method: 'POST',
          body,
          headers: {
            'content-type': 'application/json',
            'webhook-id': webhookId,
            'webhook-timestamp': timestamp,
            'webhook-signature': signWebhook(this.#secret, webhookId, timestamp, body),
          },
          signal: AbortSignal.any([this.#abort.signal, AbortSignal.timeout(10_000)]),
        });
        await response.body?.cancel();
        if (response.ok) {
          this.delivered++;
          return;
        }
        this.#logger.warn({ status: response.status, type, videoId, attempt }, 'simulator webhook refused');
      } catch (error) {
        if (this.#abort.signal.aborted) return;
        this.#logger.warn(
          { err: (error as Error).message, type, videoId, attempt },
          'simulator webhook failed',
        );
      }
    }
  }

  /** Wait, unless the sender closes first; false when it did. */
  #pause(ms: number): Promise<boolean> {
    const signal = this.#abort.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/**
 * Notices videos reaching their end time with one shared ticker (not a timer per video), reading
 * the injected clock so a test's manual clock drives webhooks too.
 */
export class TerminalWatch {
  readonly #clock: Clock;
  readonly #onDue: (videoId: string) => void;
  #due: Array<{ id: string; at: number }> = [];
  #ticker: NodeJS.Timeout | undefined;

  constructor(clock: Clock, onDue: (videoId: string) => void) {
    this.#clock = clock;
    this.#onDue = onDue;
  }

  watch(videoId: string, endsAtMs: number): void {
    this.#due.push({ id: videoId, at: endsAtMs });
    this.#ticker ??= setInterval(() => this.#tick(), 50).unref();
  }

  clear(): void {
    this.#due = [];
    this.stop();
  }

  stop(): void {
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  #tick(): void {
    const now = this.#clock.now();
    const ready = this.#due.filter((entry) => entry.at <= now);
    if (ready.length === 0) return;
    this.#due = this.#due.filter((entry) => entry.at > now);
    if (this.#due.length === 0) this.stop();
    for (const entry of ready) this.#onDue(entry.id);
  }
}
