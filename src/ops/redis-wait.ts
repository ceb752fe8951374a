import { Redis } from 'ioredis';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import type { Logger } from '../core/ports/logger.ts';

/** Between start-up attempts: Redis starting next to us is seen quickly, without a flood. */
const RETRY_MS = 250;
/** One attempt (connect, ready check, PING) that takes longer than this has failed. */
const ATTEMPT_MS = 2000;

/** The URL as an operator may see it: scheme, host, port and database, never the credentials. */
export function shownRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the configured REDIS_URL';
  }
}

/**
 * Start-up's first contact with Redis: PING until it answers or `waitMs` has passed. Every client
 * made after this expects Redis to be there; without it they would each retry forever and print
 * an error per attempt. Throws one ReelbotError whose message main.ts prints as its one line:
 * `Redis at redis://host:port did not answer (connect ECONNREFUSED …)`.
 */
export async function waitForRedis(url: string, waitMs: number, logger?: Logger): Promise<void> {
  const deadline = Date.now() + waitMs;
  let reason = 'no answer';
  for (let attempt = 1; ; attempt++) {
    const left = Math.max(100, deadline - Date.now());
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // One connection per attempt, closed after it: nothing retries behind this loop's back.
      retryStrategy: () => null,
      connectTimeout: Math.min(ATTEMPT_MS, left),
    });
    // The socket's own error (ECONNREFUSED, WRONGPASS) says more than "Connection is closed".
    let socketError: string | undefined;
    redis.on('error', (error: Error) => {
      socketError ??= error.message;
    });
    try {
      await withinMs(Math.min(ATTEMPT_MS, left), async () => {
        await redis.connect();
        await redis.ping();
      });
      return;
    } catch (error) {
      reason = socketError ?? ((error as Error).message || reason);
    } finally {
      redis.disconnect();
    }
    if (Date.now() + RETRY_MS >= deadline) break;
    if (attempt === 1) {
      logger?.info({ redis: shownRedisUrl(url), waitMs, reason }, 'waiting for Redis to answer');
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  throw new ReelbotError(
    ErrorCode.Unavailable,
    `Redis at ${shownRedisUrl(url)} did not answer (${reason.replace(/\s+/g, ' ').trim()})`,
    { retryable: true },
  );
}

async function withinMs(ms: number, work: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
