import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/ports/store.ts';
import type { Story } from '../../src/core/story/story.ts';

let n = 0;
export function sampleClip(overrides: Partial<Clip> = {}): Clip {
  const now = Date.now() + n++;
  return {
    id: `clip-${now}-${Math.random().toString(36).slice(2, 7)}`,
    prompt: 'a paper boat in the rain',
    options: { model: 'sora-2', durationS: 4, size: '1280x720' },
    author: { id: 'u1', name: 'Ada' },
    place: { surface: 'test', workspaceId: 'w1', channelId: 'c1' },
    origin: 'new',
    state: 'queued',
    provider: 'simulator',
    progress: 0,
    estimatedCostUsd: 0.4,
    statusCalls: 0,
    retries: 0,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** The behaviour every Store must have; run against Redis and the in-memory twin. */
export function storeContract(name: string, make: () => Promise<Store>, cleanup?: () => Promise<void>) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('creates a clip once and reads it back equal', async () => {
      const clip = sampleClip({
        parentId: 'p1',
        options: { model: 'm', durationS: 8, size: '720x1280', style: 'noir' },
      });
      await store.clips.create(clip);
      expect(await store.clips.get(clip.id)).toEqual(clip);
      await expect(store.clips.create(clip)).rejects.toMatchObject({ code: ErrorCode.Conflict });
      expect(await store.clips.get('nope')).toBeUndefined();
    });

    it('updates atomically: merges, unsets undefined fields, refuses a stale state', async () => {
      const clip = sampleClip({ filePath: '/tmp/x.mp4' });
      await store.clips.create(clip);
      const updated = await store.clips.update(
        clip.id,
        { state: 'submitted', providerJobId: 'v1', filePath: undefined },
        ['queued'],
      );
      expect(updated).toMatchObject({ state: 'submitted', providerJobId: 'v1', prompt: clip.prompt });
      expect(updated).not.toHaveProperty('filePath');
      expect(await store.clips.get(clip.id)).toEqual(updated);
      const stale = store.clips.update(clip.id, { state: 'submitted' }, ['queued']);
      await expect(stale).rejects.toBeInstanceOf(ReelbotError);
      await expect(stale).rejects.toMatchObject({ code: ErrorCode.Conflict });
      await expect(store.clips.update('missing', { progress: 1 })).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    });

    it('lets exactly one of many simultaneous compare-and-set updates win', async () => {
      const clip = sampleClip();
      await store.clips.create(clip);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          store.clips.update(clip.id, { state: 'submitted', providerJobId: `v${i}` }, ['queued']),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('keeps a waiting line of queued clips, oldest first', async () => {
      const a = sampleClip({ createdAt: 1 });
      const b = sampleClip({ createdAt: 2 });
      const c = sampleClip({ createdAt: 3 });
      for (const clip of [a, b, c]) await store.clips.create(clip);
      const before = await store.clips.waitingPosition(c.id);
      await store.clips.update(a.id, { state: 'submitted' });
      const after = await store.clips.waitingPosition(c.id);
      expect(before! - after!).toBe(1);
      expect(await store.clips.waitingPosition(a.id)).toBeUndefined();
    });

    it('orders the waiting line by priority lane first, then age (the queue runs it so)', async () => {
      const burst = sampleClip({ createdAt: 10, priority: 3 });
      const first = sampleClip({ createdAt: 20, priority: 1 });
      const second = sampleClip({ createdAt: 30, priority: 1 });
      const middle = sampleClip({ createdAt: 40, priority: 2 });
      for (const clip of [burst, first, second, middle]) await store.clips.create(clip);
      const at = async (clip: Clip) => (await store.clips.waitingPosition(clip.id))!;
      const base = await at(first);
      expect([await at(second), await at(middle), await at(burst)]).toEqual([base + 1, base + 2, base + 3]);
      await store.clips.update(first.id, { state: 'submitted' });
      expect(await at(burst)).toBe(base + 2);
    });

    it("keeps each provider's line of submitted clips, earliest submission first", async () => {
      const fal = `fal-${Math.random().toString(36).slice(2, 8)}`;
      const other = `openai-${Math.random().toString(36).slice(2, 8)}`;
      const [a, b, c, d] = [1, 2, 3, 4].map((i) => sampleClip({ provider: fal, createdAt: 100 - i }));
      const elsewhere = sampleClip({ provider: other });
      for (const clip of [a!, b!, c!, d!, elsewhere]) await store.clips.create(clip);
      // Queued here, not yet at the provider: in no provider's line.
      expect(await store.clips.providerWaitingPosition(fal, a!.id)).toBeUndefined();
      expect(await store.clips.providerWaitingCount(fal)).toBe(0);
      // Submitted out of creation order: the line follows submission time.
      await store.clips.update(c!.id, { state: 'submitted', submittedAt: 1000 }, ['queued']);
      await store.clips.update(a!.id, { state: 'submitted', submittedAt: 1001 }, ['queued']);
      await store.clips.update(d!.id, { state: 'submitted', submittedAt: 1002 }, ['queued']);
      await store.clips.update(b!.id, { state: 'submitted', submittedAt: 1003 }, ['queued']);
      await store.clips.update(elsewhere.id, { state: 'submitted', submittedAt: 1 }, ['queued']);
      const places = async () =>
        Promise.all([a!, b!, c!, d!].map((clip) => store.clips.providerWaitingPosition(fal, clip.id)));
      expect(await places()).toEqual([2, 4, 1, 3]);
      expect(await store.clips.providerWaitingCount(fal)).toBe(4);
      expect(await store.clips.providerWaitingPosition(other, elsewhere.id)).toBe(1);
      expect(await store.clips.providerWaitingPosition(other, a!.id)).toBeUndefined();
      // Updates that keep it waiting (a status call that still says queued) keep its place.
      await store.clips.update(a!.id, { statusCalls: 3, progress: 0 }, ['submitted']);
      expect(await places()).toEqual([2, 4, 1, 3]);
      // Seen rendering, failed, cancelled: out of the line, and everyone behind moves up.
      await store.clips.update(c!.id, { state: 'rendering' }, ['submitted']);
      expect(await places()).toEqual([1, 3, undefined, 2]);
      await store.clips.update(a!.id, { state: 'failed' });
      await store.clips.update(d!.id, { state: 'cancelled' });
      expect(await places()).toEqual([undefined, 1, undefined, undefined]);
      // Sent back to be made elsewhere (failover): out of this provider's line.
      await store.clips.update(b!.id, { state: 'queued', provider: other, submittedAt: undefined });
      expect(await store.clips.providerWaitingCount(fal)).toBe(0);
      // Handed to the other provider, it joins that line behind the clip already there.
      await store.clips.update(b!.id, { state: 'submitted', submittedAt: 2000 }, ['queued']);
      expect(await store.clips.providerWaitingPosition(other, b!.id)).toBe(2);
      await store.clips.update(b!.id, { state: 'fetching' });
      await store.clips.update(elsewhere.id, { state: 'rendering' });
      expect(await store.clips.providerWaitingCount(other)).toBe(0);
    });

    it('counts one vote per member, idempotently, and reconciles from a list', async () => {
      expect(await store.votes.cast('k1', 'u1')).toBe(true);
      expect(await store.votes.cast('k1', 'u1')).toBe(false);
      expect(await store.votes.cast('k1', 'u2')).toBe(true);
      expect(await store.votes.count('k1')).toBe(2);
      expect(await store.votes.retract('k1', 'u1')).toBe(true);
      expect(await store.votes.retract('k1', 'u1')).toBe(false);
      expect(await store.votes.voters('k1')).toEqual(['u2']);
      await store.votes.replace('k1', ['u3', 'u4']);
      expect(await store.votes.voters('k1')).toEqual(['u3', 'u4']);
      await store.votes.replace('k1', []);
      expect(await store.votes.count('k1')).toBe(0);
    });

    it('lists the clips made from a clip, oldest first', async () => {
      const parent = sampleClip({ createdAt: 10 });
      await store.clips.create(parent);
      const later = sampleClip({ parentId: parent.id, origin: 'remix', createdAt: 30 });
      const earlier = sampleClip({ parentId: parent.id, origin: 'reroll', createdAt: 20 });
      await store.clips.create(later);
      await store.clips.create(earlier);
      expect(await store.clips.children(parent.id)).toEqual([earlier.id, later.id]);
      expect(await store.clips.children(later.id)).toEqual([]);
    });

    it('finds the clip a platform message belongs to', async () => {
      const key = `discord:c1:m${Math.random()}`;
      expect(await store.messages.clipFor(key)).toBeUndefined();
      await store.messages.link(key, 'clip-a');
      expect(await store.messages.clipFor(key)).toBe('clip-a');
    });

    it('claims a key once until it expires', async () => {
      const key = `claim-${Math.random()}`;
      expect(await store.keyValue.has(key)).toBe(false);
      expect(await store.keyValue.claim(key, 200)).toBe(true);
      expect(await store.keyValue.has(key)).toBe(true);
      expect(await store.keyValue.claim(key, 200)).toBe(false);
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.keyValue.has(key)).toBe(false);
      expect(await store.keyValue.claim(key, 200)).toBe(true);
    });

    it('keeps a value until its expiry, the last write winning', async () => {
      const key = `value-${Math.random()}`;
      expect(await store.keyValue.get(key)).toBeUndefined();
      await store.keyValue.set(key, 'one', 200);
      await store.keyValue.set(key, 'two', 200);
      expect(await store.keyValue.get(key)).toBe('two');
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.keyValue.get(key)).toBeUndefined();
    });

    it('keeps values and claims apart: a value is no claim, a claim no value', async () => {
      const key = `apart-${Math.random()}`;
      await store.keyValue.set(key, 'v', 5000);
      expect(await store.keyValue.has(key)).toBe(false);
      expect(await store.keyValue.claim(key, 5000)).toBe(true);
      expect(await store.keyValue.get(key)).toBe('v');
      const other = `apart-${Math.random()}`;
      expect(await store.keyValue.claim(other, 5000)).toBe(true);
      expect(await store.keyValue.get(other)).toBeUndefined();
    });

    it('gives one of many simultaneous claims of a key the win', async () => {
      const key = `race-${Math.random()}`;
      const wins = await Promise.all(Array.from({ length: 8 }, () => store.keyValue.claim(key, 5000)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    });

    it('keeps a story once, as written, and reads it back equal', async () => {
      const id = `story-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
      const story: Story = {
        id,
        kind: 'story',
        place: { surface: 'test', workspaceId: 'w1', channelId: 'c1' },
        author: { id: 'u1', name: 'Ada' },
        look: 'pastel, hand-held',
        mode: 'flow',
        transition: 'fade',
        shots: [
          {
            clipId: `${id}-s0`,
            own: true,
            prompt: 'a door',
            render: {
              prompt: 'a door',
              options: { model: 'sora-2', durationS: 4, size: '1280x720' },
              estimatedCostUsd: 0.4,
            },
          },
          { clipId: 'parent-clip', own: false },
        ],
        parentId: 'parent-clip',
        createdAt: 1,
      };
      expect(await store.stories.get(id)).toBeUndefined();
      await store.stories.create(story);
      expect(await store.stories.get(id)).toEqual(story);
      await expect(store.stories.create({ ...story, look: 'other' })).rejects.toMatchObject({
        code: ErrorCode.Conflict,
      });
      // What was read is a copy: changing it changes nothing stored.
      const read = (await store.stories.get(id))!;
      read.shots.pop();
      expect(await store.stories.get(id)).toEqual(story);
    });
  });
}
