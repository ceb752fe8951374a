import { afterAll } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { ledgerContract } from '../contract/ledger-contract.ts';
import { workspaceContract } from '../contract/workspace-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('ledger');
const redisStore = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await redisStore.close();
  await dropPrefix(prefix);
});

ledgerContract('in-memory', () => createMemoryStore().ledger);
ledgerContract('redis', () => redisStore.ledger);
workspaceContract('in-memory', () => createMemoryStore());
workspaceContract('redis', () => redisStore);
