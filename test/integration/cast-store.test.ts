import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { castContract } from '../contract/cast-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('cast');

castContract('in-memory', async () => createMemoryStore());
castContract(
  'redis',
  async () => createRedisStore({ url: REDIS_URL, prefix }),
  () => dropPrefix(prefix),
);
