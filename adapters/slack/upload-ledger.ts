import { Redis } from 'ioredis';
import type { Logger } from '../../src/core/ports/logger.ts';
import { redisErrorListener } from '../../src/ops/redis-errors.ts';

/**
 * What we know about one delivery (one idempotency key): an upload started (we hold the file id
 * Slack gave it) or finished (the file was shared into the thread).
 */
export type UploadRecord =
  | { state: 'started'; fileId: string }
  | { state: 'shared'; fileId: string; ts?: string };

/**
 * A small record per delivery so a retried upload does not post the video twice. Slack's upload
 * API takes no idempotency key, so we keep our own: in Redis when the bot runs on Redis (workers
 * on other machines see it), in memory otherwise.
 */
export interface UploadLedger {
  get(key: string): Promise<UploadRecord | undefined>;
  set(key: string, record: UploadRecord): Promise<void>;
  close(): Promise<void>;
}

/** Retries of one delivery happen within minutes; a week is generous and keeps Redis tidy. */
const TTL_S = 7 * 24 * 3600;

export function createUploadLedger(redis?: { url: string; prefix: string }, logger?: Logger): UploadLedger {
  if (!redis) {
    const records = new Map<string, UploadRecord>();
    return {
      get: async (key) => records.get(key),
      set: async (key, record) => {
        records.set(key, record);
      },
      close: async () => {},
    };
  }
  const client = new Redis(redis.url, { maxRetriesPerRequest: 3, lazyConnect: true });
  client.on('error', redisErrorListener(logger, 'slack upload ledger'));
  const redisKey = (key: string) => `${redis.prefix}:slack:upload:${key}`;
  return {
    async get(key) {
      const raw = await client.get(redisKey(key));
      return raw ? (JSON.parse(raw) as UploadRecord) : undefined;
    },
    async set(key, record) {
      await client.set(redisKey(key), JSON.stringify(record), 'EX', TTL_S);
    },
    async close() {
      if (client.status !== 'end') client.disconnect();
    },
  };
}
