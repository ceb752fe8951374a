import type { Redis } from 'ioredis';
import type { MemberDirectory } from '../core/ports/workspace.ts';
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
  };
}
