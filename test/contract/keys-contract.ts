import { describe, expect, it } from 'vitest';
import type { KeySlots } from '../../src/core/ports/key-slots.ts';
import type { KeyRepository, ProviderKeyRecord, Sealed } from '../../src/core/ports/keys.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { sampleClip } from './store-contract.ts';

const scope = () => `test:w-${Math.random().toString(36).slice(2, 10)}`;
const sealed = (keyId: string, data = 'Y2lwaGVy'): Sealed => ({ keyId, iv: 'aXY=', tag: 'dGFn', data });
const record = (s: string, provider: string, keyId = 'k1'): ProviderKeyRecord => ({
  scope: s,
  provider,
  last4: 'wxyz',
  addedBy: { id: 'cy', name: 'Cy' },
  addedAt: 1_700_000_000_000,
  sealed: sealed(keyId),
});

/** Workspaces' provider keys: the same behaviour on Redis and in memory. */
export function keysContract(name: string, make: () => KeyRepository) {
  describe(`Key repository contract: ${name}`, () => {
    it('keeps one key per workspace and provider, a new one replacing the old', async () => {
      const keys = make();
      const a = scope();
      const b = scope();
      await keys.put(record(a, 'runway'));
      await keys.put(record(a, 'fal'));
      await keys.put({ ...record(a, 'fal'), last4: 'abcd' });
      await keys.put(record(b, 'fal'));
      expect((await keys.list(a)).map((r) => [r.provider, r.last4])).toEqual([
        ['fal', 'abcd'],
        ['runway', 'wxyz'],
      ]);
      expect(await keys.get(b, 'fal')).toEqual(record(b, 'fal'));
      expect(await keys.get(b, 'runway')).toBeUndefined();
      expect(await keys.scopes()).toEqual(expect.arrayContaining([a, b]));
    });

    it('removes a key, and a workspace with none left is no longer listed', async () => {
      const keys = make();
      const a = scope();
      await keys.put(record(a, 'fal'));
      expect(await keys.remove(a, 'fal')).toBe(true);
      expect(await keys.remove(a, 'fal')).toBe(false);
      expect(await keys.list(a)).toEqual([]);
      expect(await keys.scopes()).not.toContain(a);
    });

    it('re-seals only a record still under the old key id', async () => {
      const keys = make();
      const a = scope();
      await keys.put(record(a, 'fal', 'old'));
      expect(await keys.reseal(a, 'fal', 'old', sealed('new', 'bmV3'))).toBe(true);
      expect((await keys.get(a, 'fal'))?.sealed).toEqual(sealed('new', 'bmV3'));
      // A second run (or a racing one) finds it moved on and changes nothing.
      expect(await keys.reseal(a, 'fal', 'old', sealed('other'))).toBe(false);
      expect((await keys.get(a, 'fal'))?.sealed.keyId).toBe('new');
      expect(await keys.reseal(a, 'runway', 'old', sealed('new'))).toBe(false);
      expect(await keys.get(a, 'runway')).toBeUndefined();
    });

    it('sets and clears a key cap, and refuses one for a missing key', async () => {
      const keys = make();
      const a = scope();
      await keys.put(record(a, 'fal'));
      expect(await keys.setCap(a, 'fal', 3)).toBe(true);
      expect((await keys.get(a, 'fal'))?.maxInFlight).toBe(3);
      expect(await keys.setCap(a, 'fal', undefined)).toBe(true);
      expect((await keys.get(a, 'fal'))?.maxInFlight).toBeUndefined();
      expect(await keys.setCap(a, 'runway', 2)).toBe(false);
      expect(await keys.get(a, 'runway')).toBeUndefined();
    });

    it('adds each clip’s spend to its key once, however often it is retried', async () => {
      const keys = make();
      const a = scope();
      expect(await keys.spend(a)).toEqual({});
      expect(await keys.addSpend(a, 'fal', 'c1', 40)).toBe(true);
      expect(await keys.addSpend(a, 'fal', 'c1', 40)).toBe(false);
      expect(await keys.addSpend(a, 'fal', 'c2', 15)).toBe(true);
      expect(await keys.addSpend(a, 'runway', 'c3', 12)).toBe(true);
      expect(await keys.spend(a)).toEqual({ fal: 55, runway: 12 });
      expect(await keys.spend(scope())).toEqual({});
    });

    it('hands out copies: changing one never changes what is stored', async () => {
      const keys = make();
      const a = scope();
      await keys.put(record(a, 'fal'));
      const got = (await keys.get(a, 'fal'))!;
      got.sealed.keyId = 'changed';
      expect((await keys.get(a, 'fal'))?.sealed.keyId).toBe('k1');
    });
  });
}

