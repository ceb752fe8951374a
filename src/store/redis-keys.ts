import type { Redis } from 'ioredis';
import type { KeyRepository, ProviderKeyRecord } from '../core/ports/keys.ts';

/**
 * Compare-and-set of a record's ciphertext: only while it is still sealed under the old key id.
 * KEYS: the scope's hash. ARGV: provider, old key id, new sealed JSON.
 */
const RESEAL = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local record = cjson.decode(raw)
if record.sealed.keyId ~= ARGV[2] then return 0 end
record.sealed = cjson.decode(ARGV[3])
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(record))
return 1
`;

/** Set or clear a record's cap atomically. KEYS: the scope's hash. ARGV: provider, cap ('' = unset). */
const SET_CAP = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local record = cjson.decode(raw)
if ARGV[2] == '' then record.maxInFlight = nil else record.maxInFlight = tonumber(ARGV[2]) end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(record))
return 1
`;

/**
 * Count a clip's cost once: a marker per clip (kept long enough to outlast any retry) and the
 * total in one step. KEYS: marker, totals hash. ARGV: provider, cents, marker ttl ms.
 */
const ADD_SPEND = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[3]) then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[1], ARGV[2])
return 1
`;

/** A retried delivery comes within hours; a week covers any of them. */
const SPEND_MARK_MS = 7 * 24 * 3600_000;

type KeysRedis = Redis & {
  addKeySpend(mark: string, totals: string, provider: string, cents: number, ttlMs: number): Promise<number>;
  resealKey(hash: string, provider: string, fromKeyId: string, sealed: string): Promise<number>;
  setKeyCap(hash: string, provider: string, cap: string): Promise<number>;
};

/**
 * Workspaces' provider keys: one hash per workspace (field: provider, value: the record's JSON,
 * whose secret is only ever the AES-GCM ciphertext) and a set of the workspaces that have any.
 */
export function createRedisKeys(redis: Redis, key: (...parts: string[]) => string): KeyRepository {
  redis.defineCommand('resealKey', { numberOfKeys: 1, lua: RESEAL });
  redis.defineCommand('setKeyCap', { numberOfKeys: 1, lua: SET_CAP });
  redis.defineCommand('addKeySpend', { numberOfKeys: 2, lua: ADD_SPEND });
  const r = redis as KeysRedis;
  const hashOf = (scope: string) => key('keys', scope);
  const scopesKey = key('keys-scopes');
  const parse = (raw: string) => JSON.parse(raw) as ProviderKeyRecord;
  return {
    async put(record) {
      await redis
        .multi()
        .hset(hashOf(record.scope), record.provider, JSON.stringify(record))
        .sadd(scopesKey, record.scope)
        .exec();
    },
    async get(scope, provider) {
      const raw = await redis.hget(hashOf(scope), provider);
      return raw ? parse(raw) : undefined;
    },
    async list(scope) {
      const all = await redis.hgetall(hashOf(scope));
      return Object.values(all)
        .map(parse)
        .sort((a, b) => a.provider.localeCompare(b.provider));
    },
    async remove(scope, provider) {
      const removed = (await redis.hdel(hashOf(scope), provider)) === 1;
      // The hash vanishes with its last field; the scope leaves the set with it.
      if ((await redis.exists(hashOf(scope))) === 0) await redis.srem(scopesKey, scope);
      return removed;
    },
    async scopes() {
      return (await redis.smembers(scopesKey)).sort();
    },
    async reseal(scope, provider, fromKeyId, sealed) {
      return (await r.resealKey(hashOf(scope), provider, fromKeyId, JSON.stringify(sealed))) === 1;
    },
    async addSpend(scope, provider, clipId, cents) {
      const mark = key('keys-spent', scope, provider, clipId);
      return (await r.addKeySpend(mark, key('keys-spend', scope), provider, cents, SPEND_MARK_MS)) === 1;
    },
    async spend(scope) {
      const totals = await redis.hgetall(key('keys-spend', scope));
      return Object.fromEntries(Object.entries(totals).map(([p, cents]) => [p, Number(cents)]));
    },
    async setCap(scope, provider, maxInFlight) {
      return (
        (await r.setKeyCap(hashOf(scope), provider, maxInFlight === undefined ? '' : String(maxInFlight))) ===
        1
      );
    },
  };
}
