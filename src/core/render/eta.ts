import type { ProgressReading } from '../clip/clip.ts';
import { estimateRemainingMs } from './polling.ts';

export interface TimeLeftInput {
  /** Milliseconds since the provider started rendering it (as far as the status calls tell). */
  elapsedMs: number;
  /** The provider's own progress, 0..100, where it reports one. */
  progress?: number | undefined;
  /** The running median of this model's render times in this process (RenderTimes.median). */
  typicalMs?: number | undefined;
  /** Time left by the renders seen that outlasted `elapsedMs` (RenderTimes.remainingAfter). */
  outlastingMs?: number | undefined;
}

/**
 * Time left, in ms, from what this render reports and what renders of its model took here:
 * with progress and learned times, a blend of the typical render's share still to go and the
 * rate so far, leaning on the rate as progress grows (early percentages say little: OpenAI's and
 * the simulator's renders sit at 0% while they start); with progress only, the rate so far;
 * without progress (fal reports none), the median of the renders seen that outlasted this one so
 * far. Otherwise undefined: a card shows no made-up number.
 */
export function estimateTimeLeftMs(input: TimeLeftInput): number | undefined {
  const rate = estimateRemainingMs(input.elapsedMs, input.progress);
  if (rate !== undefined) {
    if (input.typicalMs === undefined) return rate;
    const done = input.progress! / 100;
    return (1 - done) * (input.typicalMs * (1 - done)) + done * rate;
  }
  if (input.progress !== undefined && input.progress >= 100) return undefined;
  return input.outlastingMs;
}

/** What the card shows between status calls: the last reading moved on at its own rate. */
export function progressAt(reading: ProgressReading, nowMs: number): { progress: number; leftMs: number } {
  const since = Math.max(0, nowMs - reading.at);
  const share = reading.remainingMs > 0 ? Math.min(1, since / reading.remainingMs) : 1;
  // Never 100 on a guess: only the provider says it is done.
  const progress = Math.min(99, Math.floor(reading.progress + (100 - reading.progress) * share));
  return {
    progress: Math.max(progress, Math.floor(reading.progress)),
    leftMs: Math.max(0, reading.remainingMs - since),
  };
}

/**
 * When the job should run next after `nowMs`: the next card tick or the status call that is due,
 * whichever is first. A tick comes one edit interval (`minTickMs`) after the card's last edit
 * (`editedAt`), so it is never held back by the interval and the card moves every interval even
 * when a status call between two ticks was too soon to be drawn; and no sooner after that edit
 * than one percentage point of the estimated pace, so each tick moves it. A run that is late for
 * its beat (a busy worker, an edit that failed) ticks half an interval on, never at once.
 */
export function nextRunAt(
  reading: ProgressReading,
  nowMs: number,
  minTickMs: number,
  editedAt: number,
): number {
  const perPoint = reading.remainingMs / Math.max(1, 100 - reading.progress);
  const beat = editedAt + Math.ceil(Math.max(minTickMs, perPoint));
  const tickAt = beat > nowMs ? beat : nowMs + Math.ceil(Math.max(minTickMs / 2, perPoint));
  return Math.min(reading.pollAt, tickAt);
}
