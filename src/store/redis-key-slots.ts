import type { Redis } from 'ioredis';
import type { KeySlots } from '../core/ports/key-slots.ts';

/**
 * One atomic step, so workers on many machines never hand out more slots than the cap.
 * KEYS: held (zset clip -> lease expiry), line (zset clip -> order), seen (zset clip -> waiter
 * expiry). ARGV: clip, order, cap, now, lease ms.
 */
const ACQUIRE = `
local now = tonumber(ARGV[4])
local untilMs = now + tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
for _, id in ipairs(gone) do redis.call('ZREM', KEYS[2], id) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], untilMs, ARGV[1])
  return 1
end
redis.call('ZADD', KEYS[2], 'NX', tonumber(ARGV[2]), ARGV[1])
redis.call('ZADD', KEYS[3], untilMs, ARGV[1])
local free = tonumber(ARGV[3]) - redis.call('ZCARD', KEYS[1])
local rank = redis.call('ZRANK', KEYS[2], ARGV[1])
if free > 0 and rank < free then
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
  redis.call('ZADD', KEYS[1], untilMs, ARGV[1])
  return 1
end
return 0
`;

type SlotsRedis = Redis & {
  acquireKeySlot(
    held: string,
    line: string,
    seen: string,
    clip: string,
    order: number,
    cap: number,
    now: number,
    leaseMs: number,
  ): Promise<number>;
};

/** Render slots per key in Redis: three sorted sets per key (held, line, waiters' leases). */
export function createRedisKeySlots(redis: Redis, key: (...parts: string[]) => string): KeySlots {
  redis.defineCommand('acquireKeySlot', { numberOfKeys: 3, lua: ACQUIRE });
  const r = redis as SlotsRedis;
  const keys = (slotKey: string) =>
    [
      key('key-slots', slotKey, 'held'),
      key('key-slots', slotKey, 'line'),
      key('key-slots', slotKey, 'seen'),
    ] as const;
  return {
    async acquire(slotKey, clipId, order, cap, now, leaseMs) {
      const [held, line, seen] = keys(slotKey);
      return (await r.acquireKeySlot(held, line, seen, clipId, order, cap, now, leaseMs)) === 1;
    },
    async release(slotKey, clipId) {
      const [held, line, seen] = keys(slotKey);
      await redis.multi().zrem(held, clipId).zrem(line, clipId).zrem(seen, clipId).exec();
    },
    async held(slotKey, now) {
      const [held] = keys(slotKey);
      return redis.zcount(held, `(${now}`, '+inf');
    },
  };
}
