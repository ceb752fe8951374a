import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Contest, type ContestEntry, emptyAccounting } from '../../src/core/contest/contest.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { Store } from '../../src/core/ports/store.ts';

let n = 0;
export function sampleContest(overrides: Partial<Contest> = {}): Contest {
  const id = `k${Date.now().toString(36)}${n++}${Math.random().toString(36).slice(2, 6)}`;
  return {
    id,
    theme: 'neon cities',
    place: { surface: 'test', workspaceId: `w-${id}`, channelId: 'c1' },
    state: 'submissions',
    createdBy: { id: 'admin', name: 'Cy' },
    createdAt: 1_000,
    votingOpensAt: 2_000,
    votingClosesAt: 3_000,
    entriesPerMember: 2,
    voteEmoji: '👍',
    ...overrides,
  };
}

const entry = (clipId: string, authorId: string, enteredAt: number): ContestEntry => ({
  clipId,
  author: { id: authorId, name: authorId.toUpperCase() },
  enteredAt,
});

/** What every contest repository must do; run against Redis and the in-memory twin. */
export function contestContract(name: string, make: () => Promise<Store>, cleanup?: () => Promise<void>) {
  describe(`Contest store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it('keeps one open contest per channel and frees the channel when it closes', async () => {
      // Its language is kept with it: every announcement of the contest is drawn in it.
      const a = sampleContest({ locale: 'es' });
      const channel = `test:${a.place.workspaceId}:c1`;
      await store.contests.create(a, channel);
      expect(await store.contests.get(a.id)).toEqual(a);
      expect(await store.contests.openIn(channel)).toBe(a.id);
      const b = sampleContest({ place: a.place });
      await expect(store.contests.create(b, channel)).rejects.toMatchObject({ code: ErrorCode.Conflict });
      expect(await store.contests.get(b.id)).toBeUndefined();
      await store.contests.update(a.id, { state: 'voting' }, ['submissions']);
      expect(await store.contests.openIn(channel)).toBe(a.id);
      await store.contests.update(a.id, { state: 'closed', closedAt: 5 }, ['voting']);
      expect(await store.contests.openIn(channel)).toBeUndefined();
      await store.contests.create(b, channel);
      expect((await store.contests.list(`test:${a.place.workspaceId}`, 10)).map((c) => c.id).sort()).toEqual(
        [a.id, b.id].sort(),
      );
    });

    it('moves state by compare-and-set: one of many simultaneous moves wins', async () => {
      const c = sampleContest();
      await store.contests.create(c, `test:${c.place.workspaceId}:c1`);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          store.contests.update(c.id, { state: 'voting', votingOpenedAt: i }, ['submissions']),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const late = store.contests.update(c.id, { state: 'voting' }, ['submissions']);
      await expect(late).rejects.toMatchObject({ code: ErrorCode.Conflict });
      await expect(store.contests.update('missing', { theme: 'x' })).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    });

    it('reads back results with an empty ranking and unsets undefined fields', async () => {
      const c = sampleContest({ minVoterAgeDays: 7 });
      await store.contests.create(c, `test:${c.place.workspaceId}:c1`);
      const accounting = emptyAccounting(true);
      const updated = await store.contests.update(c.id, {
        state: 'closed',
        result: { ranking: [], accounting },
        minVoterAgeDays: undefined,
      });
      expect(updated.result).toEqual({ ranking: [], accounting });
      expect(updated).not.toHaveProperty('minVoterAgeDays');
      expect(await store.contests.get(c.id)).toEqual(updated);
    });

    const open = async (overrides: Partial<Contest> = {}) => {
      const c = sampleContest(overrides);
      await store.contests.create(c, `test:${c.place.workspaceId}:c1`);
      return c;
    };

    it('takes entries up to the limit per member, in order, and frees a withdrawn slot', async () => {
      const c = await open();
      expect(await store.contests.enter(c.id, entry('b', 'ada', 1020), 2)).toBe('ok');
      expect(await store.contests.enter(c.id, entry('a', 'ada', 1010), 2)).toBe('ok');
      expect(await store.contests.enter(c.id, entry('a', 'ada', 1010), 2)).toBe('ok'); // repeat: same entry
      expect(await store.contests.enter(c.id, entry('c', 'ada', 1030), 2)).toBe('full');
      expect(await store.contests.enter(c.id, entry('d', 'bob', 1020), 2)).toBe('ok');
      expect((await store.contests.entries(c.id)).map((e) => e.clipId)).toEqual(['a', 'b', 'd']);
      expect(await store.contests.withdraw(c.id, 'a')).toBe(true);
      expect(await store.contests.withdraw(c.id, 'a')).toBe(false);
      expect(await store.contests.enter(c.id, entry('c', 'ada', 1030), 2)).toBe('ok');
      expect((await store.contests.entries(c.id)).map((e) => e.clipId)).toEqual(['b', 'd', 'c']);
    });

    it('refuses entries outside the submission window, checked with the slot', async () => {
      const c = await open();
      // votingOpensAt is 2000: an entry at that moment is too late.
      expect(await store.contests.enter(c.id, entry('late', 'ada', 2000), 2)).toBe('closed');
      expect(await store.contests.enter('no-such-contest', entry('x', 'ada', 1500), 2)).toBe('closed');
      await store.contests.update(c.id, { state: 'voting' }, ['submissions']);
      expect(await store.contests.enter(c.id, entry('x', 'ada', 1500), 2)).toBe('closed');
      expect(await store.contests.entries(c.id)).toEqual([]);
    });

    it('lets exactly 2 of 20 simultaneous entries from one member in against a limit of 2', async () => {
      const c = await open();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.contests.enter(c.id, entry(`clip${i}`, 'ada', 1100 + i), 2),
        ),
      );
      expect(results.filter((r) => r === 'ok')).toHaveLength(2);
      expect(results.filter((r) => r === 'full')).toHaveLength(18);
      expect(await store.contests.entries(c.id)).toHaveLength(2);
    });

    it('records one vote per member per entry, idempotently, and forgets a retracted one', async () => {
      const c = sampleContest();
      const vote = { voter: { id: 'bob', name: 'Bob', since: 5 }, at: 2500, source: 'event' as const };
      expect(await store.contests.recordVote(c.id, 'a', vote)).toBe(true);
      expect(await store.contests.recordVote(c.id, 'a', { ...vote, at: 2600 })).toBe(false);
      await store.contests.recordVote(c.id, 'a', {
        voter: { id: 'amy', name: 'Amy' },
        at: 1,
        source: 'early',
      });
      expect(await store.contests.votes(c.id, 'a')).toEqual([
        { voter: { id: 'amy', name: 'Amy' }, at: 1, source: 'early' },
        vote,
      ]);
      expect(await store.contests.retractVote(c.id, 'a', 'bob')).toBe(true);
      expect(await store.contests.retractVote(c.id, 'a', 'bob')).toBe(false);
      expect(await store.contests.votes(c.id, 'b')).toEqual([]);
    });

    it('indexes posted clips by time for leaderboards, newest kept under a limit', async () => {
      const scope = `test:posted-${Math.random().toString(36).slice(2)}`;
      await store.posted.add(scope, 'x', 300);
      await store.posted.add(scope, 'y', 100);
      await store.posted.add(scope, 'z', 200);
      await store.posted.add(`${scope}-other`, 'w', 250);
      expect(await store.posted.since(scope, 0, 10)).toEqual(['y', 'z', 'x']);
      expect(await store.posted.since(scope, 200, 10)).toEqual(['z', 'x']);
      expect(await store.posted.since(scope, 0, 2)).toEqual(['z', 'x']);
    });

    it('keeps the first time the bot met a member', async () => {
      const scope = `test:seen-${Math.random().toString(36).slice(2)}`;
      await store.firstSeen.note(scope, 'ada', 100);
      await store.firstSeen.note(scope, 'ada', 900);
      await store.firstSeen.note(scope, 'bob', 500);
      expect(await store.firstSeen.get(scope, ['ada', 'bob', 'cy'])).toEqual(
        new Map([
          ['ada', 100],
          ['bob', 500],
        ]),
      );
      expect(await store.firstSeen.get(scope, [])).toEqual(new Map());
    });

    it('keeps thumbnails byte for byte', async () => {
      const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10, 0xff, 0xd9]);
      await store.thumbnails.put('clip-t', jpeg);
      expect(await store.thumbnails.get('clip-t')).toEqual(jpeg);
      expect(await store.thumbnails.has('clip-t')).toBe(true);
      expect(await store.thumbnails.get('clip-none')).toBeUndefined();
      expect(await store.thumbnails.has('clip-none')).toBe(false);
    });
  });
}
