import {
  type AdmissionLimits,
  type AdmitResult,
  emptyTotals,
  type LedgerRepository,
  LIMIT_ORDER,
  type LimitName,
  limitValue,
  type PeriodTotals,
  type Reservation,
  type ReservationRecord,
  spendOf,
} from '../core/ports/ledger.ts';
import { Mutex } from './mutex.ts';

/**
 * The in-memory ledger: the same checks and counters as the Redis script, under a mutex so that
 * concurrent admissions see each other's reservations.
 */
export function createMemoryLedger(): LedgerRepository {
  const books = new Map<string, PeriodTotals>();
  const active = new Map<string, number>();
  const reservations = new Map<string, ReservationRecord>();
  const mutex = new Mutex();

  const totals = (key: string) => {
    let t = books.get(key);
    if (!t) {
      t = emptyTotals();
      books.set(key, t);
    }
    return t;
  };
  /** The four books one reservation counts in: workspace and member, day and month. */
  const booksOf = (r: Reservation) => [
    totals(`${r.scope}|d|${r.day}`),
    totals(`${r.scope}|d|${r.day}|${r.memberId}`),
    totals(`${r.scope}|m|${r.month}`),
    totals(`${r.scope}|m|${r.month}|${r.memberId}`),
  ];
  const activeKey = (r: Pick<Reservation, 'scope' | 'memberId'>) => `${r.scope}|${r.memberId}`;

  /** Give back what a held reservation counted; the caller marks it released or settled. */
  function unhold(record: ReservationRecord, refund: boolean) {
    for (const t of booksOf(record)) {
      t.releasedCents += record.cents;
      if (refund) {
        t.clips -= 1;
        t.seconds -= record.seconds;
      }
    }
    const key = activeKey(record);
    active.set(key, Math.max(0, (active.get(key) ?? 0) - 1));
  }

  return {
    admit(reservation: Reservation, limits: AdmissionLimits) {
      return mutex.run((): AdmitResult => {
        const key = activeKey(reservation);
        const activeBefore = active.get(key) ?? 0;
        if (reservations.has(reservation.clipId)) return { admitted: true, activeBefore, repeated: true };
        const [day, memberDay, month] = booksOf(reservation) as [PeriodTotals, PeriodTotals, PeriodTotals];
        const used: Record<LimitName, [now: number, added: number]> = {
          memberMaxActive: [activeBefore, 1],
          memberDailyClips: [memberDay.clips, 1],
          memberDailySeconds: [memberDay.seconds, reservation.seconds],
          workspaceDaily: [spendOf(day), reservation.cents],
          workspaceMonthly: [spendOf(month), reservation.cents],
        };
        for (const limit of LIMIT_ORDER) {
          const max = limitValue(limits, limit);
          const [now, added] = used[limit];
          if (max !== undefined && now + added > max) return { admitted: false, limit, used: now, max };
        }
        for (const t of booksOf(reservation)) {
          t.reservedCents += reservation.cents;
          t.clips += 1;
          t.seconds += reservation.seconds;
        }
        active.set(key, activeBefore + 1);
        reservations.set(reservation.clipId, { ...reservation, status: 'held' });
        return { admitted: true, activeBefore, repeated: false };
      });
    },

    release(clipId: string) {
      return mutex.run(() => {
        const record = reservations.get(clipId);
        if (record?.status !== 'held') return false;
        unhold(record, true);
        record.status = 'released';
        return true;
      });
    },

    settle(clipId: string, cents: number) {
      return mutex.run(() => {
        const record = reservations.get(clipId);
        if (record?.status !== 'held') return false;
        unhold(record, false);
        for (const t of booksOf(record)) t.settledCents += cents;
        record.status = 'settled';
        record.settledCents = cents;
        return true;
      });
    },

    async reservation(clipId: string) {
      const record = reservations.get(clipId);
      return record && { ...record };
    },

    async usage({ scope, memberId, day, month }) {
      const copy = (key: string) => ({ ...(books.get(key) ?? emptyTotals()) });
      return {
        day: { workspace: copy(`${scope}|d|${day}`), member: copy(`${scope}|d|${day}|${memberId}`) },
        month: { workspace: copy(`${scope}|m|${month}`), member: copy(`${scope}|m|${month}|${memberId}`) },
        memberActive: active.get(`${scope}|${memberId}`) ?? 0,
      };
    },
  };
}
