import type { Redis } from 'ioredis';
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
} from '../core/ports/ledger.ts';

/**
 * Admission in one script: read every counter a limit needs, refuse naming the first limit that
 * would be passed, else count the clip in all four books (workspace and member, day and month),
 * bump the member's active count and record the reservation. Redis runs a script alone, so 100
 * simultaneous requests against room for 10 admit exactly 10.
 * KEYS: day book, month book, active counts, reservation.
 * ARGV: member id, cents, seconds, limits JSON ([name, max] in check order), reservation JSON,
 *       day TTL s, month TTL s, reservation TTL s.
 */
const ADMIT = `
local function n(key, field) return tonumber(redis.call('HGET', key, field) or '0') end
local function spend(key, pre)
  return n(key, pre .. 'reserved') - n(key, pre .. 'released') + n(key, pre .. 'settled')
end
local member = ARGV[1]
local m = 'm:' .. member .. ':'
local activeBefore = n(KEYS[3], member)
if redis.call('EXISTS', KEYS[4]) == 1 then return {'repeated', activeBefore} end
local cents = tonumber(ARGV[2])
local seconds = tonumber(ARGV[3])
local used = {
  memberMaxActive = {activeBefore, 1},
  memberDailyClips = {n(KEYS[1], m .. 'clips'), 1},
  memberDailySeconds = {n(KEYS[1], m .. 'seconds'), seconds},
  workspaceDaily = {spend(KEYS[1], ''), cents},
  workspaceMonthly = {spend(KEYS[2], ''), cents},
}
for _, limit in ipairs(cjson.decode(ARGV[4])) do
  local u = used[limit[1]]
  if u[1] + u[2] > limit[2] then return {'refused', limit[1], u[1], limit[2]} end
end
for _, key in ipairs({KEYS[1], KEYS[2]}) do
  for _, pre in ipairs({'', m}) do
    redis.call('HINCRBY', key, pre .. 'reserved', cents)
    redis.call('HINCRBY', key, pre .. 'clips', 1)
    redis.call('HINCRBY', key, pre .. 'seconds', seconds)
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[7])
redis.call('HINCRBY', KEYS[3], member, 1)
redis.call('SET', KEYS[4], ARGV[5], 'EX', ARGV[8])
return {'admitted', activeBefore}
`;

/**
 * Release (refund) or settle a held reservation, once: the status flips from `held` in the same
 * script that moves the money, so a retried step finds it done and changes nothing.
 * KEYS: reservation, day book, month book, active counts. ARGV: 'release' | 'settle', cents.
 */
const FINISH = `
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local r = cjson.decode(raw)
if r.status ~= 'held' then return 0 end
local m = 'm:' .. r.memberId .. ':'
for _, key in ipairs({KEYS[2], KEYS[3]}) do
  for _, pre in ipairs({'', m}) do
    redis.call('HINCRBY', key, pre .. 'released', r.cents)
    if ARGV[1] == 'release' then
      redis.call('HINCRBY', key, pre .. 'clips', -1)
      redis.call('HINCRBY', key, pre .. 'seconds', -r.seconds)
    else
      redis.call('HINCRBY', key, pre .. 'settled', tonumber(ARGV[2]))
    end
  end
end
if redis.call('HINCRBY', KEYS[4], r.memberId, -1) <= 0 then redis.call('HDEL', KEYS[4], r.memberId) end
if ARGV[1] == 'release' then
  r.status = 'released'
else
  r.status = 'settled'
  r.settledCents = tonumber(ARGV[2])
end
redis.call('SET', KEYS[1], cjson.encode(r), 'KEEPTTL')
return 1
`;

/** Day books outlive their day by a month (late refunds land in them); month books by a year. */
const DAY_TTL_S = 40 * 86_400;
const MONTH_TTL_S = 400 * 86_400;
/** A reservation lasts longer than any render can take, so a late release still finds it. */
const RESERVATION_TTL_S = 40 * 86_400;

