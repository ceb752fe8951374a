import type { CastRepository } from '../cast/cast-repository.ts';
import type { Clip, ClipState } from '../clip/clip.ts';
import type { Contest, ContestEntry, ContestState, ContestVote } from '../contest/contest.ts';
import type { Story } from '../story/story.ts';
import type { KeySlots } from './key-slots.ts';
import type { KeyValue } from './key-value.ts';
import type { KeyRepository } from './keys.ts';
import type { LedgerRepository } from './ledger.ts';
import type { MemberDirectory, RateLimitRepository, SettingsRepository } from './workspace.ts';

/** A partial update of a clip; `undefined` removes a field. */
export type ClipPatch = { [K in keyof Clip]?: Clip[K] | undefined };

/** Clip records. Updates are atomic compare-and-set on the state. */
export interface ClipRepository {
  /** Store a new clip; fails with CONFLICT if the id exists. */
  create(clip: Clip): Promise<void>;
  /** The clip, or undefined. */
  get(id: string): Promise<Clip | undefined>;
  /**
   * Apply a patch atomically. With `from`, only when the clip is in one of those states,
   * else throws CONFLICT; this is how two workers never both move a clip.
   */
  update(id: string, patch: ClipPatch, from?: readonly ClipState[]): Promise<Clip>;
  /**
   * 1-based place among clips still queued, in the order the queue runs them (priority lane,
   * then oldest first), or undefined once it left the line.
   */
  waitingPosition(id: string): Promise<number | undefined>;
  /**
   * 1-based place among this deployment's clips waiting at `provider` (state `submitted`: handed
   * over, not yet seen rendering), earliest submission first; undefined when it is not waiting
   * there. Kept in step with every update, so a clip leaves the line when its state does.
   */
  providerWaitingPosition(provider: string, id: string): Promise<number | undefined>;
  /** How many of this deployment's clips wait at `provider` (state `submitted`). */
  providerWaitingCount(provider: string): Promise<number>;
  /** Ids of the clips made from this one (remixes, re-rolls, edits), oldest first. */
  children(id: string): Promise<string[]>;
}

/** One vote per member per clip. Idempotent under repeated or out-of-order events. */
export interface VoteRepository {
  /** Record a vote; false when the member had already voted. */
  cast(clipId: string, memberId: string): Promise<boolean>;
  /** How many members vote for the clip. */
  count(clipId: string): Promise<number>;
  /** Remove a vote; false when there was none. */
  retract(clipId: string, memberId: string): Promise<boolean>;
  /** Replace all votes with the platform's own list (reconciliation). */
  replace(clipId: string, memberIds: readonly string[]): Promise<void>;
  /** Who votes for the clip. */
  voters(clipId: string): Promise<string[]>;
}

/**
 * Which clip a platform message belongs to (votes arrive naming only the message), and which
 * clip a provider job belongs to (webhooks name only the job).
 */
export interface MessageIndex {
  /** The clip a message key belongs to, if any. */
  clipFor(messageKey: string): Promise<string | undefined>;
  /** Remember that a message shows a clip. */
  link(messageKey: string, clipId: string): Promise<void>;
}

/** A partial update of a contest; `undefined` removes a field. */
export type ContestPatch = { [K in keyof Contest]?: Contest[K] | undefined };

/**
 * Contests, their entries and the votes the bot heard for them. Updates are compare-and-set on the
 * state; entering is atomic against the per-member limit, so simultaneous submissions from one
 * member across processes never pass it.
 */
