import { afterAll, describe, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { wholeLife } from '../helpers/contest-life.ts';
import { setup } from '../helpers/core-harness.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('contest-life');
const store = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await store.close();
  await dropPrefix(prefix);
});

describe('a contest’s whole life on Redis', () => {
  it('counts and announces exactly as over the in-memory store', async () => {
    await wholeLife(setup({ store }));
  });
});