const uid = () => `clip-${Math.random().toString(36).slice(2, 12)}`;

/** Render slots per key: the same behaviour on Redis and in memory. */
export function keySlotsContract(name: string, makeStore: () => Store) {
  // Slots are held only by clips still on their way: each test's clips are stored as submitted.
  let store: Store;
  const make = (): KeySlots => {
    store = makeStore();
    const slots = store.keySlots;
    return {
      async acquire(slotKey, clipId, order, cap, now, leaseMs) {
        if (!(await store.clips.get(clipId)))
          await store.clips.create(sampleClip({ id: clipId, state: 'submitted' }));
        return slots.acquire(slotKey, clipId, order, cap, now, leaseMs);
      },
      release: (slotKey, clipId) => slots.release(slotKey, clipId),
      held: (slotKey, now) => slots.held(slotKey, now),
    };
  };
  const slot = () => `test:k-${Math.random().toString(36).slice(2, 10)}`;
  describe(`Key slots contract: ${name}`, () => {
    it('hands out at most the cap, and a freed slot to the next', async () => {
      const slots = make();
      const k = slot();
      expect(await slots.acquire(k, 'a', 1, 2, 0, 1000)).toBe(true);
      expect(await slots.acquire(k, 'b', 2, 2, 0, 1000)).toBe(true);
      expect(await slots.acquire(k, 'c', 3, 2, 0, 1000)).toBe(false);
      // Renewing a held slot is not a second slot.
      expect(await slots.acquire(k, 'a', 1, 2, 10, 1000)).toBe(true);
      expect(await slots.held(k, 10)).toBe(2);
      await slots.release(k, 'a');
      expect(await slots.acquire(k, 'c', 3, 2, 20, 1000)).toBe(true);
      expect(await slots.held(k, 20)).toBe(2);
    });

    it('gives a freed slot to the clip first in line, not the first to ask', async () => {
      const slots = make();
      const k = slot();
      expect(await slots.acquire(k, 'a', 1, 1, 0, 1000)).toBe(true);
      expect(await slots.acquire(k, 'late', 9, 1, 0, 1000)).toBe(false);
      expect(await slots.acquire(k, 'early', 2, 1, 0, 1000)).toBe(false);
      await slots.release(k, 'a');
      expect(await slots.acquire(k, 'late', 9, 1, 5, 1000)).toBe(false);
      expect(await slots.acquire(k, 'early', 2, 1, 5, 1000)).toBe(true);
      await slots.release(k, 'early');
      expect(await slots.acquire(k, 'late', 9, 1, 6, 1000)).toBe(true);
    });

    it('lets a lapsed lease or a waiter that stopped asking go, so a crash never keeps a slot', async () => {
      const slots = make();
      const k = slot();
      expect(await slots.acquire(k, 'crashed', 1, 1, 0, 100)).toBe(true);
      expect(await slots.acquire(k, 'gone', 2, 1, 50, 100)).toBe(false);
      expect(await slots.held(k, 99)).toBe(1);
      expect(await slots.held(k, 100)).toBe(0);
      // 'gone' was last seen at 50: by 200 its place in line has lapsed too.
      expect(await slots.acquire(k, 'next', 3, 1, 200, 100)).toBe(true);
    });

    it('frees a slot and a place in line at once when the clip is cancelled, failed or rendered', async () => {
      const slots = make();
      const k = slot();
      const [a, b, c] = [uid(), uid(), uid()];
      expect(await slots.acquire(k, a, 1, 1, 0, 100_000)).toBe(true);
      expect(await slots.acquire(k, b, 2, 1, 0, 100_000)).toBe(false);
      expect(await slots.acquire(k, c, 3, 1, 0, 100_000)).toBe(false);
      // The holder is cancelled and its job never runs again; the first waiter fails.
      await store.clips.update(a, { state: 'cancelled' });
      await store.clips.update(b, { state: 'failed' });
      expect(await slots.held(k, 1)).toBe(0);
      expect(await slots.acquire(k, c, 3, 1, 1, 100_000)).toBe(true);
      await store.clips.update(c, { state: 'fetching' });
      const d = uid();
      expect(await slots.acquire(k, d, 4, 1, 2, 100_000)).toBe(true);
    });

    it('keeps a renewed lease', async () => {
      const slots = make();
      const k = slot();
      expect(await slots.acquire(k, 'a', 1, 1, 0, 100)).toBe(true);
      expect(await slots.acquire(k, 'a', 1, 1, 80, 100)).toBe(true);
      expect(await slots.acquire(k, 'b', 2, 1, 150, 100)).toBe(false);
      expect(await slots.held(k, 150)).toBe(1);
    });
  });
}
