import { afterAll } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { keySlotsContract, keysContract } from '../contract/keys-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('keys');
const redis = createRedisStore({ url: REDIS_URL, prefix });

keysContract('in-memory', () => createMemoryStore().keys);
keysContract('redis', () => redis.keys);
keySlotsContract('in-memory', () => createMemoryStore());
keySlotsContract('redis', () => redis);

afterAll(async () => {
  await redis.close();
  await dropPrefix(prefix);
});
