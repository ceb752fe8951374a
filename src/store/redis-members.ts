import type { Redis } from 'ioredis';
import { ADMINS_KEPT, type MemberDirectory } from '../core/ports/workspace.ts';
import { createReadCache } from './read-cache.ts';

/**
 * How long a process reuses a workspace's member directory: every request screens its prompt
 * against it. A consent given or withdrawn through another process applies here within this
 * bound (through this process, at once).
 */
export const MEMBERS_CACHE_MS = 1000;

interface Directory {
  names: Map<string, string>;
  consenting: Set<string>;
}

/**
 * Members per workspace: names in a hash, consents in a set, so noting a new display name can
 * never undo a consent written at the same moment.
 */
export function createRedisMembers(
  redis: Redis,
  key: (...parts: string[]) => string,
  options: { cacheMs?: number; now?: () => number } = {},
): MemberDirectory {
  const namesKey = (scope: string) => key('members', scope, 'names');
  const consentKey = (scope: string) => key('members', scope, 'consent');
  // Admins seen on commands: ids scored by when, and their names (bounded to ADMINS_KEPT).
  const adminsKey = (scope: string) => key('members', scope, 'admins');
  const adminNamesKey = (scope: string) => key('members', scope, 'admin-names');
  const cache = createReadCache<Directory>({
    ttlMs: options.cacheMs ?? MEMBERS_CACHE_MS,
    ...(options.now ? { now: options.now } : {}),
  });
  const load = async (scope: string): Promise<Directory> => {
    const [names, consenting] = await Promise.all([
      redis.hgetall(namesKey(scope)),
      redis.smembers(consentKey(scope)),
    ]);
    return { names: new Map(Object.entries(names)), consenting: new Set(consenting) };
  };
  return {
    async list(scope) {
      const { names, consenting } = await cache.get(scope, () => load(scope));
      return [...names].map(([id, name]) => ({ id, name, consent: consenting.has(id) }));
    },
    async remember(scope, { id, name }) {
      // Every request notes its author; a name this process already holds needs no write.
      const known = cache.peek(scope);
      if (known?.names.get(id) === name) return;
      await redis.hset(namesKey(scope), id, name);
      known?.names.set(id, name);
    },
    async setConsent(scope, { id, name }, consent) {
      const tx = redis.multi().hset(namesKey(scope), id, name);
      if (consent) tx.sadd(consentKey(scope), id);
      else tx.srem(consentKey(scope), id);
      cache.forget(scope);
      await tx.exec();
      cache.forget(scope);
    },
    async noteAdmin(scope, { id, name }, at) {
      const tx = redis
        .multi()
        .zadd(adminsKey(scope), at, id)
        .hset(adminNamesKey(scope), id, name)
        // Past the bound the least recently seen go, names too.
        .zrange(adminsKey(scope), '0', String(-(ADMINS_KEPT + 1)))
        .zremrangebyrank(adminsKey(scope), 0, -(ADMINS_KEPT + 1));
      const results = await tx.exec();
      const dropped = (results?.[2]?.[1] as string[] | undefined) ?? [];
      if (dropped.length > 0) await redis.hdel(adminNamesKey(scope), ...dropped);
    },
    async admins(scope, since) {
      const ids = await redis.zrevrangebyscore(adminsKey(scope), '+inf', String(since));
      if (ids.length === 0) return [];
      const names = await redis.hmget(adminNamesKey(scope), ...ids);
      return ids.map((id, i) => ({ id, name: names[i] ?? id }));
    },
  };
}
