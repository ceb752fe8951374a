import { expect } from 'vitest';
import { contestStart } from '../../commands/contest-start.ts';
import { executeCommand } from '../../commands/pipeline.ts';
import { Leaderboard } from '../../src/core/board/leaderboard.ts';
import type { Actor, Member } from '../../src/core/clip/clip.ts';
import { phaseJobId } from '../../src/core/contest/contest.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import { contextOf, servicesOf } from './command-context.ts';
import type { setup } from './core-harness.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const place: Place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
export const cy: Actor = { id: 'cy', name: 'Cy', admin: true };
// The harness clock starts near the epoch: an old account is one made well before it.
export const old = (id: string, name: string): Member => ({ id, name, since: -365 * DAY });
export const ada = old('ada', 'Ada');
export const bob = old('bob', 'Bob');
const eve = old('eve', 'Eve');

export type Harness = ReturnType<typeof setup>;

export async function startContest(t: Harness, minVoterAgeDays?: number) {
  return t.contests.start(cy, place, {
    theme: 'ghosts in the machine',
    submitMs: HOUR,
    voteMs: HOUR,
    entriesPerMember: 1,
    ...(minVoterAgeDays ? { minVoterAgeDays } : {}),
  });
}

/** A contest entry made and rendered through to posted. */
async function enter(t: Harness, author: Member, prompt: string) {
  const clip = await t.service.request({
    prompt,
    options: { durationS: 4 },
    author,
    place,
    contest: 'yes',
  });
  await t.run(clip.id);
  return (await t.store.clips.get(clip.id))!;
}

/**
 * A contest's whole life driven by hand with the harness's clock: entries inside and outside the
 * window, votes inside and outside the voting window, a self-vote, a bot vote, a vote cast while
 * the bot was stopped, one taken back while it was stopped, a restart between phases; the
 * announced result must match the rules exactly. Run over the in-memory store and Redis.
 */
