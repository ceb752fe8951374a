import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { storeContract } from '../contract/store-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('store');

storeContract('in-memory', async () => createMemoryStore());
storeContract(
  'redis',
  async () => createRedisStore({ url: REDIS_URL, prefix }),
  () => dropPrefix(prefix),
);
