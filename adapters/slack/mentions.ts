import type { Member } from '../../src/core/clip/clip.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { SlackMembers } from './members.ts';

/**
 * A member mention as Slack writes it in text: `<@U123>`, or `<@U123|name>` in slash commands
 * when "Escape channels, users, and links" is on (W… on Enterprise Grid).
 */
const MENTION = /<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>/g;

/**
 * Members one prompt may name. Each is one users.info call (Tier 4, 100+ per minute, Slack's Web
 * API rate limits); no prompt needs more, and a bound keeps one command from spending the workspace's budget.
 */
export const MAX_MENTIONS = 20;

export interface ResolvedMentions {
  /** The text with each mention written as `@name`, the way members read it. */
  text: string;
  /** The members it named, once each, for the consent gate. */
  mentions: Member[];
}

/**
 * Turn the mentions in a member's text into members: the core refuses a prompt that names
 * someone who has not opted in (`/sora consent on`), and a provider reads `@ada`, not `<@U123>`.
 * The bot's own mention is dropped. Over MAX_MENTIONS members: refused, nothing looked up.
 */
export async function resolveMentions(
  text: string,
  members: SlackMembers,
  botUserId?: string,
): Promise<ResolvedMentions> {
  const ids = [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!))].filter((id) => id !== botUserId);
  if (ids.length === 0 && !botUserId) return { text, mentions: [] };
  if (ids.length > MAX_MENTIONS) {
    throw new ValidationError(msg('surface.slack.tooManyMentions', { max: MAX_MENTIONS, count: ids.length }));
  }
  const found = await Promise.all(ids.map((id) => members.get(id)));
  const byId = new Map(found.map((m) => [m.id, { id: m.id, name: m.name }]));
  const written = text.replace(MENTION, (whole, id: string) => {
    if (id === botUserId) return '';
    const member = byId.get(id);
    return member ? `@${member.name}` : whole;
  });
  return { text: written, mentions: [...byId.values()] };
}

/** True when the text has a member mention worth resolving. */
export function hasMentions(text: string): boolean {
  return new RegExp(MENTION.source).test(text);
}
