import type { Clip, ClipState } from '../clip.ts';
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

/** One-time claims, for deduplicating retried platform events. */
export interface ClaimRepository {
  /** True the first time a key is claimed within `ttlMs`, false after. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** True while a claim on the key is live. */
  has(key: string): Promise<boolean>;
}

/** Everything the bot keeps. Redis in production; an in-memory twin for zero-config runs. */
export interface Store {
  claims: ClaimRepository;
  clips: ClipRepository;
  /** Release connections. */
  close(): Promise<void>;
  /** Budgets: reservations, refunds and spend per workspace and member. */
  ledger: LedgerRepository;
  /** Members met per workspace, and their consent to be named in prompts. */
  members: MemberDirectory;
  messages: MessageIndex;
  /** Token buckets for per-member rate limits. */
  rateLimits: RateLimitRepository;
  /** Admins' per-workspace settings and their change log. */
  settings: SettingsRepository;
  votes: VoteRepository;
}
