import { describe, expect, it } from 'vitest';
import { cardFor, stateLabel } from '../../src/core/card/card.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import type { RenderStatus } from '../../src/core/ports/video-provider.ts';
import { placeAtProvider, placeInLine, shownPlace } from '../../src/core/render/place-in-line.ts';
import { TickBudget } from '../../src/core/render/render-progress.ts';
import { sampleClip } from '../contract/store-contract.ts';
import { settings, setup } from '../helpers/core-harness.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';

/** A harness whose provider answers each job's status from `answers` (queued until told otherwise). */
function withQueue() {
  const provider = new FakeProvider();
  const answers = new Map<string, RenderStatus>();
  provider.statusOf = (id) => answers.get(id) ?? { state: 'queued' };
  const t = setup({ providers: [provider] });
  const step = (clip: Clip) => t.handler({ id: clip.id, data: { clipId: clip.id } });
  const jobOf = async (clip: Clip) => (await t.store.clips.get(clip.id))!.providerJobId!;
  const places = (clip: Clip) => t.messenger.cardsFor(clip.id).map((c) => c.queuePosition);
  return { t, answers, step, jobOf, places };
}

describe('a place in line that means something', () => {
  it('no place where nothing waits ahead: a #1 is never shown, at the provider or here', () => {
    expect(shownPlace(1)).toBeUndefined();
    expect(shownPlace(undefined)).toBeUndefined();
    expect(shownPlace(4)).toBe(4);
    // fal counts the requests ahead (0: next); a render is in no line.
    expect(placeAtProvider({ state: 'queued', queuePosition: 0 }, undefined)).toBe(1);
    expect(placeAtProvider({ state: 'queued', queuePosition: 4 }, 9)).toBe(5);
    expect(placeAtProvider({ state: 'queued' }, 3)).toBe(3);
    expect(placeAtProvider({ state: 'rendering', queuePosition: 4 }, 3)).toBeUndefined();
    // A reply that is no real line shows nothing rather than nonsense.
    for (const queuePosition of [-1, 2.5, Number.NaN, 1e12]) {
      expect(placeAtProvider({ state: 'queued', queuePosition }, 3)).toBeUndefined();
    }
  });

  it('draws the place on waiting cards only, in the words of each wait', () => {
    const clip = sampleClip();
    const queued = cardFor(clip, { queuePosition: 1 });
    expect([queued.queuePosition, stateLabel(queued)]).toEqual([undefined, 'Queued']);
    expect(stateLabel(cardFor(clip, { queuePosition: 3 }))).toBe('Queued (#3 in line)');
    const waiting = cardFor({ ...clip, state: 'submitted' }, { queuePosition: 3 });
    expect(stateLabel(waiting)).toBe('Waiting at the video service (#3 in line)');
    expect(stateLabel(cardFor({ ...clip, state: 'submitted' }, { queuePosition: 1 }))).toBe(
      'Starting render',
    );
    expect(cardFor({ ...clip, state: 'rendering' }, { queuePosition: 3 }).queuePosition).toBeUndefined();
  });

  it('shows a lone clip no place at all, though its provider queues it before rendering', async () => {
    const { t, answers, step, jobOf, places } = withQueue();
    const clip = await t.request();
    // Still in reelbot's own queue with nothing ahead: 1, not shown.
    expect(await placeInLine(t.store, (await t.store.clips.get(clip.id))!)).toBe(1);
    await step(clip);
    for (let i = 0; i < 3; i++) {
      t.advance(2000);
      await step(clip);
    }
    answers.set(await jobOf(clip), { state: 'rendering', progress: 10 });
    t.advance(2000);
    await step(clip);
    expect((await t.store.clips.get(clip.id))!.state).toBe('rendering');
    expect(places(clip).every((p) => p === undefined)).toBe(true);
    expect(t.messenger.cardsFor(clip.id).length).toBeGreaterThan(1);
  });

  it("counts a clip down through this deployment's line at a provider that only says queued", async () => {
    const { t, answers, step, jobOf, places } = withQueue();
    const clips = [await t.request('one'), await t.request('two'), await t.request('three')];
    for (const clip of clips) {
      await step(clip);
      t.advance(1); // handed over one after another
    }
    const [first, second, third] = clips as [Clip, Clip, Clip];
    // A clip not yet handed over has the three waiting at the provider ahead of it too.
    const fourth = await t.request('four');
    expect(await placeInLine(t.store, (await t.store.clips.get(fourth.id))!)).toBe(4);
    t.advance(2000);
    await step(third);
    answers.set(await jobOf(first), { state: 'rendering', progress: 5 });
    await step(first);
    t.advance(2000);
    await step(third);
    answers.set(await jobOf(second), { state: 'rendering', progress: 5 });
    await step(second);
    t.advance(2000);
    await step(third);
    answers.set(await jobOf(third), { state: 'rendering', progress: 5 });
    t.advance(2000);
    await step(third);
    // Submitted (no status yet), #3, #2, next (no number), rendering (none).
    expect(places(third)).toEqual([undefined, 3, 2, undefined, undefined]);
    expect(t.messenger.cardsFor(third.id).map((c) => c.state)).toEqual([
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'rendering',
    ]);
    expect(await t.store.clips.providerWaitingCount('fake')).toBe(0);
  });

  it("shows fal's own queue position, one-based, and drops it once rendering", async () => {
    const { t, answers, step, jobOf, places } = withQueue();
    const clip = await t.request();
    await step(clip);
    const job = await jobOf(clip);
    for (const position of [6, 6, 2, 0]) {
      answers.set(job, { state: 'queued', queuePosition: position });
      t.advance(2000);
      await step(clip);
    }
    answers.set(job, { state: 'rendering' });
    t.advance(2000);
    await step(clip);
    // An unchanged place is not drawn again.
    expect(places(clip)).toEqual([undefined, 7, 3, undefined, undefined]);
  });
});

