import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { SettingChange } from '../../src/core/ports/workspace.ts';
import { createReadCache } from '../../src/store/read-cache.ts';
import { createRedisMembers, MEMBERS_CACHE_MS } from '../../src/store/redis-members.ts';
import { createRedisSettings, SETTINGS_CACHE_MS } from '../../src/store/redis-settings.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const prefix = uniquePrefix('read-cache');
const redis = new Redis(REDIS_URL);
const key = (...parts: string[]) => [prefix, ...parts].join(':');
afterAll(async () => {
  await dropPrefix(prefix);
  redis.disconnect();
});

const entry: SettingChange = {
  at: 1,
  by: { id: 'cy', name: 'Cy' },
  key: 'dailyBudgetCents',
  from: '',
  to: '',
};

/** Two processes on one Redis, each with its own cache and a clock the test moves. */
function twoProcesses() {
  let now = 0;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const options = { now: clock.now };
  return {
    clock,
    a: {
      settings: createRedisSettings(redis, key, options),
      members: createRedisMembers(redis, key, options),
    },
    b: {
      settings: createRedisSettings(redis, key, options),
      members: createRedisMembers(redis, key, options),
    },
  };
}

describe('cached settings and members (Redis)', () => {
  it('shows a settings change at once where it was made, and elsewhere within the bound', async () => {
    const { clock, a, b } = twoProcesses();
    const w = `w-${Math.random()}`;
    expect(await b.settings.get(w)).toEqual({});
    await a.settings.change(w, 'dailyBudgetCents', 500, entry);
    expect(await a.settings.get(w)).toEqual({ dailyBudgetCents: 500 });
    // Process b read the settings just before: it may keep its copy for the bound, no longer.
    expect(await b.settings.get(w)).toEqual({});
    clock.advance(SETTINGS_CACHE_MS);
    expect(await b.settings.get(w)).toEqual({ dailyBudgetCents: 500 });
  });

  it('hands every caller its own copy of the settings', async () => {
    const { a } = twoProcesses();
    const w = `w-${Math.random()}`;
    await a.settings.change(w, 'channels', ['c1'], entry);
    const first = await a.settings.get(w);
    first.channels?.push('c2');
    expect(await a.settings.get(w)).toEqual({ channels: ['c1'] });
  });

  it('shows a consent at once where it was given, and elsewhere within the bound', async () => {
    const { clock, a, b } = twoProcesses();
    const w = `w-${Math.random()}`;
    await a.members.remember(w, { id: 'u1', name: 'Ada' });
    expect(await b.members.list(w)).toEqual([{ id: 'u1', name: 'Ada', consent: false }]);
    await a.members.setConsent(w, { id: 'u1', name: 'Ada' }, true);
    expect(await a.members.list(w)).toEqual([{ id: 'u1', name: 'Ada', consent: true }]);
    expect((await b.members.list(w))[0]?.consent).toBe(false);
    clock.advance(MEMBERS_CACHE_MS);
    expect((await b.members.list(w))[0]?.consent).toBe(true);
  });

  it('writes a member’s new name even while the directory is cached', async () => {
    const { a, b } = twoProcesses();
    const w = `w-${Math.random()}`;
    await a.members.remember(w, { id: 'u1', name: 'Ada' });
    await a.members.list(w);
    await a.members.remember(w, { id: 'u1', name: 'Ada L.' });
    expect(await a.members.list(w)).toEqual([{ id: 'u1', name: 'Ada L.', consent: false }]);
    expect(await redis.hget(key('members', w, 'names'), 'u1')).toBe('Ada L.');
    expect(await b.members.list(w)).toEqual([{ id: 'u1', name: 'Ada L.', consent: false }]);
  });
});

describe('read cache', () => {
  it('shares one pending read among a burst and does not keep a failed one', async () => {
    const cache = createReadCache<number>({ ttlMs: 1000 });
    let loads = 0;
    const load = async () => ++loads;
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get('w', load)));
    expect(new Set(values)).toEqual(new Set([1]));
    expect(loads).toBe(1);
    await expect(cache.get('x', () => Promise.reject(new Error('redis away')))).rejects.toThrow('redis away');
    expect(await cache.get('x', async () => 7)).toBe(7);
  });

  it('keeps at most `max` scopes, dropping the oldest', async () => {
    const cache = createReadCache<string>({ ttlMs: 60_000, max: 2 });
    for (const scope of ['a', 'b', 'c']) await cache.get(scope, async () => scope);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('b')).toBe('b');
    expect(cache.peek('c')).toBe('c');
  });
});
