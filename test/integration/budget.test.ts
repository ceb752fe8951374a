import { afterAll, describe, expect, it } from 'vitest';
import { usageText } from '../../commands/usage.ts';
import { toCents } from '../../src/core/budget/money.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode, ProviderError, type ReelbotError } from '../../src/core/errors.ts';
import { spendOf } from '../../src/core/ports/ledger.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { safetySetup } from '../helpers/safety-harness.ts';

const prefix = uniquePrefix('budget');
const redisStore = createRedisStore({ url: REDIS_URL, prefix });
afterAll(async () => {
  await redisStore.close();
  await dropPrefix(prefix);
});

const stores: [string, () => Store][] = [
  ['in-memory', () => createMemoryStore()],
  ['redis', () => redisStore],
];

describe.each(stores)('budgets on %s', (_name, makeStore) => {
  it('admits exactly 10 of 100 simultaneous requests against a budget for 10, and the books balance to the cent', async () => {
    // $4.00 a day; each 4 s clip is estimated at $0.40.
    const h = safetySetup(makeStore(), { defaults: { dailyBudgetCents: 400 } });
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => h.request(h.member(i))));
    const admitted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ReelbotError] : []));
    expect(admitted).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const error of refused) {
      expect(error.code).toBe(ErrorCode.BudgetExceeded);
      expect(error.userMessage).toBe(
        'The daily video budget here is $4.00, and $4.00 of it is spent or held for clips in progress; this clip costs $0.40. It resets at midnight UTC, in 12 h.',
      );
    }
    // Refused requests left nothing behind: no clip, no job.
    expect(h.queue.jobs).toHaveLength(10);
    for (const clip of admitted) expect(await h.store.clips.get(clip.id)).toMatchObject({ state: 'queued' });
    const books = () => h.store.ledger.usage(h.ledgerQuery());
    expect((await books()).day.workspace).toEqual({
      reservedCents: 400,
      releasedCents: 0,
      settledCents: 0,
      clips: 10,
      seconds: 40,
    });

    // Three fail at the provider, three are cancelled, four are posted (one at a cheaper real cost).
    const [failing, cancelling, posting] = [admitted.slice(0, 3), admitted.slice(3, 6), admitted.slice(6)];
    for (const clip of failing) {
      h.provider.failNext.submit.push(
        new ProviderError(ErrorCode.ProviderRejected, 'The provider refused it.'),
      );
      await h.run(clip.id);
    }
    for (const clip of cancelling) await h.service.cancel(clip.id, clip.author);
    // As if it failed over to a cheaper model mid-flight: settled at what it really cost.
    await h.store.clips.update(posting[0]!.id, { estimatedCostUsd: 0.3 });
    for (const clip of posting) await h.run(clip.id);

    // Retried steps change nothing: the job runs again on finished clips, a second cancel is refused.
    for (const clip of admitted) await h.run(clip.id);
    await expect(h.service.cancel(cancelling[0]!.id, cancelling[0]!.author)).rejects.toMatchObject({
      code: ErrorCode.Conflict,
    });

    const final = await Promise.all(admitted.map((c) => h.store.clips.get(c.id) as Promise<Clip>));
    const byState = (state: Clip['state']) => final.filter((c) => c.state === state);
    expect([byState('failed').length, byState('cancelled').length, byState('posted').length]).toEqual([
      3, 3, 4,
    ]);
    const realCost = byState('posted').reduce((sum, c) => sum + toCents(c.costUsd!), 0);
    expect(realCost).toBe(30 + 3 * 40);

    const day = (await books()).day.workspace;
    // Every reservation was let go once: refunded (6) or replaced by its real cost at delivery (4).
    expect(day).toEqual({ reservedCents: 400, releasedCents: 400, settledCents: 150, clips: 4, seconds: 16 });
    expect(day.reservedCents - day.releasedCents + day.settledCents).toBe(realCost);
    expect(spendOf((await books()).month.workspace)).toBe(realCost);
    for (const clip of admitted) {
      const usage = await h.store.ledger.usage(h.ledgerQuery(clip.author.id));
      expect(usage.memberActive).toBe(0);
    }
    for (const clip of [...failing, ...cancelling]) {
      expect((await h.store.ledger.reservation(clip.id))?.status).toBe('released');
    }

    // The refunds made room again: $2.50 left buys six more 40-cent clips, not seven.
    const more = await Promise.allSettled(Array.from({ length: 7 }, (_, i) => h.request(h.member(100 + i))));
    expect(more.filter((r) => r.status === 'fulfilled')).toHaveLength(6);
  });

  it('caps what one member makes per day, in clips and in seconds, naming the limit', async () => {
    const h = safetySetup(makeStore(), { defaults: { memberDailyClips: 2, memberDailySeconds: 100 } });
    const ada = h.member('ada');
    await h.request(ada);
    await h.request(ada);
    await expect(h.request(ada)).rejects.toMatchObject({
      code: ErrorCode.BudgetExceeded,
      userMessage:
        'You have made 2 clips today, the daily limit per member here. It resets at midnight UTC, in 12 h.',
    });
    // Someone else is not affected.
    await h.request(h.member('bob'));

    const s = safetySetup(makeStore(), { defaults: { memberDailySeconds: 10 } });
    await s.service.request({ prompt: 'a fox', options: { durationS: 8 }, author: ada, place: s.place });
    await expect(s.request(ada)).rejects.toMatchObject({
      code: ErrorCode.BudgetExceeded,
      userMessage:
        'This 4-second clip would take you past 10 seconds of video today; you have 2 s left. Try a shorter clip, or wait until midnight UTC, in 12 h.',
    });
  });

  it('refuses a member’s fourth clip in flight with the default cap of 3, and admits again once one ends', async () => {
    const h = safetySetup(makeStore(), { defaults: { memberMaxActive: 3 } });
    const ada = h.member('ada');
    const clips = [await h.request(ada), await h.request(ada), await h.request(ada)];
    // Each clip queues one lane further back than the member's previous one.
    expect(h.queue.jobs.map((j) => j.options.priority)).toEqual([1, 2, 3]);
    await expect(h.request(ada)).rejects.toMatchObject({
      code: ErrorCode.BudgetExceeded,
      userMessage:
        'You already have 3 clips waiting or rendering, the most one member can have at once here. Try again when one of them is done.',
    });
    expect(h.queue.jobs).toHaveLength(3);
    await h.run(clips[0]!.id);
    await h.request(ada);
    expect(h.queue.jobs.at(-1)?.options.priority).toBe(3);
  });

  it('shows the member and the workspace their spend with /sora usage', async () => {
    const h = safetySetup(makeStore(), {
      defaults: {
        dailyBudgetCents: 2000,
        monthlyBudgetCents: 30000,
        memberDailyClips: 10,
        memberMaxActive: 3,
      },
    });
    const ada = h.member('ada');
    const posted = await h.request(ada);
    await h.run(posted.id);
    await h.request(ada);
    await h.request(h.member('bob'));
    const text = usageText(await h.workspace.usage(ada, h.place));
    expect(text).toBe(
      [
        'You, today: $0.80 for 2 clips (8 s). This month: $0.80 for 2 clips (8 s).',
        'Everyone here, today: $1.20 of $20.00. This month: $1.20 of $300.00.',
        'Your limits: 8 of 10 clips left today · 1 of 3 clips at once in progress.',
        '$0.40 of your spend is held for clips still in progress: refunded if they fail or are cancelled, charged at the real price when they are posted.',
        'Daily counts start again at midnight UTC (in 12 h); monthly ones on November 1.',
      ].join('\n'),
    );
  });
});
