import { describe, expect, it } from 'vitest';
import type { ProgressReading } from '../../src/core/clip/clip.ts';
import { estimateTimeLeftMs, nextRunAt, progressAt } from '../../src/core/render/eta.ts';
import { estimateRemainingMs } from '../../src/core/render/polling.ts';
import { RenderTimes } from '../../src/core/render/render-times.ts';

describe('render times: a running median per model', () => {
  it('gives the median of the renders seen, per model, and nothing before one was seen', () => {
    const times = new RenderTimes();
    expect(times.median('fal/veo')).toBeUndefined();
    for (const ms of [30_000, 90_000, 60_000]) times.note('fal/veo', ms);
    times.note('openai/sora-2', 10_000);
    expect(times.median('fal/veo')).toBe(60_000);
    expect(times.median('openai/sora-2')).toBe(10_000);
    // One render stuck for an hour moves the median one place, not to a quarter of an hour (a mean would).
    times.note('fal/veo', 3_600_000);
    expect(times.median('fal/veo')).toBe(75_000);
  });

  it('learns only real durations: junk readings are ignored', () => {
    const times = new RenderTimes();
    for (const ms of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY]) times.note('m', ms);
    expect(times.count('m')).toBe(0);
    expect(times.median('m')).toBeUndefined();
  });

  it('keeps bounded memory: the last `window` renders per model, at most `maxModels` models', () => {
    const times = new RenderTimes({ window: 5, maxModels: 3 });
    for (let i = 1; i <= 100; i++) times.note('a', i * 1000);
    expect(times.count('a')).toBe(5);
    // The window slides: the median is of the last five (96..100 s).
    expect(times.median('a')).toBe(98_000);
    times.note('b', 1000);
    times.note('c', 1000);
    times.note('a', 1000); // seen again: now the most recent
    times.note('d', 1000); // a fourth model: the one seen least recently (b) is forgotten
    expect(times.models).toBe(3);
    expect(times.median('b')).toBeUndefined();
    expect(times.count('a')).toBe(5);
    expect(times.median('c')).toBe(1000);
  });

  it('tells the time left from the renders that outlasted the time already spent', () => {
    const times = new RenderTimes();
    for (const ms of [10_000, 20_000, 30_000, 40_000]) times.note('m', ms);
    // Renders that ran past 25 s took 30 or 40 s: median 35 s, 10 s after the 25 s spent.
    expect(times.remainingAfter('m', 25_000)).toBe(10_000);
    expect(times.remainingAfter('m', 0)).toBe(25_000 - 0);
    // Slower than anything seen: no number rather than a wrong one.
    expect(times.remainingAfter('m', 45_000)).toBeUndefined();
    expect(times.remainingAfter('other', 1000)).toBeUndefined();
  });
});

describe('time left on the card', () => {
  it('is the progress rate alone until this model has a render time', () => {
    expect(estimateTimeLeftMs({ elapsedMs: 10_000, progress: 25 })).toBe(estimateRemainingMs(10_000, 25));
    expect(estimateTimeLeftMs({ elapsedMs: 10_000 })).toBeUndefined();
  });

  it('leans on the learnt median early and on the rate later, so each clip gets its own guess', () => {
    // A model that renders in 60 s here; a clip 3 s in at 2% (the rate alone says 147 s).
    const early = estimateTimeLeftMs({ elapsedMs: 3000, progress: 2, typicalMs: 60_000 })!;
    expect(estimateRemainingMs(3000, 2)).toBe(147_000);
    expect(early).toBeGreaterThan(55_000);
    expect(early).toBeLessThan(62_000);
    // Late in the render the rate decides: 45 s for 90% says 5 s left, whatever the median.
    const late = estimateTimeLeftMs({ elapsedMs: 45_000, progress: 90, typicalMs: 60_000 })!;
    expect(late).toBeGreaterThan(4500);
    expect(late).toBeLessThan(5500);
    // Two clips of one model at different points get different numbers.
    const other = estimateTimeLeftMs({ elapsedMs: 20_000, progress: 40, typicalMs: 60_000 })!;
    expect(new Set([Math.round(early), Math.round(late), Math.round(other)]).size).toBe(3);
  });

  it('without progress (fal), uses the renders that outlasted this one, else says nothing', () => {
    expect(estimateTimeLeftMs({ elapsedMs: 10_000, typicalMs: 60_000, outlastingMs: 50_000 })).toBe(50_000);
    expect(estimateTimeLeftMs({ elapsedMs: 90_000, typicalMs: 60_000 })).toBeUndefined();
  });
});

describe('between status calls', () => {
  const reading: ProgressReading = { at: 0, progress: 40, remainingMs: 60_000, pollAt: 30_000, wakeAt: 2000 };

  it('moves progress on at the reading’s rate, in whole percent, never to 100 on a guess', () => {
    expect(progressAt(reading, 0)).toEqual({ progress: 40, leftMs: 60_000 });
    expect(progressAt(reading, 6000)).toEqual({ progress: 46, leftMs: 54_000 });
    expect(progressAt(reading, 30_000)).toEqual({ progress: 70, leftMs: 30_000 });
    expect(progressAt(reading, 120_000)).toEqual({ progress: 99, leftMs: 0 });
  });

  it('runs one card-edit interval after the last edit, until the status call that is due', () => {
    expect(nextRunAt(reading, 0, 2000, 0)).toBe(2000);
    expect(nextRunAt(reading, 26_000, 2000, 26_000)).toBe(28_000);
    expect(nextRunAt(reading, 29_000, 2000, 29_000)).toBe(30_000);
    // A status call at 27 s came too soon after the 26 s edit to be drawn: the tick keeps the beat.
    expect(nextRunAt({ ...reading, pollAt: 60_000 }, 27_000, 2000, 26_000)).toBe(28_000);
    // An edit that did not happen (the surface failed) never makes it run at once again.
    expect(nextRunAt(reading, 20_000, 2000, 10_000)).toBe(21_000);
    // A slow render: one percentage point takes 6 s, so ticks come no faster than that.
    const slow = { ...reading, remainingMs: 360_000, pollAt: 200_000 };
    expect(nextRunAt(slow, 0, 2000, 0)).toBe(6000);
  });
});
