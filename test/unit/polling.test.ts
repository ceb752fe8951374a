import { describe, expect, it } from 'vitest';
import { estimateRemainingMs, nextPollDelay } from '../../src/core/render/polling.ts';

const policy = { minMs: 2000, maxMs: 30_000 };

/** Simulate a linear render of `renderMs` and count the status calls until it is done. */
function callsFor(renderMs: number): number {
  let t = policy.minMs;
  let calls = 0;
  for (;;) {
    calls++;
    const progress = Math.min(100, Math.floor((t / renderMs) * 100));
    if (t >= renderMs) return calls;
    t += nextPollDelay(policy, { elapsedMs: t, progress, calls });
  }
}

/**
 * A render shaped like the simulator's (and OpenAI's): queued with no progress for the first
 * `queuedShare`, then linear, progress in whole percent; the worker's clock starts `startLagMs`
 * after the provider's and every call reaches the provider `callLagMs` after it was planned.
 * Returns the calls and how late the last one came after the render ended.
 */
function realisticRun(renderMs: number, o: { queuedShare: number; startLagMs: number; callLagMs: number }) {
  let t = o.startLagMs + policy.minMs + o.callLagMs;
  let calls = 0;
  for (;;) {
    calls++;
    if (t >= renderMs) return { calls, lateMs: t - renderMs };
    const share = t / renderMs;
    const progress =
      share < o.queuedShare
        ? 0
        : Math.min(99, Math.floor(((share - o.queuedShare) / (1 - o.queuedShare)) * 100));
    const delay = nextPollDelay(policy, {
      elapsedMs: t - o.startLagMs,
      calls,
      ...(progress > 0 ? { progress } : {}),
    });
    t += delay + o.callLagMs;
  }
}

describe('adaptive polling', () => {
  it('estimates time left from the progress rate', () => {
    expect(estimateRemainingMs(10_000, 25)).toBe(30_000);
    expect(estimateRemainingMs(10_000, 0)).toBeUndefined();
    expect(estimateRemainingMs(10_000, undefined)).toBeUndefined();
  });

  it('backs off exponentially while the provider reports no progress', () => {
    const delays = [0, 1, 2, 3, 4, 5].map((calls) => nextPollDelay(policy, { elapsedMs: 1000, calls }));
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('honours a provider hint within the bounds', () => {
    expect(nextPollDelay(policy, { elapsedMs: 1, calls: 0, hintMs: 5000 })).toBe(5000);
    expect(nextPollDelay(policy, { elapsedMs: 1, calls: 0, hintMs: 10 })).toBe(2000);
  });

  it('needs at most 8 status calls for a 2-minute render and 6 for a 20-second one', () => {
    expect(callsFor(120_000)).toBeLessThanOrEqual(8);
    expect(callsFor(20_000)).toBeLessThanOrEqual(6);
  });

  it('halves the time left until it is within 5 floors, then waits it out with a 5% margin', () => {
    // 20 s left: half of it.
    expect(nextPollDelay(policy, { elapsedMs: 80_000, progress: 80, calls: 5 })).toBe(10_000);
    // 10 s left (5 floors): all of it and 5% more, so the call lands after the end, not just before.
    expect(nextPollDelay(policy, { elapsedMs: 90_000, progress: 90, calls: 6 })).toBe(10_500);
    expect(nextPollDelay(policy, { elapsedMs: 99_000, progress: 99, calls: 7 })).toBe(2000);
  });

  it('stays within 8 calls for a 2-minute render with a queue phase and slow round trips', () => {
    // The simulator queues for the first 10% of a render; the bench's time-compressed runs saw
    // round trips of 0.3-0.6 s at full scale. (A queue of 20% of the render skews the estimate
    // long enough to cost a ninth call.)
    for (const queuedShare of [0, 0.1]) {
      for (const callLagMs of [0, 200, 600, 1000]) {
        for (const startLagMs of [0, 300]) {
          const run = realisticRun(120_000, { queuedShare, startLagMs, callLagMs });
          expect({ queuedShare, callLagMs, startLagMs, calls: run.calls }).toEqual({
            queuedShare,
            callLagMs,
            startLagMs,
            calls: expect.toSatisfy((n: number) => n <= 8),
          });
          // The price of fewer calls is a late last look; it stays a few seconds.
          expect(run.lateMs).toBeLessThan(6000);
        }
      }
    }
  });
});
