import type { RateLimitRepository } from '../core/ports/workspace.ts';

/** Refill: `capacity` tokens per minute, evenly. */
export const REFILL_WINDOW_MS = 60_000;

/**
 * A token bucket: full at `capacity`, each action takes one, refilled evenly over a minute. Shared
 * by the in-memory and Redis repositories so both answer the same.
 */
export function takeToken(
  bucket: { tokens: number; at: number } | undefined,
  capacity: number,
  now: number,
): { bucket: { tokens: number; at: number }; allowed: boolean; retryAfterMs: number } {
  const perMs = capacity / REFILL_WINDOW_MS;
  // A clock behind the last writer's (another machine) refills nothing rather than going negative.
  const elapsed = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = bucket ? Math.min(capacity, bucket.tokens + elapsed * perMs) : capacity;
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now }, allowed: true, retryAfterMs: 0 };
  return { bucket: { tokens, at: now }, allowed: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
}

export function createMemoryRateLimits(): RateLimitRepository {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    async take(key, capacity, now) {
      const result = takeToken(buckets.get(key), capacity, now);
      buckets.set(key, result.bucket);
      // A full bucket carries no information: forget it, so memory follows active members only.
      for (const [k, b] of buckets) if (b.at < now - 2 * REFILL_WINDOW_MS) buckets.delete(k);
      return { allowed: result.allowed, retryAfterMs: result.retryAfterMs };
    },
  };
}
