import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../src/core/ports/clock.ts';

/** Where the time of each message's last edit is kept (shared across processes when Redis is). */
export interface EditMarks {
  lastEdit(messageKey: string): Promise<number | undefined>;
  setLastEdit(messageKey: string, at: number): Promise<void>;
}

/**
 * Keeps edits of one message at least `intervalMs` apart, whoever asks: the worker's throttled
 * progress edits, its forced state changes, and the bot's first "queued" card. Discord does not
 * publish per-message edit limits (about 5 per 5 s per channel observed, discord-relay-chat/drc#17), so one
 * edit per message per CARD_EDIT_INTERVAL_MS is the budget. Edits of one message run one at a
 * time, each measured from when the previous one finished (a 429 retry inside discord.js's REST
 * pushes the next edit back too); an edit still waiting when a newer card arrives is dropped,
 * since the newer card shows everything it would have.
 */
export class EditPacer {
  readonly #intervalMs: number;
  readonly #marks: EditMarks;
  readonly #clock: Clock;
  readonly #queues = new Map<string, { tail: Promise<void>; latest: number }>();
  #seq = 0;

  constructor(options: { intervalMs: number; marks: EditMarks; clock: Clock }) {
    this.#intervalMs = options.intervalMs;
    this.#marks = options.marks;
    this.#clock = options.clock;
  }

  /** Run `send` in this message's turn; resolves without sending when a newer edit replaced it. */
  run(messageKey: string, send: () => Promise<void>): Promise<void> {
    const ticket = ++this.#seq;
    const entry = this.#queues.get(messageKey) ?? { tail: Promise.resolve(), latest: 0 };
    this.#queues.set(messageKey, entry);
    entry.latest = ticket;
    const turn = entry.tail.then(() => this.#turn(messageKey, ticket, entry, send));
    const tail = turn.catch(() => {});
    entry.tail = tail;
    void tail.then(() => {
      if (entry.tail === tail && this.#queues.get(messageKey) === entry) this.#queues.delete(messageKey);
    });
    return turn;
  }

  /** Drop the edits still waiting for this message (it is being deleted). */
  cancel(messageKey: string): void {
    const entry = this.#queues.get(messageKey);
    if (entry) entry.latest = ++this.#seq;
  }

  async #turn(key: string, ticket: number, entry: { latest: number }, send: () => Promise<void>) {
    if (entry.latest !== ticket) return;
    const last = await this.#marks.lastEdit(key);
    const wait = last === undefined ? 0 : last + this.#intervalMs - this.#clock.now();
    if (wait > 0) await sleep(wait);
    if (entry.latest !== ticket) return;
    try {
      await send();
    } finally {
      await this.#marks.setLastEdit(key, this.#clock.now());
    }
  }
}
