import type { AspectName } from '../capabilities.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What a workspace (a Discord server, a Slack workspace, the studio) keeps about itself: its
 * admins' settings with a short change log, and the members the bot has met with their consent
 * to be named in prompts. Scopes are `${surface}:${workspaceId}`.
 */

/**
 * Overrides an admin set; an absent field falls back to the operator's default. `null` is an
 * explicit "no limit" that overrides a default limit.
 */
export interface StoredSettings {
  /** Default model for requests that name none. */
  model?: string;
  /** Preferred provider: its first model is the default when no model is set. */
  provider?: string;
  /** Channel ids where clips may be made; absent: every channel. */
  channels?: string[];
  dailyBudgetCents?: number | null;
  monthlyBudgetCents?: number | null;
  memberDailyClips?: number | null;
  memberDailySeconds?: number | null;
  memberMaxActive?: number | null;
  ratePerMinute?: number;
  /** The reaction that counts as a vote here (each surface reads it its own way). */
  voteEmoji?: string;
  /** The shape of a clip whose member names none (absent: DEFAULT_ASPECT, landscape). */
  aspect?: AspectName;
  /**
   * The language of what the whole channel sees (cards, announcements, results); absent: the
   * platform's community locale where it says one (Discord's guild locale), else English.
   */
  language?: Locale;
}

export type SettingKey = keyof StoredSettings;

/** One change an admin made, kept in a short log and shown by the settings command. */
export interface SettingChange {
  at: number;
  by: { id: string; name: string };
  key: SettingKey;
  /** The values before and after, as members read them, in English (the source language). */
  from: string;
  to: string;
  /**
   * The stored values before and after (absent: the default), so the settings view shows the
   * change in its reader's language. Absent on changes logged before languages (then `from`/`to`).
   */
  values?: { from?: StoredSettings[SettingKey]; to?: StoredSettings[SettingKey] };
}

export interface SettingsRepository {
  /** Apply one change (a value, or undefined to go back to the default) and log it, atomically. */
  change(
    scope: string,
    key: SettingKey,
    value: StoredSettings[SettingKey] | undefined,
    entry: SettingChange,
  ): Promise<StoredSettings>;
  /** The workspace's overrides (empty when none). */
  get(scope: string): Promise<StoredSettings>;
  /** The latest changes, newest first. */
  history(scope: string, limit: number): Promise<SettingChange[]>;
}

/** A member the bot has met in a workspace. */
export interface KnownMember {
  id: string;
  name: string;
  /** True once they opted in to being named in others' prompts (/sora consent on). */
  consent: boolean;
}

export interface MemberDirectory {
  /** Everyone the bot has met here. */
  list(scope: string): Promise<KnownMember[]>;
  /** Note a member's current display name (their consent is kept). */
  remember(scope: string, member: { id: string; name: string }): Promise<void>;
  /** Record a member's choice to be named in prompts, or not. */
  setConsent(scope: string, member: { id: string; name: string }, consent: boolean): Promise<void>;
  /**
   * Note a member seen with admin rights at `at` (a command's actor): the workspace's admins are
   * told when something needs them (a refused provider key). Bounded: the most recently seen
   * ADMINS_KEPT, and only those seen within ADMIN_SEEN_MS.
   */
  noteAdmin(scope: string, member: { id: string; name: string }, at: number): Promise<void>;
  /** The admins noted here and seen since `since`, most recently seen first. */
  admins(scope: string, since: number): Promise<{ id: string; name: string }[]>;
}

/** The most admins a workspace's record keeps (a notice pings each of them). */
export const ADMINS_KEPT = 25;

/**
 * An admin not seen with admin rights for this long is no longer told: rights taken away are
 * not seen (a former admin's commands simply stop carrying them), so they age out instead.
 */
export const ADMIN_SEEN_MS = 90 * 24 * 60 * 60 * 1000;

/** A token bucket per key: `capacity` tokens, refilled evenly over a minute. */
export interface RateLimitRepository {
  /**
   * Take one token at `now`. Allowed, or refused with how long until a token is back. Atomic, so
   * a burst from one member across many processes is counted once.
   */
  take(key: string, capacity: number, now: number): Promise<{ allowed: boolean; retryAfterMs: number }>;
}
