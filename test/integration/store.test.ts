import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
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

describe('the key-value space after an upgrade', () => {
  const upgraded = uniquePrefix('store-upgrade');
  afterAll(() => dropPrefix(upgraded));

  it('reads the records the previous version wrote with its own connections', async () => {
    // The layout Discord's state, Slack's upload ledger and the store's claims wrote before they
    // shared one port: `<prefix>:discord:…`, `<prefix>:slack:upload:…`, `<prefix>:claim:…`.
    const old = new Redis(REDIS_URL);
    await old.set(`${upgraded}:discord:limit:g1:c1`, '26214400', 'PX', 60_000);
    await old.set(
      `${upgraded}:slack:upload:clip-1:1`,
      JSON.stringify({ state: 'shared', fileId: 'F1' }),
      'EX',
      60,
    );
    await old.set(`${upgraded}:claim:slack:event:Ev1`, '1', 'PX', 60_000);
    old.disconnect();

    const store = createRedisStore({ url: REDIS_URL, prefix: upgraded });
    try {
      expect(await store.keyValue.get('discord:limit:g1:c1')).toBe('26214400');
      expect(JSON.parse((await store.keyValue.get('slack:upload:clip-1:1'))!)).toEqual({
        state: 'shared',
        fileId: 'F1',
      });
      expect(await store.keyValue.has('slack:event:Ev1')).toBe(true);
      expect(await store.keyValue.claim('slack:event:Ev1', 60_000)).toBe(false);
    } finally {
      await store.close();
    }
  });
});
