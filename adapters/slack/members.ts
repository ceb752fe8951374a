import type { webApi } from '@slack/bolt';
import type { Actor } from '../../src/core/clip/clip.ts';
import type { Clock } from '../../src/core/ports/clock.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { slackErrorCode } from './errors.ts';

/** users.info is Tier 4 (100+/min); names and roles change rarely, so a few minutes of cache is plenty. */
const TTL_MS = 5 * 60_000;
/** Bound memory in a big workspace. */
const MAX_ENTRIES = 5000;

interface Entry {
  actor: Actor;
  /** The member's Slack language (`es-ES`), when users.info said. */
  locale?: string;
  at: number;
}

/** Who a member is, and the language their Slack is set to. */
export interface SlackProfile {
  actor: Actor;
  locale?: string;
}

/**
 * Who a Slack user is, from users.info: the name shown on cards, whether it is a bot (bot votes
 * never count) and whether it is a workspace admin or owner (who may cancel and delete anyone's
 * clip, run contests, change settings). SLACK_ADMIN_IDS names more admins: those the operator
 * trusts without making them workspace admins. When users.info fails we fall back to the name the
 * payload carried and no rights beyond that list: a member is never made an admin by accident.
 * The member's language comes from the same call: users.info returns `user.locale` (`es-ES`)
 * when asked with `include_locale` (https://api.slack.com/methods/users.info).
 */
export class SlackMembers {
  readonly #client: webApi.WebClient;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #cache = new Map<string, Entry>();
  readonly #adminIds: ReadonlySet<string>;

  constructor(client: webApi.WebClient, clock: Clock, logger: Logger, adminIds: readonly string[] = []) {
    this.#client = client;
    this.#clock = clock;
    this.#logger = logger;
    this.#adminIds = new Set(adminIds);
  }

  async get(userId: string, fallbackName?: string): Promise<Actor> {
    return (await this.profile(userId, fallbackName)).actor;
  }

  /** The member and their Slack language (absent when Slack did not say, or could not be asked). */
  async profile(userId: string, fallbackName?: string): Promise<SlackProfile> {
    const now = this.#clock.now();
    const cached = this.#cache.get(userId);
    if (cached && now - cached.at < TTL_MS) return profileOf(cached);
    try {
      const { user } = await this.#client.users.info({ user: userId, include_locale: true });
      const profile = user?.profile;
      const name =
        profile?.display_name || profile?.real_name || user?.real_name || user?.name || fallbackName;
      const actor: Actor = { id: userId, name: name || userId };
      if (user?.is_bot || user?.id === 'USLACKBOT') actor.bot = true;
      if (user?.is_admin || user?.is_owner || user?.is_primary_owner || this.#adminIds.has(userId)) {
        actor.admin = true;
      }
      const locale = typeof user?.locale === 'string' && user.locale ? user.locale : undefined;
      this.#remember(userId, actor, now, locale);
      return locale ? { actor, locale } : { actor };
    } catch (error) {
      const actor: Actor = {
        id: userId,
        name: fallbackName || userId,
        ...(this.#adminIds.has(userId) ? { admin: true } : {}),
      };
      // A user Slack does not know stays unknown: remembered, so a reconciliation that meets
      // many of them does not ask again each time. Other failures may pass; those are not kept.
      if (slackErrorCode(error) === 'user_not_found') this.#remember(userId, actor, now);
      else this.#logger.warn({ user: userId, err: (error as Error).message }, 'slack users.info failed');
      return { actor };
    }
  }

  #remember(userId: string, actor: Actor, now: number, locale?: string) {
    if (this.#cache.size >= MAX_ENTRIES) {
      const oldest = this.#cache.keys().next().value;
      if (oldest !== undefined) this.#cache.delete(oldest);
    }
    this.#cache.delete(userId);
    this.#cache.set(userId, { actor, at: now, ...(locale ? { locale } : {}) });
  }
}

function profileOf(entry: Entry): SlackProfile {
  return entry.locale ? { actor: entry.actor, locale: entry.locale } : { actor: entry.actor };
}