export async function wholeLife(t: Harness): Promise<void> {
  const now = () => t.clock.now();

  // Only admins start contests; a refusal changes nothing.
  await expect(
    executeCommand(
      contestStart,
      { theme: 'x', submit: '1h', vote: '1h', entries: 1 },
      contextOf(servicesOf(t), { ...ada }, place),
    ),
  ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  expect(t.queue.jobs).toEqual([]);
  expect(t.messenger.said).toEqual([]);

  const contest = await startContest(t, 7);
  expect(t.messenger.said.at(-1)!.text).toContain('Contest started by Cy: “ghosts in the machine”');
  // The phases are delayed jobs with deterministic ids, due exactly at each window's end.
  expect(t.queue.queued.get(phaseJobId(contest.id, 'voting'))).toEqual({
    data: { contestId: contest.id, phase: 'voting' },
    delayMs: HOUR,
  });
  expect(t.queue.queued.get(phaseJobId(contest.id, 'close'))).toEqual({
    data: { contestId: contest.id, phase: 'close' },
    delayMs: 2 * HOUR,
  });
  // One open contest per channel.
  await expect(startContest(t)).rejects.toMatchObject({ code: ErrorCode.Conflict });

  // Entries inside the window; a second from Ada is over her limit of 1 and costs nothing.
  const a1 = await enter(t, ada, 'a ghost in a server rack');
  t.advance(1000);
  const b1 = await enter(t, bob, 'a ghost haunting a keyboard');
  t.advance(1000);
  const e1 = await enter(t, eve, 'a ghost made of cables');
  expect(a1).toMatchObject({ state: 'posted', contestId: contest.id });
  // Its card says it is an entry, on every surface (the notice line).
  expect(t.messenger.cardsFor(a1.id).at(-1)!.notice).toBe(`Contest entry (contest ${contest.id}).`);
  const jobsBefore = t.queue.jobs.length;
  await expect(
    t.service.request({
      prompt: 'another ghost',
      options: { durationS: 4 },
      author: ada,
      place,
      contest: 'yes',
    }),
  ).rejects.toThrow('You already have 1 entry in contest “ghosts in the machine”');
  expect(t.queue.jobs.length).toBe(jobsBefore);

  // Before voting opens: Dee votes (heard), Mo reacts while the bot is stopped (platform only).
  const dee = old('dee', 'Dee');
  const mo = old('mo', 'Mo');
  await t.service.vote(a1.id, dee);
  t.messenger.react(a1.delivery!, '👍', dee);
  t.messenger.react(a1.delivery!, '👍', mo);

  // Voting opens by its phase job; a second delivery of the job does nothing more.
  t.advance(HOUR);
  expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'done' });
  expect(await t.contests.runPhase(contest.id, 'voting')).toEqual({ kind: 'done' });
  const votingNotes = t.messenger.said.filter((s) => s.text.includes('Voting is open'));
  expect(votingNotes).toHaveLength(1);
  expect(votingNotes[0]!.text).toContain('submissions are closed with 3 entries');
  // The same announcement as a board: every entry to vote on, in entry order, votes not shown.
  const voting = t.messenger.boardOf('Voting is open')!;
  expect(voting.title).toBe('Contest “ghosts in the machine”: voting is open');
  expect(voting.entries.map((e) => [e.rank, e.clipId, e.author.name, e.votes, e.link])).toEqual(
    [a1, b1, e1].map((clip, i) => [
      i + 1,
      clip.id,
      clip.author.name,
      undefined,
      `https://chat.test/test/${clip.delivery!.id}`,
    ]),
  );

  // An entry after submissions closed is refused before anything is spent.
  await expect(
    t.service.request({
      prompt: 'a late ghost',
      options: { durationS: 4 },
      author: old('fay', 'Fay'),
      place,
      contest: 'yes',
    }),
  ).rejects.toThrow('Submissions for contest “ghosts in the machine” are closed');
  expect(t.queue.jobs.length).toBe(jobsBefore);

  // The bot restarts between phases: new services over the same store.
  const { service, contests } = t.services();
  const vote = async (clipId: string, ref: typeof a1.delivery, member: Member) => {
    await service.vote(clipId, member);
    t.messenger.react(ref!, '👍', member);
  };
  t.advance(10 * 60_000);
  await vote(a1.id, a1.delivery, bob); // counts
  await vote(a1.id, a1.delivery, old('kim', 'Kim')); // counts
  await vote(a1.id, a1.delivery, ada); // self-vote
  await vote(a1.id, a1.delivery, { id: 'robo', name: 'Robo', bot: true }); // bot
  await vote(b1.id, b1.delivery, { id: 'gus', name: 'Gus', since: now() - 2 * DAY }); // too young
  // Hal's account date is unknown, but the bot met him 30 days ago: old enough.
  await t.store.firstSeen.note('test:w', 'hal', now() - 30 * DAY);
  await vote(b1.id, b1.delivery, { id: 'hal', name: 'Hal' });
  // Ivy votes while the bot is stopped: only the platform's list has it. Unknown age.
  t.messenger.react(b1.delivery!, '👍', { id: 'ivy', name: 'Ivy' });
  // Jo votes, then takes it back while the bot is stopped.
  await vote(e1.id, e1.delivery, old('jo', 'Jo'));
  t.messenger.unreact(e1.delivery!, '👍', 'jo');

  // Standings so far read the bot's own record.
  expect(await contests.leaderboard(place)).toContain('standings so far');
  await t.store.thumbnails.put(a1.id, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));

  // Close: a job delivered early waits for the moment; then results, exactly once.
  const early = await contests.runPhase(contest.id, 'close');
  expect(early).toEqual({ kind: 'again', delayMs: contest.votingClosesAt - now() });
  t.advance(contest.votingClosesAt - now());
  expect(await contests.runPhase(contest.id, 'close')).toEqual({ kind: 'done' });
  await service.vote(a1.id, old('lee', 'Lee')); // after close: changes nothing
  expect(await contests.runPhase(contest.id, 'close')).toEqual({ kind: 'done' });

  const closed = (await t.store.contests.get(contest.id))!;
  expect(closed.state).toBe('closed');
  expect(closed.result!.ranking.map((r) => [r.clipId, r.votes])).toEqual([
    [a1.id, 2], // tie with b1: the earlier entry wins
    [b1.id, 2],
    [e1.id, 0],
  ]);
  expect(closed.result!.accounting).toEqual({
    counted: 4,
    self: 1,
    bots: 1,
    outsideWindow: 2,
    tooYoung: 1,
    ageUnknown: 1,
    foundAtClose: 1,
    retracted: 1,
    reconciled: true,
  });
  const results = t.messenger.said.filter((s) => s.text.includes('is over'));
  expect(results).toHaveLength(1);
  expect(results[0]!.text).toBe(
    [
      'Contest “ghosts in the machine” is over. 3 entries; the top:',
      `1st: clip ${a1.id} by Ada, 2 votes https://chat.test/test/${a1.delivery!.id}`,
      `2nd: clip ${b1.id} by Bob, 2 votes https://chat.test/test/${b1.delivery!.id}`,
      `3rd: clip ${e1.id} by Eve, 0 votes https://chat.test/test/${e1.delivery!.id}`,
      'How votes were counted: 4 votes counted; 1 self-vote, 1 bot vote, 2 outside the voting window and 1 from an account younger than 7 days not counted; 1 vote found on the platform at close, 1 taken back while the bot was away. The age of 1 voter could not be checked (no account date, never met before); that vote was counted. Ties go to the earlier entry.',
    ].join('\n'),
  );
  // The same results as a board: each winner with its link, votes and thumbnail (one was made).
  const board = t.messenger.boardOf('is over')!;
  expect(board).toMatchObject({
    kind: 'contest-results',
    title: 'Contest “ghosts in the machine” is over',
    intro: ['3 entries; the top:'],
    ranked: true,
  });
  expect(board.entries.map((e) => [e.rank, e.clipId, e.author.name, e.votes, e.link, e.thumbnail])).toEqual([
    [1, a1.id, 'Ada', 2, `https://chat.test/test/${a1.delivery!.id}`, true],
    [2, b1.id, 'Bob', 2, `https://chat.test/test/${b1.delivery!.id}`, false],
    [3, e1.id, 'Eve', 0, `https://chat.test/test/${e1.delivery!.id}`, false],
  ]);
  expect(board.notes).toEqual([results[0]!.text.split('\n').at(-1)]);
  // The winners with votes are pinged; nobody else.
  expect(results[0]!.notify.map((m) => m.id)).toEqual(['ada', 'bob']);
  const leaderboard = new Leaderboard({
    store: t.store,
    messengers: { get: () => t.messenger },
    clock: t.clock,
  });
  expect((await leaderboard.hallOfFame(place)).map((h) => h.winner.clipId)).toEqual([a1.id]);
  // The channel is free for the next contest.
  expect(await t.store.contests.openIn('test:w:c')).toBeUndefined();
}
