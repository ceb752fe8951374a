import { describe, expect, it } from 'vitest';
import { estimateRemainingMs, nextPollDelay } from '../../src/core/polling.ts';

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
});