export interface ContestRepository {
  /**
   * Store a new contest as its channel's open contest (`channelKey`); fails with CONFLICT when the
   * channel already has one open, so two admins starting at once get one contest.
   */
  create(contest: Contest, channelKey: string): Promise<void>;
  /**
   * Add an entry, atomically checked against the contest itself: `closed` unless it is taking
   * submissions at `entry.enteredAt` (so an entry racing the voting phase never slips in),
   * `full` when the member already has `limit` entries. A repeat of the same clip is `ok`.
   */
  enter(contestId: string, entry: ContestEntry, limit: number): Promise<'ok' | 'full' | 'closed'>;
  /** Entries still in the contest, earliest first. */
  entries(contestId: string): Promise<ContestEntry[]>;
  /** The contest, or undefined. */
  get(id: string): Promise<Contest | undefined>;
  /** Contests of a workspace scope, newest first (status, hall of fame). */
  list(scope: string, limit: number): Promise<Contest[]>;
  /** The id of the contest open in a channel, if any. */
  openIn(channelKey: string): Promise<string | undefined>;
  /** Record a vote for an entry unless that member's vote is already recorded (duplicates). */
  recordVote(contestId: string, clipId: string, vote: ContestVote): Promise<boolean>;
  /** Forget a member's vote for an entry (the reaction was removed); false when there was none. */
  retractVote(contestId: string, clipId: string, voterId: string): Promise<boolean>;
  /**
   * Apply a patch atomically; with `from`, only in one of those states, else CONFLICT. Leaving
   * the open states frees the channel for the next contest.
   */
  update(id: string, patch: ContestPatch, from?: readonly ContestState[]): Promise<Contest>;
  /** The votes recorded for an entry, by voter id order. */
  votes(contestId: string, clipId: string): Promise<ContestVote[]>;
  /** Take an entry out (its clip failed or was cancelled), freeing its slot; false if absent. */
  withdraw(contestId: string, clipId: string): Promise<boolean>;
}

/** Posted clips per workspace by time posted, for leaderboards. */
export interface PostedIndex {
  /** Note that a clip was posted in a workspace scope at `postedAt`. */
  add(scope: string, clipId: string, postedAt: number): Promise<void>;
  /** Ids of clips posted at or after `from`, oldest first, at most `limit` (newest kept). */
  since(scope: string, from: number, limit: number): Promise<string[]>;
}

/**
 * When the bot first met each member of a workspace (their first request or vote): the stand-in
 * for an account age where the surface tells none, for contests with a minimum voter age.
 */
export interface FirstSeenRepository {
  /** First-seen times of these members, for those the bot has met. */
  get(scope: string, memberIds: readonly string[]): Promise<Map<string, number>>;
  /** Note a meeting at `at`; an earlier first meeting is kept. */
  note(scope: string, memberId: string, at: number): Promise<void>;
}

/** Small JPEG frames of posted clips, kept where every process can serve them. */
export interface ThumbnailRepository {
  /** The clip's thumbnail bytes, if one was made. */
  get(clipId: string): Promise<Uint8Array | undefined>;
  /** True when a thumbnail is kept for the clip (without reading it). */
  has(clipId: string): Promise<boolean>;
  /** Keep a clip's thumbnail (replaces an earlier one). */
  put(clipId: string, jpeg: Uint8Array): Promise<void>;
}

/** Story records (src/core/story/story.ts): written once at admission, read by every step. */
export interface StoryRepository {
  /** Store a new story; fails with CONFLICT if the id exists. */
  create(story: Story): Promise<void>;
  /** The story, or undefined. */
  get(id: string): Promise<Story | undefined>;
}

/** Everything the bot keeps. Redis in production; an in-memory twin for zero-config runs. */
export interface Store {
  /** Members' likenesses (cast pictures), who may use them and the clips that did. */
  cast: CastRepository;
  clips: ClipRepository;
  contests: ContestRepository;
  firstSeen: FirstSeenRepository;
  /** Short expiring records and once-only claims (retried events, adapters' own facts). */
  keyValue: KeyValue;
  /** Workspaces' own provider keys, encrypted (ciphertext only). */
  keys: KeyRepository;
  /** Render slots per provider key (paced submits). */
  keySlots: KeySlots;
  /** Release connections. */
  close(): Promise<void>;
  /** Budgets: reservations, refunds and spend per workspace and member. */
  ledger: LedgerRepository;
  /** Members met per workspace, and their consent to be named in prompts. */
  members: MemberDirectory;
  messages: MessageIndex;
  /** Posted clips per workspace, for leaderboards. */
  posted: PostedIndex;
  /** Token buckets for per-member rate limits. */
  rateLimits: RateLimitRepository;
  /** Admins' per-workspace settings and their change log. */
  settings: SettingsRepository;
  /** Stories and extensions: their shots in order, look, mode and lineage. */
  stories: StoryRepository;
  thumbnails: ThumbnailRepository;
  votes: VoteRepository;
}
