import type { KeySlots } from '../core/ports/key-slots.ts';

/** Render slots per key in memory: the same rules as the Redis script, one process. */
export function createMemoryKeySlots(clipIsLive: (clipId: string) => boolean): KeySlots {
  /** slot key -> clip -> lease expiry */
  const held = new Map<string, Map<string, number>>();
  /** slot key -> clip -> { order, seen until } */
  const waiting = new Map<string, Map<string, { order: number; until: number }>>();
  const of = <V>(map: Map<string, Map<string, V>>, key: string) => {
    const inner = map.get(key) ?? new Map<string, V>();
    map.set(key, inner);
    return inner;
  };
  const purge = (slotKey: string, now: number) => {
    const h = of(held, slotKey);
    for (const [clip, until] of h) if (until <= now || !clipIsLive(clip)) h.delete(clip);
    const w = of(waiting, slotKey);
    for (const [clip, entry] of w) if (entry.until <= now || !clipIsLive(clip)) w.delete(clip);
    return { h, w };
  };
  return {
    async acquire(slotKey, clipId, order, cap, now, leaseMs) {
      const { h, w } = purge(slotKey, now);
      if (h.has(clipId)) {
        h.set(clipId, now + leaseMs);
        return true;
      }
      w.set(clipId, { order, until: now + leaseMs });
      const line = [...w].sort((a, b) => a[1].order - b[1].order || a[0].localeCompare(b[0]));
      const rank = line.findIndex(([id]) => id === clipId);
      if (h.size < cap && rank < cap - h.size) {
        w.delete(clipId);
        h.set(clipId, now + leaseMs);
        return true;
      }
      return false;
    },
    async release(slotKey, clipId) {
      held.get(slotKey)?.delete(clipId);
      waiting.get(slotKey)?.delete(clipId);
    },
    async held(slotKey, now) {
      return purge(slotKey, now).h.size;
    },
  };
}
