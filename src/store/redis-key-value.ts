import type { Redis } from 'ioredis';
import type { KeyValue } from '../core/ports/key-value.ts';

/**
 * The key-value space on the store's own connection. The key layout is the one the previous
 * version wrote, so records survive an upgrade: claims at `<prefix>:claim:<key>` (the store's old
 * claims), values at `<prefix>:<key>` (Discord's `discord:…` state, Slack's `slack:upload:…`
 * ledger, which each had a connection of their own before).
 */
export function createRedisKeyValue(redis: Redis, key: (...parts: string[]) => string): KeyValue {
  return {
    async get(k) {
      return (await redis.get(key(k))) ?? undefined;
    },
    async set(k, value, ttlMs) {
      await redis.set(key(k), value, 'PX', ttlMs);
    },
    async claim(k, ttlMs) {
      // SET NX is the atomic "first one wins" (https://redis.io/docs/latest/commands/set/).
      return (await redis.set(key('claim', k), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async has(k) {
      return (await redis.exists(key('claim', k))) === 1;
    },
  };
}
