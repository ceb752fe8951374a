import { Redis } from 'ioredis';
import type { Config } from '../../src/config.ts';
import type { Place } from '../../src/core/place.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { redisErrorListener } from '../../src/ops/redis-errors.ts';

/**
 * The few facts the Discord adapter shares between the bot and workers on other machines: each
 * channel's upload limit (known only from interactions), when a card was last edited, and which
 * interaction tokens Discord already refused. Redis when the app has one (same prefix), else an
 * in-memory map for a single process. Every value is a hint with a TTL; losing one costs at most
 * a default limit or one extra request, never a clip, so read and write failures are logged only.
 */
export interface DiscordState {
  /** The upload limit last seen for this place, in bytes. */
  uploadLimit(place: Place): Promise<number | undefined>;
  setUploadLimit(place: Place, bytes: number): Promise<void>;
  /** When the message was last edited (ms since the epoch). */
  lastEdit(messageKey: string): Promise<number | undefined>;
  setLastEdit(messageKey: string, at: number): Promise<void>;
  /** True once Discord refused this interaction's token (expired early or revoked). */
  tokenRefused(messageKey: string): Promise<boolean>;
  setTokenRefused(messageKey: string): Promise<void>;
  close(): Promise<void>;
}

/** Upload limits can change with a server's boosts; interactions refresh them. */
const LIMIT_TTL_MS = 30 * 24 * 3600_000;
/** Edit marks matter only for the pacing window; keep them a little longer than any cadence. */
const EDIT_TTL_MS = 10 * 60_000;
/** An interaction token never outlives 15 minutes (API docs, receiving-and-responding.mdx). */
const TOKEN_TTL_MS = 16 * 60_000;

interface KeyValue {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

export function createDiscordState(config: Config, logger: Logger): DiscordState {
  const kv = config.redis
    ? redisKeyValue(config.redis.url, `${config.redis.prefix}:discord`, logger)
    : memoryKeyValue();
  const limitKey = (place: Place) => `limit:${place.workspaceId}:${place.channelId}`;
  const safely = async <T>(what: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      logger.warn({ err: (error as Error).message, what }, 'discord state unavailable');
      return fallback;
    }
  };
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    uploadLimit: (place) =>
      safely('uploadLimit', undefined, async () => number(await kv.get(limitKey(place)))),
    setUploadLimit: (place, bytes) =>
      safely('setUploadLimit', undefined, () => kv.set(limitKey(place), String(bytes), LIMIT_TTL_MS)),
    lastEdit: (key) => safely('lastEdit', undefined, async () => number(await kv.get(`edit:${key}`))),
    setLastEdit: (key, at) =>
      safely('setLastEdit', undefined, () => kv.set(`edit:${key}`, String(at), EDIT_TTL_MS)),
    tokenRefused: (key) =>
      safely('tokenRefused', false, async () => (await kv.get(`expired:${key}`)) === '1'),
    setTokenRefused: (key) =>
      safely('setTokenRefused', undefined, () => kv.set(`expired:${key}`, '1', TOKEN_TTL_MS)),
    close: () => kv.close(),
  };
}

function redisKeyValue(url: string, prefix: string, logger: Logger): KeyValue {
  // Lazy: a worker that never uploads or edits never opens the connection.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  redis.on('error', redisErrorListener(logger, 'discord state'));
  let closed = false;
  return {
    async get(key) {
      if (closed) return undefined;
      return (await redis.get(`${prefix}:${key}`)) ?? undefined;
    },
    async set(key, value, ttlMs) {
      if (closed) return;
      await redis.set(`${prefix}:${key}`, value, 'PX', ttlMs);
    },
    async close() {
      closed = true;
      if (redis.status === 'ready') await redis.quit();
      else redis.disconnect();
    },
  };
}

function memoryKeyValue(): KeyValue {
  const values = new Map<string, { value: string; until: number }>();
  return {
    async get(key) {
      const entry = values.get(key);
      if (!entry) return undefined;
      if (entry.until > Date.now()) return entry.value;
      values.delete(key);
      return undefined;
    },
    async set(key, value, ttlMs) {
      const now = Date.now();
      if (values.size >= 10_000) {
        for (const [k, entry] of values) if (entry.until <= now) values.delete(k);
      }
      values.set(key, { value, until: now + ttlMs });
    },
    async close() {
      values.clear();
    },
  };
}
