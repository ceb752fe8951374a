import type { Redis } from 'ioredis';
import type { RateLimitRepository } from '../core/ports/workspace.ts';
import { REFILL_WINDOW_MS } from './memory-rate-limits.ts';

/**
 * The token bucket of memory-rate-limits.ts in one script, so a member's burst spread over many
 * processes takes each token once. KEYS: bucket. ARGV: capacity, now (ms), refill window (ms).
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local perMs = capacity / tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if b[1] then
  local elapsed = math.max(0, now - tonumber(b[2]))
  tokens = math.min(capacity, tonumber(b[1]) + elapsed * perMs)
end
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 2 * tonumber(ARGV[3]))
return {allowed, wait}
`;

type RateRedis = Redis & { rateTake(key: string, ...args: number[]): Promise<[number, number]> };

export function createRedisRateLimits(
  client: Redis,
  key: (...parts: string[]) => string,
): RateLimitRepository {
  const redis = client as RateRedis;
  redis.defineCommand('rateTake', { numberOfKeys: 1, lua: TAKE });
  return {
    async take(bucket, capacity, now) {
      const [allowed, wait] = await redis.rateTake(key('rate', bucket), capacity, now, REFILL_WINDOW_MS);
      return { allowed: allowed === 1, retryAfterMs: wait };
    },
  };
}
