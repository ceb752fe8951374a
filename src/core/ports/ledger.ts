/**
 * The usage ledger: what each workspace and member has reserved, been refunded and spent, per UTC
 * day and month, in integer cents. Admission checks every limit and reserves in one atomic step,
 * so concurrent requests can never overrun a budget; release and settle happen once per clip.
 */

/** Which limit refused a request. */
export type LimitName =
  | 'memberMaxActive'
  | 'memberDailyClips'
  | 'memberDailySeconds'
  | 'workspaceDaily'
  | 'workspaceMonthly';

/** The order limits are checked in: a member's own limits first, so the refusal is about them. */
export const LIMIT_ORDER: readonly LimitName[] = [
  'memberMaxActive',
  'memberDailyClips',
  'memberDailySeconds',
  'workspaceDaily',
  'workspaceMonthly',
];

/** Limits checked at admission; an absent limit is unlimited. */
export interface AdmissionLimits {
  /** A member's clips queued or rendering at once. */
  memberMaxActive?: number;
  memberDailyClips?: number;
  memberDailySeconds?: number;
  workspaceDailyCents?: number;
  workspaceMonthlyCents?: number;
}

/** What admitting one clip holds until it is delivered (settle) or fails or is cancelled (release). */
export interface Reservation {
  clipId: string;
  /** The workspace: `${surface}:${workspaceId}`. */
  scope: string;
  memberId: string;
  /** UTC day and month the reservation counts against, fixed at admission. */
  day: string;
  month: string;
  cents: number;
  seconds: number;
}

export type ReservationStatus = 'held' | 'released' | 'settled';

export interface ReservationRecord extends Reservation {
  status: ReservationStatus;
  /** The real cost charged at delivery. */
  settledCents?: number;
}

export type AdmitResult =
  /** `activeBefore`: the member's clips in flight before this one (drives its queue priority). */
  | { admitted: true; activeBefore: number; repeated: boolean }
  /** `used`: where the refused limit stood (cents, clips, seconds or active clips). */
  | { admitted: false; limit: LimitName; used: number; max: number };

/**
 * One scope's books for a period. Spend (what budgets compare against) is
 * `reserved - released + settled`: a reservation counts until it is released, either as a refund
 * (failure, cancel) or at delivery, when the real cost is settled in its place.
 */
export interface PeriodTotals {
  reservedCents: number;
  releasedCents: number;
  settledCents: number;
  /** Clips admitted and not refunded, and their seconds. */
  clips: number;
  seconds: number;
}

export interface UsageQuery {
  scope: string;
  memberId: string;
  day: string;
  month: string;
}

export interface UsageTotals {
  day: { workspace: PeriodTotals; member: PeriodTotals };
  month: { workspace: PeriodTotals; member: PeriodTotals };
  /** The member's clips queued or rendering now. */
  memberActive: number;
}

export interface LedgerRepository {
  /**
   * Check every limit and, only if all pass, record the reservation and count it everywhere, in
   * one atomic step. Admitting a clip id that already has a reservation changes nothing
   * (`repeated`), so a retried request is never counted twice.
   */
  admit(reservation: Reservation, limits: AdmissionLimits): Promise<AdmitResult>;
  /** Refund a held reservation (failed, cancelled); false when it was not held (done already). */
  release(clipId: string): Promise<boolean>;
  /** The reservation of a clip, if it has one. */
  reservation(clipId: string): Promise<ReservationRecord | undefined>;
  /** Replace a held reservation by the real cost (delivered); false when it was not held. */
  settle(clipId: string, cents: number): Promise<boolean>;
  /** The books of a workspace and one of its members for a day and a month. */
  usage(query: UsageQuery): Promise<UsageTotals>;
}

/** A limit's value by name (undefined: unlimited). */
export function limitValue(limits: AdmissionLimits, name: LimitName): number | undefined {
  switch (name) {
    case 'workspaceDaily':
      return limits.workspaceDailyCents;
    case 'workspaceMonthly':
      return limits.workspaceMonthlyCents;
    default:
      return limits[name];
  }
}

export const emptyTotals = (): PeriodTotals => ({
  reservedCents: 0,
  releasedCents: 0,
  settledCents: 0,
  clips: 0,
  seconds: 0,
});

/** What a period's books say was spent, held reservations included. */
export function spendOf(totals: PeriodTotals): number {
  return totals.reservedCents - totals.releasedCents + totals.settledCents;
}
