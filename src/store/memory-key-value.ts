import type { KeyValue } from '../core/ports/key-value.ts';

/** Past this many records, expired ones are swept on the next write (a single process's map). */
const SWEEP_AT = 10_000;

/**
 * The in-memory twin of the Redis key-value space: values and claims in two maps, as Redis keeps
 * them under two key stems, each with its expiry on the wall clock (as Redis's PX is).
 */
export function createMemoryKeyValue(): KeyValue {
  const values = new Map<string, { value: string; until: number }>();
  const claims = new Map<string, number>();
  const sweep = (now: number) => {
    if (values.size >= SWEEP_AT) for (const [k, e] of values) if (e.until <= now) values.delete(k);
    if (claims.size >= SWEEP_AT) for (const [k, until] of claims) if (until <= now) claims.delete(k);
  };
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
      sweep(now);
      values.set(key, { value, until: now + ttlMs });
    },
    async claim(key, ttlMs) {
      const now = Date.now();
      const until = claims.get(key);
      if (until !== undefined && until > now) return false;
      sweep(now);
      claims.set(key, now + ttlMs);
      return true;
    },
    async has(key) {
      return (claims.get(key) ?? 0) > Date.now();
    },
  };
}
