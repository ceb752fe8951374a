import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, ProviderError } from '../../src/core/errors.ts';
import type { JobHandler } from '../../src/core/ports/job-queue.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { createRenderJob } from '../../src/core/render/render-job.ts';
import { settings, setup } from '../helpers/core-harness.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';

describe('render job', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('takes a clip from queued to posted with one submit, a card and one upload', async () => {
    const clip = await t.request();
    expect(t.queue.jobs).toEqual([clip.id]);
    const outcomes = await t.run(clip.id);
    const posted = await t.store.clips.get(clip.id);
    expect(posted).toMatchObject({ state: 'posted', progress: 100, costUsd: 0.4, statusCalls: 3 });
    expect(posted?.filePath).toBeUndefined();
    expect(t.provider.submits).toHaveLength(1);
    expect(t.provider.submits[0]).toMatchObject({ model: 'fake-1', durationS: 4, size: '1280x720' });
    expect(t.messenger.uploads).toHaveLength(1);
    expect(t.messenger.posts).toHaveLength(1);
    // The submit, two status calls that found it rendering, and three card ticks between them,
    // one per 2 s edit interval (src/core/render/render-progress.ts), which ask the provider nothing.
    expect(outcomes.filter((o) => o.kind === 'again').length).toBe(6);
    const states = t.messenger.cardsFor(clip.id).map((c) => c.state);
    expect(states[0]).toBe('submitted');
    expect(states.at(-1)).toBe('posted');
    expect(t.messenger.cardsFor(clip.id).at(-1)?.actions).toEqual(['remix', 'reroll', 'delete']);
  });

  it.each([
    ['providerJobId', 2, 1],
    ['submitted', 1, 1],
    ['fetching', 1, 1],
    ['delivering', 1, 1],
    ['delivery', 1, 2],
    ['posted', 1, 1],
  ] as const)(
    'resumes after a crash right before saving %s: one video bought, one clip posted',
    async (crashAt, submitCalls, uploadCalls) => {
      const clip = await t.request();
      // The "worker" dies on the first store write that would record this step; a dead worker
      // writes nothing more, so every later store call fails too.
      let crashed = false;
      const dead = () => {
        throw new Error('worker killed');
      };
      const crashingStore = {
        ...t.store,
        clips: {
          ...t.store.clips,
          get: async (id: string) => (crashed ? dead() : t.store.clips.get(id)),
          update: async (...args: Parameters<typeof t.store.clips.update>) => {
            const patch = args[1];
            if (crashed || crashAt in patch || patch.state === crashAt) {
              crashed = true;
              dead();
            }
            return t.store.clips.update(...args);
          },
        },
      };
      const dying = createRenderJob({
        store: crashingStore,
        providers: new ProviderRegistry([t.provider]),
        messengers: { get: () => t.messenger },
        media: t.media,
        clock: { now: () => Date.now() },
        logger: silentLogger,
        settings: { ...settings, maxRetries: 0 },
      });
      for (let i = 0; i < 20 && !crashed; i++) {
        const outcome = await dying({ id: clip.id, data: { clipId: clip.id } }).catch(() => ({
          kind: 'done' as const,
        }));
        if (outcome.kind === 'done') break;
      }
      expect(crashed).toBe(true);
      await t.run(clip.id, setupHandlerLike(t));
      expect((await t.store.clips.get(clip.id))?.state).toBe('posted');
      expect(t.provider.submits).toHaveLength(submitCalls);
      expect(t.provider.distinctJobs()).toBe(1);
      expect(t.messenger.uploadCalls).toBe(uploadCalls);
      expect(t.messenger.uploads).toHaveLength(1);
    },
  );

  it('does not submit again when the provider job id was saved before a crash', async () => {
    const clip = await t.request();
    await t.store.clips.update(clip.id, { providerJobId: 'job-from-before-crash', submitStartedAt: 1 });
    await t.run(clip.id);
    expect(t.provider.submits).toHaveLength(0);
    expect((await t.store.clips.get(clip.id))?.state).toBe('posted');
  });

  it('retries transient provider failures with backoff, then succeeds', async () => {
    t.provider.failNext.submit.push(
      new ProviderError(ErrorCode.ProviderRateLimited, 'busy', { retryable: true, retryAfterMs: 1234 }),
    );
    t.provider.failNext.status.push(
      new ProviderError(ErrorCode.ProviderUnavailable, 'down', { retryable: true }),
    );
    const clip = await t.request();
    const outcomes = await t.run(clip.id);
    expect(outcomes[0]).toEqual({ kind: 'again', delayMs: 1234 });
    expect((await t.store.clips.get(clip.id))?.state).toBe('posted');
    expect(t.provider.submits).toHaveLength(1);
  });

  it('fails with the code after too many transient failures, and the card says why', async () => {
    for (let i = 0; i < 10; i++) {
      t.provider.failNext.status.push(
        new ProviderError(ErrorCode.ProviderUnavailable, 'The video service is down.', { retryable: true }),
      );
    }
    const clip = await t.request();
    await t.run(clip.id);
    const failed = await t.store.clips.get(clip.id);
    expect(failed).toMatchObject({
      state: 'failed',
      // Retries ran out: the sentence says it is over, not the retryable error's own words.
      failure: {
        code: 'PROVIDER_UNAVAILABLE',
        message:
          'The video service did not respond through every retry, so this clip was stopped. Nothing was charged; try again later.',
      },
    });
    expect(t.messenger.cardsFor(clip.id).at(-1)).toMatchObject({
      state: 'failed',
      actions: ['reroll', 'delete'],
    });
  });

  it('records a provider-side failure (moderation) with its message', async () => {
    t.provider.outcome = {
      state: 'failed',
      failure: { code: ErrorCode.ModerationBlocked, message: 'Refused by content rules.' },
    };
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'MODERATION_BLOCKED' },
    });
    expect(t.messenger.uploads).toHaveLength(0);
  });

  it('gives up on a render that outlives the timeout', async () => {
    t.provider.callsToFinish = 10_000;
    const clip = await t.request();
    await t.run(clip.id, t.handler, 1000);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'RENDER_TIMED_OUT' },
    });
  });

  it('stops a cancelled clip at its next step and never uploads it', async () => {
    const clip = await t.request();
    const first = await t.handler({ id: clip.id, data: { clipId: clip.id } });
    expect(first.kind).toBe('again');
    await t.service.cancel(clip.id, { id: 'u1', name: 'Ada' });
    expect(t.queue.removed).toEqual([clip.id]);
    expect(await t.handler({ id: clip.id, data: { clipId: clip.id } })).toEqual({ kind: 'done' });
    expect(t.messenger.uploads).toHaveLength(0);
    await expect(t.service.cancel(clip.id, { id: 'u2', name: 'Bob' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('shrinks a clip over the upload limit, or fails plainly when it cannot fit', async () => {
    t.messenger.limit = 1000;
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({
      state: 'failed',
      failure: { code: 'TOO_LARGE' },
    });
    expect(t.messenger.cardsFor(clip.id).at(-1)?.failure?.message).toMatch(/accepts at most/);

    const shrinking = setup({ shrinkTo: 900 });
    shrinking.messenger.limit = 1000;
    const small = await shrinking.request();
    await shrinking.run(small.id);
    expect(await shrinking.store.clips.get(small.id)).toMatchObject({
      state: 'posted',
      media: { reencoded: true, bytes: 900 },
    });
  });

  it('edits a card at most once per cadence window while rendering', async () => {
    t.provider.callsToFinish = 40;
    const clip = await t.request();
    // When each edit happened on the job's clock (the recording messenger keeps wall-clock times).
    const at: { state: string; ms: number }[] = [];
    const edit = t.messenger.edit.bind(t.messenger);
    t.messenger.edit = async (ref, card) => {
      at.push({ state: card.state, ms: t.clock.now() });
      return edit(ref, card);
    };
    await t.run(clip.id);
    const edits = t.messenger.edits.filter((e) => e.card.clipId === clip.id);
    expect(edits.length).toBeGreaterThan(2);
    const rendering = at.filter((e) => e.state === 'rendering').map((e) => e.ms);
    for (let i = 1; i < rendering.length; i++) {
      expect(rendering[i]! - rendering[i - 1]!).toBeGreaterThanOrEqual(settings.cardEditIntervalMs);
    }
  });

  it('credits the parent on a remix and keeps its options', async () => {
    const parent = await t.request();
    await t.run(parent.id);
    const remix = await t.service.remix(parent.id, 'the same boat, at night', {
      author: { id: 'u2', name: 'Bob' },
      place: parent.place,
    });
    expect(remix).toMatchObject({ parentId: parent.id, origin: 'remix', options: parent.options });
    await t.run(remix.id);
    expect(t.messenger.cardsFor(remix.id).at(-1)?.credit).toEqual({
      clipId: parent.id,
      authorName: 'Ada',
      origin: 'remix',
    });
  });

  it('counts votes once per member, never the author or bots', async () => {
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.service.vote(clip.id, { id: 'u2', name: 'Bob' })).toEqual({ counted: true, votes: 1 });
    expect(await t.service.vote(clip.id, { id: 'u2', name: 'Bob' })).toEqual({ counted: false, votes: 1 });
    expect(await t.service.vote(clip.id, { id: 'u1', name: 'Ada' })).toEqual({ counted: false, votes: 1 });
    expect(await t.service.vote(clip.id, { id: 'b1', name: 'Bot', bot: true })).toEqual({
      counted: false,
      votes: 1,
    });
    expect(await t.service.unvote(clip.id, { id: 'u2', name: 'Bob' })).toEqual({ counted: true, votes: 0 });
  });

  it('deletes for the author or an admin only, and takes its messages down', async () => {
    const clip = await t.request();
    await t.run(clip.id);
    await expect(t.service.delete(clip.id, { id: 'u2', name: 'Bob' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const deleted = await t.service.delete(clip.id, { id: 'u9', name: 'Mod', admin: true });
    expect(deleted.deletedAt).toBeDefined();
    expect(t.messenger.removed.map((r) => r.id).sort()).toEqual(
      [deleted.card!.id, deleted.delivery!.id].sort(),
    );
    await expect(t.service.get(clip.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.service.vote(clip.id, { id: 'u3', name: 'Cy' })).toMatchObject({ counted: false });
  });

  it('takes a clip down when it was deleted while its upload was in flight', async () => {
    const clip = await t.request();
    // The author deletes it at the moment the worker uploads it.
    t.messenger.onUpload = async () => {
      await t.service.delete(clip.id, { id: 'u1', name: 'Ada' });
    };
    await t.run(clip.id);
    const done = await t.store.clips.get(clip.id);
    expect(done?.deletedAt).toBeDefined();
    expect(t.messenger.removed.map((r) => r.id)).toContain(done?.delivery?.id);
  });

  it('indexes a card the surface posted itself, so votes on it find the clip', async () => {
    const clip = await t.service.request({
      prompt: 'a fox',
      options: {},
      author: { id: 'u1', name: 'Ada' },
      place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
      card: { surface: 'test', id: 'deferred-reply', key: 'test:c:m-42' },
    });
    expect((await t.service.clipForMessage('test:c:m-42'))?.id).toBe(clip.id);
  });

  it('maps a repeated request key to the same clip', async () => {
    const input = {
      prompt: 'x',
      options: {},
      author: { id: 'u1', name: 'Ada' },
      place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
      requestKey: 'slack-event-Ev123',
    };
    const [a, b] = await Promise.all([t.service.request(input), t.service.request(input)]);
    expect(a.id).toBe(b.id);
    expect(t.queue.jobs).toEqual([a.id]);
  });
});

/** A handler built from the same store and ports, as a restarted worker would build it. */
function setupHandlerLike(t: ReturnType<typeof setup>): JobHandler {
  return createRenderJob({
    store: t.store,
    providers: new ProviderRegistry([t.provider]),
    messengers: { get: () => t.messenger },
    media: t.media,
    clock: { now: () => Date.now() },
    logger: silentLogger,
    settings,
  });
}

describe('render job with signed provider webhooks', () => {
  const FALLBACK_MS = 300_000;
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    const provider = new FakeProvider();
    provider.webhookFallbackMs = FALLBACK_MS;
    t = setup({ providers: [provider] });
  });
  const step = (clipId: string) => t.handler({ id: clipId, data: { clipId } });
  const jobOf = async (clipId: string) => (await t.store.clips.get(clipId))!.providerJobId!;

  it('waits only the safety-net interval, and fetches a signed completion with no status call', async () => {
    const clip = await t.request();
    expect(await step(clip.id)).toEqual({ kind: 'again', delayMs: FALLBACK_MS });
    await t.service.wake('fake', await jobOf(clip.id), { completed: true });
    expect((await t.store.clips.get(clip.id))?.reportedDoneAt).toBeDefined();
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'posted', statusCalls: 0 });
    expect(t.provider.statusCalls).toBe(0);
    expect(t.messenger.uploads).toHaveLength(1);
  });

  it('believes nothing from an unsigned wake, and polls at the safety-net interval when no webhook comes', async () => {
    const clip = await t.request();
    await step(clip.id);
    await t.service.wake('fake', await jobOf(clip.id));
    expect((await t.store.clips.get(clip.id))?.reportedDoneAt).toBeUndefined();
    const calledAt: number[] = [];
    const status = t.provider.status.bind(t.provider);
    t.provider.status = async (id) => {
      calledAt.push(t.clock.now());
      return status(id);
    };
    await t.run(clip.id);
    expect(await t.store.clips.get(clip.id)).toMatchObject({ state: 'posted', statusCalls: 3 });
    // Every status call while rendering waits the safety net (the adaptive delay would be a few
    // seconds); the card may move on between them, which asks the provider nothing.
    expect(calledAt.slice(1).map((ms, i) => ms - calledAt[i]!)).toEqual([FALLBACK_MS, FALLBACK_MS]);
  });

  it('records nothing for a completion that arrives after the job saw the end itself', async () => {
    const clip = await t.request();
    await t.run(clip.id);
    expect(await t.service.wake('fake', await jobOf(clip.id), { completed: true })).toBe(false);
    expect((await t.store.clips.get(clip.id))?.reportedDoneAt).toBeUndefined();
  });
});
