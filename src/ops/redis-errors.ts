import type { Logger } from '../core/ports/logger.ts';

/** A client that keeps failing logs again at most this often: a line per minute, not per retry. */
const QUIET_MS = 60_000;

/**
 * The `error` listener every ioredis client and BullMQ queue or worker gets. Without one, ioredis
 * prints "[ioredis] Unhandled error event" to stderr on every reconnect attempt and BullMQ
 * prints the error itself; with one that logs each, an outage floods the log. The commands
 * that fail reject with the same error, so callers still see every failure.
 */
export function redisErrorListener(logger: Logger | undefined, what: string): (error: Error) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (error) => {
    const now = Date.now();
    if (now - lastAt < QUIET_MS) {
      suppressed++;
      return;
    }
    lastAt = now;
    logger?.warn({ what, err: error.message, suppressed }, 'Redis connection error (retrying)');
    suppressed = 0;
  };
}

/** What ioredis rejects a command with while its connection is down (ioredis/built/utils). */
const DOWN_MESSAGES = ['Connection is closed.', "Stream isn't writeable"];
const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * True when a command failed because Redis could not be reached (as opposed to a bad command or
 * a bug): the request may succeed in a moment, so a surface answers "unavailable", not a 500.
 */
export function isRedisUnreachable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e.name === 'MaxRetriesPerRequestError') return true;
    if (DOWN_MESSAGES.some((m) => e.message.startsWith(m))) return true;
    if (DOWN_CODES.has((e as NodeJS.ErrnoException).code ?? '')) return true;
  }
  return false;
}
