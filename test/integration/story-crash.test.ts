import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/ports/store.ts';
import { shotClipId } from '../../src/core/story/story.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { storySetup } from '../helpers/story-harness.ts';

const prefix = uniquePrefix('story-crash');
const redisStore = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await redisStore.close();
  await dropPrefix(prefix);
});

const KILLED = 'worker killed';

/**
 * The store as a worker process sees it, which dies at its `at`-th store call: that call and
 * every later one fail, as if the process had been SIGKILLed there (nothing after it happens).
 */
function dyingStore(store: Store, at: number): { store: Store; calls: () => number } {
  let calls = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key) {
        const value = Reflect.get(obj, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (++calls >= at) return Promise.reject(new Error(KILLED));
          return value.apply(obj, args);
        };
      },
    });
  const dying = {
    ...store,
    clips: wrap(store.clips),
    stories: wrap(store.stories),
    ledger: wrap(store.ledger),
    messages: wrap(store.messages),
    posted: wrap(store.posted),
    thumbnails: wrap(store.thumbnails),
  };
  return { store: dying, calls: () => calls };
}

const stores: [string, () => Store][] = [
  ['in-memory', () => createMemoryStore()],
  ['redis', () => redisStore],
];

describe.each(stores)('a worker killed at every store call of a story, on %s', (_name, makeStore) => {
  it('is replaced by one that finishes it: each shot bought once, the story posted once, the books to the cent', async () => {
    // First, how many store calls a whole 3-shot flow story takes when nothing dies.
    const clean = storySetup(makeStore());
    const counting = dyingStore(clean.store, Number.POSITIVE_INFINITY);
    const ask = (h: ReturnType<typeof storySetup>) =>
      h.stories.request({
        shots: ['a seed', 'a sprout', 'a tree'],
        seconds: 4,
        mode: 'flow',
        options: {},
        author: h.member(0),
        place: h.place,
      });
    await ask(clean);
    await clean.drain(clean.makeHandler(counting.store));
    const total = counting.calls();
    expect(total).toBeGreaterThan(50);

    // Then a kill at every one of those calls.
    let kills = 0;
    for (let at = 1; at <= total; at++) {
      const h = storySetup(makeStore());
      const story = await ask(h);
      const dying = dyingStore(h.store, at);
      await h.drain(h.makeHandler(dying.store)).catch((error: Error) => {
        if (error.message !== KILLED) throw error;
        kills++;
      });
      // The replacement worker, over the same store and queue.
      await h.drain();
      const tag = `killed at store call ${at}`;
      expect((await h.store.clips.get(story.id))?.state, tag).toBe('posted');
      expect(h.provider.distinctJobs(), tag).toBe(3);
      expect(h.messenger.uploads, tag).toHaveLength(1);
      const shots = await Promise.all([0, 1, 2].map((i) => h.store.clips.get(shotClipId(story.id, i))));
      expect(
        shots.map((shot) => shot?.state),
        tag,
      ).toEqual(['posted', 'posted', 'posted']);
      // The shots joined in order, each its own provider job (a replayed create names the first).
      expect(h.joins.at(-1)?.inputs, tag).toEqual(shots.map((shot) => `video:${shot?.providerJobId}`));
      expect(await h.store.ledger.reservation(story.id), tag).toMatchObject({
        status: 'settled',
        settledCents: 120,
      });
      const day = (await h.store.ledger.usage(h.ledgerQuery())).day.member;
      expect(day, tag).toEqual({
        reservedCents: 120,
        releasedCents: 120,
        settledCents: 120,
        clips: 1,
        seconds: 12,
      });
    }
    // A run can take a few calls fewer than the counted one (a resumed step skips what is done).
    expect(kills).toBeGreaterThan(total * 0.9);
    console.log(`story crash: ${total} store calls, ${kills} kills`);
  });
});
