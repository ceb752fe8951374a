import type { Redis } from 'ioredis';
import type { KeySlots } from '../core/ports/key-slots.ts';

/**
 * One atomic step, so workers on many machines never hand out more slots than the cap.
 * A slot (or a place in line) whose clip is no longer queued, submitted or rendering in the store is
 * dropped first, so a cancel whose job never runs again frees it at once.
 * KEYS: held (zset clip -> lease expiry), line (zset clip -> order), seen (zset clip -> waiter
 * expiry). ARGV: clip, order, cap, now, lease ms, the clip records' key stem.
 */
const PURGE = `
local now = tonumber(ARGV[4])
local untilMs = now + tonumber(ARGV[5])
local function live(id)
  local raw = redis.call('GET', ARGV[6] .. id)
  if not raw then return false end
  local state = cjson.decode(raw).state
  return state == 'queued' or state == 'submitted' or state == 'rendering'
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if not live(id) then redis.call('ZREM', KEYS[1], id) end
end
local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)
for _, id in ipairs(gone) do redis.call('ZREM', KEYS[2], id) end
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
-- Only the head of the line can take a slot: dead entries there are dropped (those further back
-- when they reach it), so a step costs the cap's worth of reads, not the whole line's.
local head = math.max(tonumber(ARGV[3]), 1)
local changed = true
while changed do
  changed = false
  for _, id in ipairs(redis.call('ZRANGE', KEYS[2], 0, head - 1)) do
    if not live(id) then
      redis.call('ZREM', KEYS[2], id)
      redis.call('ZREM', KEYS[3], id)
      changed = true
    end
  end
end
`;

const ACQUIRE = `
${PURGE}
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

/** Live slots now: the same clean-up, then the count. KEYS and ARGV as ACQUIRE (clip ARGV unused). */
const HELD = `
${PURGE}
return redis.call('ZCARD', KEYS[1])
`;

type SlotsRedis = Redis & {
  keySlotsHeld(
    held: string,
    line: string,
    seen: string,
    clip: string,
    order: number,
    cap: number,
    now: number,
    leaseMs: number,
    clipStem: string,
  ): Promise<number>;
  acquireKeySlot(
    held: string,
    line: string,
    seen: string,
    clip: string,
    order: number,
    cap: number,
    now: number,
    leaseMs: number,
    clipStem: string,
  ): Promise<number>;
};

/** Render slots per key in Redis: three sorted sets per key (held, line, waiters' leases). */
export function createRedisKeySlots(redis: Redis, key: (...parts: string[]) => string): KeySlots {
  redis.defineCommand('acquireKeySlot', { numberOfKeys: 3, lua: ACQUIRE });
  redis.defineCommand('keySlotsHeld', { numberOfKeys: 3, lua: HELD });
  const r = redis as SlotsRedis;
  // The clip records the store keeps (redis-store.ts: key('clip', id)), read to drop dead slots.
  const clipStem = `${key('clip', '')}`;
  const keys = (slotKey: string) =>
    [
      key('key-slots', slotKey, 'held'),
      key('key-slots', slotKey, 'line'),
      key('key-slots', slotKey, 'seen'),
    ] as const;
  return {
    async acquire(slotKey, clipId, order, cap, now, leaseMs) {
      const [held, line, seen] = keys(slotKey);
      return (await r.acquireKeySlot(held, line, seen, clipId, order, cap, now, leaseMs, clipStem)) === 1;
    },
    async release(slotKey, clipId) {
      const [held, line, seen] = keys(slotKey);
      await redis.multi().zrem(held, clipId).zrem(line, clipId).zrem(seen, clipId).exec();
    },
    async held(slotKey, now) {
      const [held, line, seen] = keys(slotKey);
      return r.keySlotsHeld(held, line, seen, '', 0, 0, now, 0, clipStem);
    },
  };
}
