/**
 * Render slots per provider key: how many of a key's clips may be at its provider at once. A slot
 * is a lease that lapses unless renewed (every step of a clip at the provider renews it), and is
 * held only while its clip is still queued, submitted or rendering in the store (a cancelled,
 * failed or rendered clip frees it at the next acquire), so neither a crash nor a cancel whose
 * job never runs again can keep one. Clips waiting for a slot queue in a per-key line
 * in the fair queue's order, and a freed slot goes to the head of that line.
 */
export interface KeySlots {
  /**
   * Take (or renew) a slot for `clipId` on `slotKey` when fewer than `cap` are held and the clip
   * is among the first waiting in line (by `order`, lower first); otherwise keep its place in the
   * line and answer false. Expired leases and waiters not seen within `leaseMs` are dropped first.
   */
  acquire(
    slotKey: string,
    clipId: string,
    order: number,
    cap: number,
    now: number,
    leaseMs: number,
  ): Promise<boolean>;
  /** Give back the clip's slot and its place in line (it finished, failed, moved or was cancelled). */
  release(slotKey: string, clipId: string): Promise<void>;
  /** Slots held now, leases past `now` not counted. */
  held(slotKey: string, now: number): Promise<number>;
}
