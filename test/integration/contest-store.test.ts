import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { contestContract } from '../contract/contest-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('contests');

contestContract('in-memory', async () => createMemoryStore());
contestContract(
  'redis',
  async () => createRedisStore({ url: REDIS_URL, prefix }),
  () => dropPrefix(prefix),
);
