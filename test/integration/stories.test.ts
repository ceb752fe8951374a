import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCode, ProviderError, type ReelbotError } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { shotClipId } from '../../src/core/story/story.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { storySetup } from '../helpers/story-harness.ts';

const prefix = uniquePrefix('stories');
const redisStore = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await redisStore.close();
  await dropPrefix(prefix);
});

const stores: [string, () => Store][] = [
  ['in-memory', () => createMemoryStore()],
  ['redis', () => redisStore],
];

describe.each(stores)('stories on %s', (_name, makeStore) => {
  it('renders a cut story in parallel, joins the shots in order and posts it once; the books balance to the cent', async () => {
    const h = storySetup(makeStore());
    const author = h.member(0);
    const story = await h.stories.request({
      shots: ['a lighthouse at dusk', 'the keeper climbs the stairs', 'the lamp turns on'],
      look: 'oil painting, warm light',
      seconds: 4,
      mode: 'cut',
      transition: 'fade',
      options: {},
      author,
      place: h.place,
    });
    expect(story.estimatedCostUsd).toBe(1.2);
    expect(story.options.durationS).toBe(12);
    await h.drain();

    const posted = (await h.store.clips.get(story.id))!;
    expect(posted.state).toBe('posted');
    // One create per shot, every shot given the look; all three in flight before any was made.
    expect(h.provider.distinctJobs()).toBe(3);
    expect(h.provider.submits).toHaveLength(3);
    for (const submit of h.provider.submits) expect(submit.prompt).toContain('oil painting, warm light');
    expect(h.provider.submits.every((s) => s.firstFrame === undefined)).toBe(true);
    expect(h.joins).toEqual([
      // Two fades sharing under half a second, so the story stays as long as its shots.
      {
        clipId: story.id,
        inputs: ['video:job-1', 'video:job-2', 'video:job-3'],
        transition: 'fade',
        fadeS: 0.225,
      },
    ]);
    expect(h.messenger.uploads).toHaveLength(1);
    expect(h.messenger.uploads[0]!.card.story?.rows.map((r) => r.state)).toEqual(['done', 'done', 'done']);
    // Each shot is a clip of its own, made and kept, never posted on its own.
    for (let i = 0; i < 3; i++) {
      const shot = (await h.store.clips.get(shotClipId(story.id, i)))!;
      expect(shot).toMatchObject({ state: 'posted', storyId: story.id, shotIndex: i, estimatedCostUsd: 0.4 });
      expect(shot.delivery).toBeUndefined();
      expect(shot.card).toBeUndefined();
    }
    // The story's card showed a row per shot while it rendered.
    const rendering = h.messenger
      .cardsFor(story.id)
      .find((c) => c.story?.rows.some((r) => r.state === 'rendering'));
    expect(rendering?.story?.rows).toHaveLength(3);
    expect(rendering?.story?.totalEstimatedUsd).toBe(1.2);

    const day = (await h.store.ledger.usage(h.ledgerQuery())).day.member;
    expect(day).toEqual({ reservedCents: 120, releasedCents: 120, settledCents: 120, clips: 1, seconds: 12 });
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({
      status: 'settled',
      settledCents: 120,
    });
    // Running every job again buys and posts nothing more.
    for (const id of [story.id, ...[0, 1, 2].map((i) => shotClipId(story.id, i))])
      await h.handler({ id, data: { clipId: id } });
    expect(h.provider.distinctJobs()).toBe(3);
    expect(h.messenger.uploads).toHaveLength(1);
  });

  it('renders a flow story one shot after another, each from the last frame of the shot before', async () => {
    const h = storySetup(makeStore());
    const story = await h.stories.request({
      shots: ['a fox wakes', 'the fox runs', 'the fox sleeps'],
      seconds: 4,
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    expect((await h.store.clips.get(story.id))!.state).toBe('posted');
    expect(h.provider.submits).toHaveLength(3);
    expect(h.frameSource(h.provider.submits[0]!.firstFrame?.bytes)).toBeUndefined();
    expect(h.frameSource(h.provider.submits[1]!.firstFrame?.bytes)).toBe('video:job-1');
    expect(h.frameSource(h.provider.submits[2]!.firstFrame?.bytes)).toBe('video:job-2');
    expect(h.provider.submits[1]!.firstFrame?.mimeType).toBe('image/png');
    // Shot 2 was bought only after shot 1 was made: its create came after shot 1's render.
    const [s1, s2] = await Promise.all([0, 1].map((i) => h.store.clips.get(shotClipId(story.id, i))));
    expect(s2!.submittedAt!).toBeGreaterThanOrEqual(s1!.renderedAt!);
    expect(h.joins[0]!.inputs).toEqual(['video:job-1', 'video:job-2', 'video:job-3']);
    expect(h.messenger.uploads).toHaveLength(1);
  });

  it('reserves the whole story in the same atomic step as the budgets: of 10 simultaneous 2-shot stories against $4.00, 5 pass', async () => {
    const h = storySetup(makeStore(), { defaults: { dailyBudgetCents: 400 } });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        h.stories.request({
          shots: ['one', 'two'],
          seconds: 4,
          mode: 'cut',
          options: {},
          author: h.member(i),
          place: h.place,
        }),
      ),
    );
    const admitted = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ReelbotError] : []));
    expect(admitted).toHaveLength(5);
    expect(refused.map((e) => e.code)).toEqual(Array(5).fill(ErrorCode.BudgetExceeded));
    expect(refused[0]!.userMessage).toContain('this clip costs $0.80');
    expect((await h.store.ledger.usage(h.ledgerQuery())).day.workspace.reservedCents).toBe(400);
    // A story that does not fit whole is refused whole: nothing stored or queued for it.
    expect(h.queue.enqueued).toHaveLength(5);
  });

  it('charges a failed cut story only for the shots the provider made, keeps them as clips, releases the rest', async () => {
    const h = storySetup(makeStore());
    const story = await h.stories.request({
      shots: ['a door opens', 'FAIL the hall', 'a window'],
      seconds: 4,
      mode: 'cut',
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const failed = (await h.store.clips.get(story.id))!;
    expect(failed.state).toBe('failed');
    expect(failed.failure?.message).toMatch(/^Shot 2 of 3 failed: /);
    const states = await Promise.all(
      [0, 1, 2].map(async (i) => (await h.store.clips.get(shotClipId(story.id, i)))!.state),
    );
    expect(states).toEqual(['posted', 'failed', 'posted']);
    expect(h.messenger.uploads).toHaveLength(0);
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'settled', settledCents: 80 });
    const day = (await h.store.ledger.usage(h.ledgerQuery())).day.member;
    expect(day.reservedCents - day.releasedCents + day.settledCents).toBe(80);
    const card = h.messenger.cardsFor(story.id).at(-1)!;
    expect(card.story?.rows.map((r) => r.state)).toEqual(['done', 'failed', 'done']);
    expect(card.story?.chargedUsd).toBe(0.8);
  });

  it('stops buying a failed flow story at the failed shot: the later shots are never created or charged', async () => {
    const h = storySetup(makeStore());
    const story = await h.stories.request({
      shots: ['a seed', 'FAIL a sprout', 'a tree'],
      seconds: 4,
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    expect((await h.store.clips.get(story.id))!.state).toBe('failed');
    expect(h.provider.submits).toHaveLength(2);
    expect(await h.store.clips.get(shotClipId(story.id, 2))).toBeUndefined();
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'settled', settledCents: 40 });
  });

  it('releases the whole reservation when no shot was made', async () => {
    const h = storySetup(makeStore());
    const story = await h.stories.request({
      shots: ['FAIL one', 'two'],
      seconds: 4,
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'released' });
    const day = (await h.store.ledger.usage(h.ledgerQuery())).day.member;
    expect(day).toMatchObject({ reservedCents: 80, releasedCents: 80, settledCents: 0, clips: 0 });
  });

  it('a cancelled story buys no shot it had not bought yet, and is refunded', async () => {
    const h = storySetup(makeStore());
    const author = h.member(0);
    const story = await h.stories.request({
      shots: ['one', 'two', 'three'],
      seconds: 4,
      mode: 'cut',
      options: {},
      author,
      place: h.place,
    });
    // The story's job starts its shots, then the author cancels before any is bought.
    await h.handler({ id: story.id, data: { clipId: story.id } });
    expect(await h.store.clips.get(shotClipId(story.id, 0))).toMatchObject({ state: 'queued' });
    await h.clips.cancel(story.id, author);
    await h.drain();
    expect(h.provider.submits).toHaveLength(0);
    const states = await Promise.all(
      [0, 1, 2].map(async (i) => (await h.store.clips.get(shotClipId(story.id, i)))!.state),
    );
    expect(states).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'released' });
  });

  it('a story cancelled with shots already bought is charged for them once they are made, and no more', async () => {
    const h = storySetup(makeStore());
    const author = h.member(0);
    const story = await h.stories.request({
      shots: ['one', 'two', 'three'],
      seconds: 4,
      mode: 'cut',
      options: {},
      author,
      place: h.place,
    });
    await h.handler({ id: story.id, data: { clipId: story.id } });
    // Two shots are bought; then the author cancels.
    for (const i of [0, 1])
      await h.handler({ id: shotClipId(story.id, i), data: { clipId: shotClipId(story.id, i) } });
    await h.clips.cancel(story.id, author);
    // The books wait for the shots in flight: nothing is closed yet.
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'held' });
    await h.drain();
    expect(h.provider.distinctJobs()).toBe(2);
    const states = await Promise.all(
      [0, 1, 2].map(async (i) => (await h.store.clips.get(shotClipId(story.id, i)))!.state),
    );
    expect(states).toEqual(['posted', 'posted', 'cancelled']);
    expect(await h.store.ledger.reservation(story.id)).toMatchObject({ status: 'settled', settledCents: 80 });
    expect(h.messenger.uploads).toHaveLength(0);
  });

  it('a native extension that failed over to a provider without extend is joined after its source', async () => {
    const h = storySetup(makeStore(), { model: { extendMaxS: 20 }, canExtend: true });
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 8 },
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await h.stories.extend(parent.id, {
      prompt: 'it rains',
      seconds: 8,
      author: h.member(0),
      place: h.place,
    });
    // As if the shot had moved to a provider that cannot extend: it starts from the last frame.
    delete h.provider.extend;
    await h.drain();
    expect((await h.store.clips.get(shotClipId(longer.id, 0)))!.startedFrom).toBe('lastFrame');
    expect(h.frameSource(h.provider.submits[1]!.firstFrame?.bytes)).toBe('video:job-1');
    expect(h.joins.at(-1)!.inputs).toEqual(['video:job-1', 'video:job-2']);
    expect((await h.store.clips.get(longer.id))!.state).toBe('posted');
  });

  it('refuses bad storyboards clearly and spends nothing', async () => {
    const h = storySetup(makeStore(), { limits: { maxSeconds: 20, maxShots: 4 } });
    const ask = (shots: string[], extra: { seconds?: number; mode?: 'flow' | 'cut' } = {}) =>
      h.stories.request({ shots, seconds: 4, ...extra, options: {}, author: h.member(0), place: h.place });
    await expect(ask(['a', 'b', 'c', 'd', 'e'])).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage:
        'A story has at most 4 shots; you wrote 5. Merge some shots or tell the rest in a second story.',
    });
    await expect(ask(['a', '  ', 'c'])).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage: 'Shot 2 is empty. Say what happens in it, or remove the extra separator.',
    });
    await expect(ask(['a', 'b', 'c'], { seconds: 8 })).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage: '3 shots of 8 s would be 24 seconds; the most is 20. Use fewer or shorter shots.',
    });
    await expect(ask(['a forbidden thing', 'b'])).rejects.toMatchObject({
      code: ErrorCode.ModerationBlocked,
    });
    const noImage = storySetup(makeStore(), { model: { imageInput: false } });
    await expect(
      noImage.stories.request({
        shots: ['a', 'b'],
        seconds: 4,
        mode: 'flow',
        options: {},
        author: h.member(0),
        place: noImage.place,
      }),
    ).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage: expect.stringContaining('Use mode:cut'),
    });
    // Without a mode, a model that takes no image tells its story in cuts.
    const cut = await noImage.stories.request({
      shots: ['a', 'b'],
      seconds: 4,
      options: {},
      author: h.member(0),
      place: noImage.place,
    });
    expect((await noImage.store.stories.get(cut.id))!.mode).toBe('cut');
    expect((await h.store.ledger.usage(h.ledgerQuery())).day.member.reservedCents).toBe(0);
    expect(h.queue.enqueued).toHaveLength(0);
  });

  it('re-rolls one shot: only that shot is rendered again, a new cut credits the first, and it costs one shot', async () => {
    const h = storySetup(makeStore());
    const first = await h.stories.request({
      shots: ['dawn', 'noon', 'dusk'],
      seconds: 4,
      mode: 'cut',
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const again = await h.stories.rerollShot(first.id, 2, { author: h.member(1), place: h.place });
    expect(again.estimatedCostUsd).toBe(0.4);
    expect(again).toMatchObject({ origin: 'reroll', parentId: first.id });
    await h.drain();
    expect((await h.store.clips.get(again.id))!.state).toBe('posted');
    expect(h.provider.distinctJobs()).toBe(4);
    expect(h.provider.submits[3]!.prompt).toBe(h.provider.submits[1]!.prompt);
    expect(h.joins.at(-1)!.inputs).toEqual(['video:job-1', 'video:job-4', 'video:job-3']);
    expect(h.messenger.uploads).toHaveLength(2);
    expect(h.messenger.uploads[1]!.card.credit).toEqual({
      clipId: first.id,
      authorName: 'Member 0',
      origin: 'reroll',
    });
    expect(await h.store.ledger.reservation(again.id)).toMatchObject({ status: 'settled', settledCents: 40 });
    await expect(
      h.stories.rerollShot(first.id, 4, { author: h.member(1), place: h.place }),
    ).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
  });

  it('extends a posted clip from its last frame and joins the two', async () => {
    const h = storySetup(makeStore());
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 4 },
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await h.stories.extend(parent.id, {
      prompt: 'the kite flies away',
      seconds: 4,
      author: h.member(1),
      place: h.place,
    });
    expect(longer).toMatchObject({ parentId: parent.id, estimatedCostUsd: 0.4 });
    expect(longer.options.durationS).toBe(8);
    await h.drain();
    expect((await h.store.clips.get(longer.id))!.state).toBe('posted');
    expect(h.frameSource(h.provider.submits[1]!.firstFrame?.bytes)).toBe('video:job-1');
    expect(h.joins.at(-1)!.inputs).toEqual(['video:job-1', 'video:job-2']);
    expect(h.messenger.uploads).toHaveLength(2);
    expect(await h.store.ledger.reservation(longer.id)).toMatchObject({
      status: 'settled',
      settledCents: 40,
    });
  });

  it('extends a posted story: a new cut of its shots and one more, from its last shot’s last frame', async () => {
    const h = storySetup(makeStore());
    const told = await h.stories.request({
      shots: ['dawn', 'noon'],
      seconds: 4,
      mode: 'cut',
      transition: 'fade',
      options: {},
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await h.stories.extend(told.id, {
      prompt: 'night falls',
      seconds: 4,
      author: h.member(1),
      place: h.place,
    });
    expect(longer).toMatchObject({ parentId: told.id, estimatedCostUsd: 0.4 });
    // The length is the posted video's as measured (the probe's), plus the extension.
    expect(longer.options.durationS).toBe((await h.store.clips.get(told.id))!.media!.durationS + 4);
    await h.drain();
    expect((await h.store.clips.get(longer.id))!.state).toBe('posted');
    expect(h.frameSource(h.provider.submits[2]!.firstFrame?.bytes)).toBe('video:job-2');
    expect(h.joins.at(-1)).toEqual({
      clipId: longer.id,
      inputs: ['video:job-1', 'video:job-2', 'video:job-3'],
      transition: 'fade',
      fadeS: 0.225,
    });
  });

  it('extends natively where the provider continues its own video: no frame, no join', async () => {
    const h = storySetup(makeStore(), { model: { extendMaxS: 20 }, canExtend: true });
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 8 },
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await h.stories.extend(parent.id, {
      prompt: 'it rains',
      seconds: 8,
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    expect((await h.store.clips.get(longer.id))!.state).toBe('posted');
    expect(h.provider.extensions).toHaveLength(1);
    expect(h.provider.extensions[0]).toMatchObject({ from: 'job-1', durationS: 8 });
    expect(h.provider.submits).toHaveLength(1);
    expect(h.joins).toHaveLength(0);
    expect(h.frames.size).toBe(0);
    const upload = h.messenger.uploads.at(-1)!;
    expect((await readFile(upload.file.path).catch(() => Buffer.from('gone'))).length).toBeGreaterThan(0);
  });

  it('an extension whose source the provider no longer serves fails with SOURCE_GONE and buys nothing', async () => {
    const h = storySetup(makeStore());
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 4 },
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await h.stories.extend(parent.id, {
      prompt: 'next',
      seconds: 4,
      author: h.member(0),
      place: h.place,
    });
    h.provider.failNext.download.push(new ProviderError(ErrorCode.DownloadFailed, 'Not found.'));
    await h.drain();
    const failed = (await h.store.clips.get(longer.id))!;
    expect(failed.state).toBe('failed');
    expect(failed.failure?.code).toBe(ErrorCode.SourceGone);
    expect(h.provider.submits).toHaveLength(1);
    expect(await h.store.ledger.reservation(longer.id)).toMatchObject({ status: 'released' });
  });

  it('refuses an extension that is not possible, and spends nothing', async () => {
    const h = storySetup(makeStore(), { limits: { maxSeconds: 6, maxShots: 6 } });
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 8 },
      author: h.member(0),
      place: h.place,
    });
    await expect(
      h.stories.extend(parent.id, { prompt: 'next', seconds: 4, author: h.member(0), place: h.place }),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidInput, userMessage: expect.stringContaining('posted') });
    await h.drain();
    await expect(
      h.stories.extend(parent.id, { prompt: 'next', seconds: 4, author: h.member(0), place: h.place }),
    ).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
      userMessage: 'The clip extended by 4 s would be 8 seconds; the most is 6. Use fewer or shorter shots.',
    });
    await h.clips.delete(parent.id, h.member(0));
    await expect(
      h.stories.extend(parent.id, { prompt: 'next', seconds: 4, author: h.member(0), place: h.place }),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    const day = (await h.store.ledger.usage(h.ledgerQuery())).day.member;
    expect(day.reservedCents).toBe(80);
  });
});
