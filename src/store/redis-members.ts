import type { Redis } from 'ioredis';
import type { MemberDirectory } from '../core/ports/workspace.ts';

/**
 * Members per workspace: names in a hash, consents in a set, so noting a new display name can
 * never undo a consent written at the same moment.
 */
export function createRedisMembers(redis: Redis, key: (...parts: string[]) => string): MemberDirectory {
  const namesKey = (scope: string) => key('members', scope, 'names');
  const consentKey = (scope: string) => key('members', scope, 'consent');
  return {
    async list(scope) {
      const [names, consenting] = await Promise.all([
        redis.hgetall(namesKey(scope)),
        redis.smembers(consentKey(scope)),
      ]);
      const yes = new Set(consenting);
      return Object.entries(names).map(([id, name]) => ({ id, name, consent: yes.has(id) }));
    },
    async remember(scope, { id, name }) {
      await redis.hset(namesKey(scope), id, name);
    },
    async setConsent(scope, { id, name }, consent) {
      const tx = redis.multi().hset(namesKey(scope), id, name);
      if (consent) tx.sadd(consentKey(scope), id);
      else tx.srem(consentKey(scope), id);
      await tx.exec();
    },
  };
}
