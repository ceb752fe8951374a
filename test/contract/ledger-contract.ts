import { describe, expect, it } from 'vitest';
import { type LedgerRepository, type Reservation, spendOf } from '../../src/core/ports/ledger.ts';

let n = 0;
/** A reservation in its own workspace unless told otherwise, so tests never share books. */
export function sampleReservation(overrides: Partial<Reservation> = {}): Reservation {
  n++;
  return {
    clipId: `clip-${n}-${Math.random().toString(36).slice(2, 8)}`,
    scope: `test:w${n}-${Math.random().toString(36).slice(2, 8)}`,
    memberId: 'u1',
    day: '2026-10-01',
    month: '2026-10',
    cents: 40,
    seconds: 4,
    ...overrides,
  };
}

const query = (r: Reservation) => ({ scope: r.scope, memberId: r.memberId, day: r.day, month: r.month });

/** The behaviour every LedgerRepository must have; run against Redis and the in-memory twin. */
export function ledgerContract(name: string, make: () => LedgerRepository) {
  describe(`Ledger contract: ${name}`, () => {
    it('counts an admitted clip in the workspace and member books for its day and month', async () => {
      const ledger = make();
      const r = sampleReservation({ cents: 84, seconds: 5 });
      expect(await ledger.admit(r, {})).toEqual({ admitted: true, activeBefore: 0, repeated: false });
      const usage = await ledger.usage(query(r));
      const held = { reservedCents: 84, releasedCents: 0, settledCents: 0, clips: 1, seconds: 5 };
      expect(usage).toEqual({
        day: { workspace: held, member: held },
        month: { workspace: held, member: held },
        memberActive: 1,
      });
      expect(await ledger.reservation(r.clipId)).toEqual({ ...r, status: 'held' });
      const other = await ledger.usage({ ...query(r), memberId: 'u2' });
      expect(spendOf(other.day.member)).toBe(0);
      expect(other.memberActive).toBe(0);
    });

    it('refuses at the first limit that would be passed, naming it, and changes nothing', async () => {
      const ledger = make();
      const first = sampleReservation({ cents: 300, seconds: 8 });
      await ledger.admit(first, {});
      const next = (o: Partial<Reservation> = {}) =>
        sampleReservation({ scope: first.scope, memberId: first.memberId, ...o });
      const before = await ledger.usage(query(first));
      expect(await ledger.admit(next(), { memberMaxActive: 1 })).toEqual({
        admitted: false,
        limit: 'memberMaxActive',
        used: 1,
        max: 1,
      });
      expect(await ledger.admit(next(), { memberDailyClips: 1, workspaceDailyCents: 1 })).toMatchObject({
        limit: 'memberDailyClips',
        used: 1,
      });
      expect(await ledger.admit(next({ seconds: 8 }), { memberDailySeconds: 15 })).toMatchObject({
        limit: 'memberDailySeconds',
        used: 8,
        max: 15,
      });
      expect(await ledger.admit(next({ cents: 101 }), { workspaceDailyCents: 400 })).toMatchObject({
        limit: 'workspaceDaily',
        used: 300,
        max: 400,
      });
      expect(await ledger.admit(next(), { workspaceMonthlyCents: 320 })).toMatchObject({
        limit: 'workspaceMonthly',
        used: 300,
      });
      expect(await ledger.usage(query(first))).toEqual(before);
      // Exactly at the limit is allowed.
      expect(await ledger.admit(next({ cents: 100 }), { workspaceDailyCents: 400 })).toMatchObject({
        admitted: true,
        activeBefore: 1,
      });
    });

    it('admits a clip id once: a repeated admission changes nothing', async () => {
      const ledger = make();
      const r = sampleReservation();
      await ledger.admit(r, {});
      expect(await ledger.admit(r, { memberMaxActive: 1 })).toEqual({
        admitted: true,
        activeBefore: 1,
        repeated: true,
      });
      expect((await ledger.usage(query(r))).day.workspace.reservedCents).toBe(40);
    });

    it('refunds a reservation once, giving back its money, clip, seconds and active slot', async () => {
      const ledger = make();
      const r = sampleReservation();
      await ledger.admit(r, {});
      expect(await ledger.release(r.clipId)).toBe(true);
      expect(await ledger.release(r.clipId)).toBe(false);
      expect(await ledger.settle(r.clipId, 40)).toBe(false);
      const usage = await ledger.usage(query(r));
      expect(usage.day.member).toEqual({
        reservedCents: 40,
        releasedCents: 40,
        settledCents: 0,
        clips: 0,
        seconds: 0,
      });
      expect(spendOf(usage.month.workspace)).toBe(0);
      expect(usage.memberActive).toBe(0);
      expect((await ledger.reservation(r.clipId))?.status).toBe('released');
      expect(await ledger.release('never-admitted')).toBe(false);
    });

    it('settles a reservation once at the real cost, keeping the clip counted', async () => {
      const ledger = make();
      const r = sampleReservation({ cents: 40 });
      await ledger.admit(r, {});
      expect(await ledger.settle(r.clipId, 35)).toBe(true);
      expect(await ledger.settle(r.clipId, 35)).toBe(false);
      expect(await ledger.release(r.clipId)).toBe(false);
      const usage = await ledger.usage(query(r));
      expect(usage.day.workspace).toEqual({
        reservedCents: 40,
        releasedCents: 40,
        settledCents: 35,
        clips: 1,
        seconds: 4,
      });
      expect(spendOf(usage.month.member)).toBe(35);
      expect(usage.memberActive).toBe(0);
      expect(await ledger.reservation(r.clipId)).toMatchObject({ status: 'settled', settledCents: 35 });
    });

    it('books a late refund on the day the clip was admitted', async () => {
      const ledger = make();
      const r = sampleReservation({ day: '2026-10-31', month: '2026-10' });
      await ledger.admit(r, {});
      await ledger.release(r.clipId);
      const next = await ledger.usage({ ...query(r), day: '2026-11-01', month: '2026-11' });
      expect(next.day.workspace.releasedCents).toBe(0);
      expect((await ledger.usage(query(r))).day.workspace.releasedCents).toBe(40);
    });

    it('admits exactly as many simultaneous requests as the budget holds', async () => {
      const ledger = make();
      const base = sampleReservation();
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          ledger.admit(
            { ...base, clipId: `${base.clipId}-${i}`, memberId: `m${i}` },
            { workspaceDailyCents: 400 },
          ),
        ),
      );
      expect(results.filter((r) => r.admitted)).toHaveLength(10);
      expect(results.filter((r) => !r.admitted && r.limit === 'workspaceDaily')).toHaveLength(50);
      expect(spendOf((await ledger.usage(query(base))).day.workspace)).toBe(400);
    });
  });
}
