import { describe, expect, it, vi } from 'vitest';
import { contestStart } from '../../commands/contest-start.ts';
import { contestCancel, contestStatus } from '../../commands/contest-view.ts';
import { executeCommand } from '../../commands/pipeline.ts';
import { phaseJobId } from '../../src/core/contest/contest.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { contextOf, servicesOf } from '../helpers/command-context.ts';
import { ada, cy, place, startContest, wholeLife } from '../helpers/contest-life.ts';
import { setup } from '../helpers/core-harness.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('a contest’s whole life, with a controllable clock', () => {
  it('takes entries, counts votes by the rules, survives a restart and announces the exact result', async () => {
    await wholeLife(setup());
  });

  it('lets only admins cancel; cancelling removes the phase jobs and announces nothing more', async () => {
    const t = setup();
    const contest = await startContest(t);
    await expect(
      executeCommand(contestCancel, {}, contextOf(servicesOf(t), ada, place)),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    expect((await t.store.contests.get(contest.id))!.state).toBe('submissions');
    await t.contests.cancel(cy, place);
    expect((await t.store.contests.get(contest.id))!.state).toBe('cancelled');
    expect(t.queue.removed).toEqual([phaseJobId(contest.id, 'voting'), phaseJobId(contest.id, 'close')]);
    const said = t.messenger.said.length;
    t.advance(3 * HOUR);
    // A phase job that was already running when it was cancelled does nothing.
    expect(await t.contests.runPhase(contest.id, 'close')).toEqual({ kind: 'done' });
    expect(t.messenger.said.length).toBe(said);
    await expect(t.contests.cancel(cy, place)).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });

  it('gives a failed or cancelled entry’s slot back', async () => {
    const t = setup();
    await startContest(t);
    t.provider.failNext.submit.push(
      new (await import('../../src/core/errors.ts')).ProviderError(ErrorCode.ProviderRejected, 'No.'),
    );
    const failing = await t.service.request({
      prompt: 'a ghost',
      options: { durationS: 4 },
      author: ada,
      place,
      contest: 'yes',
    });
    await t.run(failing.id);
    expect((await t.store.clips.get(failing.id))!.state).toBe('failed');
    const second = await t.service.request({
      prompt: 'a ghost again',
      options: { durationS: 4 },
      author: ada,
      place,
      contest: 'yes',
    });
    await t.service.cancel(second.id, ada);
    const third = await t.service.request({
      prompt: 'a third ghost',
      options: { durationS: 4 },
      author: ada,
      place,
      contest: 'yes',
    });
    expect(third.contestId).toBeDefined();
    expect((await t.store.contests.entries(third.contestId!)).map((e) => e.clipId)).toEqual([third.id]);
  });

  it('announces each phase once even when posting fails and the job is delivered again', async () => {
    const t = setup();
    const contest = await startContest(t);
    t.advance(HOUR);
    const say = t.messenger.say.bind(t.messenger);
    let failures = 1;
    t.messenger.say = async (...args) => {
      if (failures-- > 0) throw new Error('the platform is down');
      return say(...args);
    };
    await expect(t.contests.runPhase(contest.id, 'voting')).rejects.toThrow('the platform is down');
    // The state moved once; the announcement is still owed.
    expect((await t.store.contests.get(contest.id))!.state).toBe('voting');
    // Delivered again at once: the failed attempt's claim is still live, so it looks again later.
    expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'again', delayMs: 60_000 });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000); // claims expire on the store's clock
      expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'done' });
      expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'done' });
    } finally {
      vi.useRealTimers();
    }
    expect(t.messenger.said.filter((m) => m.text.includes('Voting is open'))).toHaveLength(1);
  });

  it('does not start a contest it cannot announce', async () => {
    const t = setup();
    t.messenger.say = async () => {
      throw new Error('Missing Access');
    };
    await expect(startContest(t)).rejects.toMatchObject({
      userMessage: expect.stringContaining(
        'I could not post in that channel, so the contest was not started',
      ),
    });
    expect(t.queue.jobs).toEqual([]);
    expect(await t.store.contests.openIn('test:w:c')).toBeUndefined();
  });

  it('applies the member’s command rate limit before anything else', async () => {
    const t = setup();
    // One command a minute, each member's already taken: the next is refused.
    const services = servicesOf(t, { ratePerMinute: 1 });
    for (const member of [cy, ada]) await services.workspace.limitRate(member, place);
    const start = { theme: 'robots', submit: '1h', vote: '1h', entries: 1 };
    await expect(executeCommand(contestStart, start, contextOf(services, cy, place))).rejects.toMatchObject({
      code: ErrorCode.RateLimited,
    });
    await expect(executeCommand(contestStatus, {}, contextOf(services, ada, place))).rejects.toMatchObject({
      code: ErrorCode.RateLimited,
    });
    expect(t.queue.jobs).toEqual([]);
    expect(await t.store.contests.openIn('test:w:c')).toBeUndefined();
  });

  it('refuses bad windows, themes and limits with a sentence, changing nothing', async () => {
    const t = setup();
    const base = { theme: 'robots', submitMs: HOUR, voteMs: HOUR, entriesPerMember: 1 };
    for (const [bad, message] of [
      [{ submitMs: 1000 }, 'The submission window must be between 1 min and 30 days'],
      [{ voteMs: 40 * DAY }, 'The voting window must be between 1 min and 30 days'],
      [{ theme: '  ' }, 'Give the contest a theme'],
      [{ entriesPerMember: 0 }, 'Entries per member must be a whole number from 1 to 10'],
      [{ minVoterAgeDays: 1000 }, 'The minimum voter age is a whole number of days from 0 to 365'],
    ] as const) {
      await expect(t.contests.start(cy, place, { ...base, ...bad })).rejects.toThrow(message);
    }
    expect(t.queue.jobs).toEqual([]);
    expect(await t.store.contests.openIn('test:w:c')).toBeUndefined();
    await expect(
      t.service.request({ prompt: 'a ghost', options: { durationS: 4 }, author: ada, place, contest: 'yes' }),
    ).rejects.toThrow('There is no contest open in this channel');
  });
});
