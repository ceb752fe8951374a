/** What a render slot needs of a video: when it starts and ends, and whether it was deleted. */
export interface SlotRecord {
  startsAtMs: number;
  endsAtMs: number;
  deleted: boolean;
}

/**
 * At most `max` videos of one API render at once on the simulated clock; the rest wait in line,
 * earliest request first, as the real services queue work beyond an account's concurrency (fal's
 * queue reports `IN_QUEUE` with a `queue_position`, https://docs.fal.ai/model-apis/model-endpoints/queue;
 * Runway reports `THROTTLED`). Like everything in the simulator, nothing runs on a timer: each
 * waiting record is given the start time its slot frees at, and its status follows from the clock.
 */
export class RenderSlots {
  readonly #max: number;
  /** Placed records that have not ended, in request order. */
  #live: SlotRecord[] = [];

  constructor(max: number) {
    this.#max = Math.max(1, Math.floor(max));
  }

  /** Give a new record its start: now if a slot is free, else when the earliest one frees. */
  place(record: SlotRecord, nowMs: number): void {
    this.#live.push(record);
    this.#schedule(nowMs, record);
  }

  /** Records a restarted simulator took back, in request order: placed as they were, waiting ones lined up again. */
  adopt(records: readonly SlotRecord[], nowMs: number): void {
    this.#live.push(...records);
    this.#schedule(nowMs);
  }

  /** A render stopped early (cancelled): the records still waiting move up into its slot. */
  release(nowMs: number): void {
    this.#schedule(nowMs);
  }

  clear(): void {
    this.#live = [];
  }

  #schedule(nowMs: number, fresh?: SlotRecord): void {
    this.#live = this.#live.filter((r) => !r.deleted && r.endsAtMs > nowMs);
    const waiting = (r: SlotRecord) => r === fresh || r.startsAtMs > nowMs;
    // When each slot is next free: the renders under way hold theirs until they end.
    const free = this.#live.filter((r) => !waiting(r)).map((r) => r.endsAtMs);
    while (free.length < this.#max) free.push(nowMs);
    for (const record of this.#live.filter(waiting)) {
      let slot = 0;
      for (let i = 1; i < free.length; i++) if (free[i]! < free[slot]!) slot = i;
      const lengthMs = record.endsAtMs - record.startsAtMs;
      record.startsAtMs = Math.max(nowMs, free[slot]!);
      record.endsAtMs = record.startsAtMs + lengthMs;
      free[slot] = record.endsAtMs;
    }
  }
}