describe('progress that moves', () => {
  it('advances the card about every card-edit interval while the provider reports progress', async () => {
    const provider = new FakeProvider();
    const t = setup({ providers: [provider] });
    const RENDER_MS = 60_000;
    const startedAt = t.clock.now();
    // A render whose progress follows the clock, as the simulator's and OpenAI's do.
    provider.statusOf = () => {
      const progress = Math.floor(((t.clock.now() - startedAt) / RENDER_MS) * 100);
      return progress >= 100 ? { state: 'completed', progress: 100 } : { state: 'rendering', progress };
    };
    const edits: { at: number; state: string; progress: number }[] = [];
    const edit = t.messenger.edit.bind(t.messenger);
    t.messenger.edit = async (ref, card) => {
      edits.push({ at: t.clock.now(), state: card.state, progress: card.progress });
      return edit(ref, card);
    };
    const clip = await t.request();
    await t.run(clip.id, t.handler, 500);
    const rendering = edits.filter((e) => e.state === 'rendering');
    expect(rendering.length).toBeGreaterThan(20);
    for (let i = 1; i < rendering.length; i++) {
      const gap = rendering[i]!.at - rendering[i - 1]!.at;
      // Every interval: no faster (the edit budget), no slower (a status call between two ticks
      // that came too soon to be drawn is drawn by the next tick, one interval after the last edit).
      expect(gap).toBe(settings.cardEditIntervalMs);
      expect(rendering[i]!.progress).toBeGreaterThan(rendering[i - 1]!.progress);
    }
    // The status calls stay as few as adaptive polling makes them (test/unit/polling.test.ts).
    expect(provider.statusCalls).toBeLessThanOrEqual(8);
    expect((await t.store.clips.get(clip.id))!.state).toBe('posted');
  });

  it('bounds the ticks one worker schedules: past the budget, cards move at their status calls', () => {
    let now = 0;
    const budget = new TickBudget(3, { now: () => now });
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
    now += 333;
    expect(budget.take()).toBe(false);
    now += 1;
    expect([budget.take(), budget.take()]).toEqual([true, false]);
    // A quiet spell saves up no more than a second's worth.
    now += 60_000;
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
  });

  it("learns the time left from this model's finished renders, for a provider that reports no progress", async () => {
    const provider = new FakeProvider();
    const t = setup({ providers: [provider] });
    const firstLook = new Map<string, number>();
    // fal-like: rendering with no percentage, done 50 s after the first look.
    provider.statusOf = (id) => {
      const seen = firstLook.get(id) ?? t.clock.now();
      firstLook.set(id, seen);
      return t.clock.now() - seen >= 50_000 ? { state: 'completed' } : { state: 'rendering' };
    };
    const first = await t.request('first');
    await t.run(first.id);
    const firstCards = t.messenger.cardsFor(first.id).filter((c) => c.state === 'rendering');
    // Nothing learnt yet and no progress: no made-up time.
    expect(firstCards.every((c) => c.etaS === undefined)).toBe(true);
    const took = (await t.store.clips.get(first.id))!;
    const learntMs = took.renderedAt! - took.submittedAt!;
    expect(learntMs).toBeGreaterThanOrEqual(50_000);

    const second = await t.request('second');
    await t.handler({ id: second.id, data: { clipId: second.id } });
    t.advance(2000);
    await t.handler({ id: second.id, data: { clipId: second.id } });
    const card = t.messenger.cardsFor(second.id).at(-1)!;
    expect(card.state).toBe('rendering');
    // The first took `learntMs` from its hand-over; this one is 2 s in.
    expect(card.etaS).toBe(Math.ceil((learntMs - 2000) / 1000));
  });
});
