import type { Member } from '../clip/clip.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Place } from '../place.ts';

/**
 * A contest's life: entries are taken while `submissions`, votes count while `voting`, results
 * are announced at `closed`; `cancelled` by an admin at any point before that. Every move is a
 * compare-and-set on this state, so a phase job delivered twice or late moves it once.
 */
export const ContestState = {
  Submissions: 'submissions',
  Voting: 'voting',
  Closed: 'closed',
  Cancelled: 'cancelled',
} as const;
export type ContestState = (typeof ContestState)[keyof typeof ContestState];

/** States in which a contest holds its channel (one open contest per channel). */
export const OPEN_CONTEST_STATES: readonly ContestState[] = ['submissions', 'voting'];

/** The phase jobs: open voting, then close and announce. */
export type ContestPhase = 'voting' | 'close';

/** One prompt contest in one channel. */
export interface Contest {
  id: string;
  theme: string;
  /** The channel it runs in: announcements go here, entries are made here. */
  place: Place;
  state: ContestState;
  createdBy: Member;
  createdAt: number;
  /** Submissions are open from `createdAt` until this moment, when voting opens. */
  votingOpensAt: number;
  /** Voting closes (and results are counted) at this moment. */
  votingClosesAt: number;
  entriesPerMember: number;
  /** Voters must have been members (or known to the bot) at least this many days. */
  minVoterAgeDays?: number;
  /**
   * The channel's language when the contest started: every announcement, result and board of
   * the contest is drawn in it. Absent on contests from before languages: English.
   */
  locale?: Locale;
  /** The vote reaction when the contest started, so a settings change mid-contest changes nothing. */
  voteEmoji: string;
  /** When voting actually opened and the early reactions were snapshotted. */
  votingOpenedAt?: number;
  closedAt?: number;
  cancelledAt?: number;
  cancelledBy?: Member;
  /** Set once the voting announcement was posted. */
  votingAnnouncedAt?: number;
  /** Set once the closing announcement was posted (a redelivered close job posts nothing). */
  announcedAt?: number;
  result?: ContestResult;
}

/** A clip entered into a contest. */
export interface ContestEntry {
  clipId: string;
  author: Member;
  /** When the entry was accepted; earlier entry wins a tie. */
  enteredAt: number;
}

/**
 * A vote as the bot saw it: who, when, and where it came from. `event`: a reaction the bot heard;
 * `early`: on the message when voting opened (snapshot); `platform`: found on the platform's own
 * list at close, never heard (cast while the bot was stopped).
 */
export interface ContestVote {
  voter: Member;
  at: number;
  source: 'event' | 'early' | 'platform';
}

/** One entry's place in the results. */
export interface RankedEntry {
  clipId: string;
  author: Member;
  enteredAt: number;
  votes: number;
}

/** How the votes were counted, for the announcement. */
export interface VoteAccounting {
  counted: number;
  self: number;
  bots: number;
  /** Cast before voting opened (reactions present at the snapshot) or after it closed. */
  outsideWindow: number;
  /** From accounts or memberships younger than the contest's minimum. */
  tooYoung: number;
  /** Counted, but the voter's age could not be checked (no account date, never met before). */
  ageUnknown: number;
  /** On the platform's list at close but never heard by the bot; counted when eligible. */
  foundAtClose: number;
  /** Heard by the bot but no longer on the platform at close (taken back while it was away). */
  retracted: number;
  /** False where the surface has no list of its own (the studio: its store is the list). */
  reconciled: boolean;
}

/** Nothing counted yet: the start of every tally. */
export const emptyAccounting = (reconciled: boolean): VoteAccounting => ({
  counted: 0,
  self: 0,
  bots: 0,
  outsideWindow: 0,
  tooYoung: 0,
  ageUnknown: 0,
  foundAtClose: 0,
  retracted: 0,
  reconciled,
});

export interface ContestResult {
  ranking: RankedEntry[];
  accounting: VoteAccounting;
}

/** A contest win in the hall of fame. */
export interface HallEntry {
  contestId: string;
  theme: string;
  clipId: string;
  author: Member;
  votes: number;
  closedAt: number;
}

/** How many top entries the results name. */
export const RESULTS_SHOWN = 3;

/** The phase job's id: deterministic, so enqueueing it again is a no-op (BullMQ job ids). */
export function phaseJobId(contestId: string, phase: ContestPhase): string {
  // BullMQ refuses custom ids with `:` (legacy repeat keys aside), so dashes separate.
  return `contest-${contestId}-${phase}`;
}

/** Order of entries: more votes, then the earlier entry, then the clip id. Stated in results. */
export function rankEntries(entries: RankedEntry[]): RankedEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.votes - a.votes ||
      a.enteredAt - b.enteredAt ||
      (a.clipId < b.clipId ? -1 : a.clipId > b.clipId ? 1 : 0),
  );
}