type LedgerRedis = Redis & {
  ledgerAdmit(...args: (string | number)[]): Promise<[string, ...(string | number)[]]>;
  ledgerFinish(...args: string[]): Promise<number>;
};

const FIELDS = ['reserved', 'released', 'settled', 'clips', 'seconds'] as const;

/** The ledger in Redis hashes, one per scope and period, with members' books as prefixed fields. */
export function createRedisLedger(client: Redis, key: (...parts: string[]) => string): LedgerRepository {
  const redis = client as LedgerRedis;
  redis.defineCommand('ledgerAdmit', { numberOfKeys: 4, lua: ADMIT });
  redis.defineCommand('ledgerFinish', { numberOfKeys: 4, lua: FINISH });
  const dayKey = (scope: string, day: string) => key('ledger', scope, 'day', day);
  const monthKey = (scope: string, month: string) => key('ledger', scope, 'month', month);
  const activeKey = (scope: string) => key('ledger', scope, 'active');
  const reservationKey = (clipId: string) => key('ledger', 'reservation', clipId);

  async function finish(clipId: string, mode: 'release' | 'settle', cents = 0): Promise<boolean> {
    const raw = await redis.get(reservationKey(clipId));
    if (!raw) return false;
    // Day, month and scope never change after admission, so reading them outside the script is safe.
    const r = JSON.parse(raw) as ReservationRecord;
    const done = await redis.ledgerFinish(
      reservationKey(clipId),
      dayKey(r.scope, r.day),
      monthKey(r.scope, r.month),
      activeKey(r.scope),
      mode,
      String(cents),
    );
    return done === 1;
  }

  async function totals(hashKey: string, prefix: string): Promise<PeriodTotals> {
    const values = await redis.hmget(hashKey, ...FIELDS.map((f) => `${prefix}${f}`));
    const [reserved, released, settled, clips, seconds] = values.map((v) => Number(v ?? 0));
    return {
      ...emptyTotals(),
      reservedCents: reserved ?? 0,
      releasedCents: released ?? 0,
      settledCents: settled ?? 0,
      clips: clips ?? 0,
      seconds: seconds ?? 0,
    };
  }

  return {
    async admit(reservation: Reservation, limits: AdmissionLimits): Promise<AdmitResult> {
      const checks = LIMIT_ORDER.flatMap((name) => {
        const max = limitValue(limits, name);
        return max === undefined ? [] : [[name, max]];
      });
      const record: ReservationRecord = { ...reservation, status: 'held' };
      const [outcome, ...rest] = await redis.ledgerAdmit(
        dayKey(reservation.scope, reservation.day),
        monthKey(reservation.scope, reservation.month),
        activeKey(reservation.scope),
        reservationKey(reservation.clipId),
        reservation.memberId,
        reservation.cents,
        reservation.seconds,
        JSON.stringify(checks),
        JSON.stringify(record),
        DAY_TTL_S,
        MONTH_TTL_S,
        RESERVATION_TTL_S,
      );
      if (outcome === 'refused') {
        const [limit, used, max] = rest;
        return { admitted: false, limit: limit as LimitName, used: Number(used), max: Number(max) };
      }
      return { admitted: true, activeBefore: Number(rest[0]), repeated: outcome === 'repeated' };
    },

    release: (clipId) => finish(clipId, 'release'),
    settle: (clipId, cents) => finish(clipId, 'settle', cents),

    async reservation(clipId) {
      const raw = await redis.get(reservationKey(clipId));
      return raw ? (JSON.parse(raw) as ReservationRecord) : undefined;
    },

    async usage({ scope, memberId, day, month }) {
      const member = `m:${memberId}:`;
      const [dw, dm, mw, mm, active] = await Promise.all([
        totals(dayKey(scope, day), ''),
        totals(dayKey(scope, day), member),
        totals(monthKey(scope, month), ''),
        totals(monthKey(scope, month), member),
        redis.hget(activeKey(scope), memberId),
      ]);
      return {
        day: { workspace: dw, member: dm },
        month: { workspace: mw, member: mm },
        memberActive: Number(active ?? 0),
      };
    },
  };
}
