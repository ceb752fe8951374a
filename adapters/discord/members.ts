import type { APIInteractionDataResolvedGuildMember, APIUser, Guild, GuildMember, User } from 'discord.js';
import type { Member } from '../../src/core/clip/clip.ts';

/** Discord's epoch (2015-01-01T00:00:00Z): a snowflake's top 42 bits count ms from it (API docs, Snowflakes). */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** Mentions looked at in one text: a prompt naming more people than this is refused anyway. */
const MENTIONS_MAX = 25;

/** When the account behind a user id was made, from the snowflake (API docs, Snowflakes). */
export function sinceOf(userId: string): number | undefined {
  if (!/^\d{15,21}$/.test(userId)) return undefined;
  return Number((BigInt(userId) >> 22n) + DISCORD_EPOCH);
}

type AnyUser = Pick<User, 'id' | 'username' | 'globalName' | 'bot'> | APIUser;

/** A Discord user as the core's Member: the name members see, bots flagged, account age. */
export function memberOfUser(user: AnyUser, nick?: string | null): Member {
  const globalName = 'globalName' in user ? user.globalName : user.global_name;
  const since = sinceOf(user.id);
  return {
    id: user.id,
    name: nick || globalName || user.username,
    ...(user.bot ? { bot: true } : {}),
    ...(since !== undefined ? { since } : {}),
  };
}

/** Where a mention's name can come from: the interaction's own resolved data, then the guild cache. */
export interface MentionSources {
  users?: ReadonlyMap<string, User>;
  members?: ReadonlyMap<string, GuildMember | APIInteractionDataResolvedGuildMember | null>;
  guild?: Guild | null;
}

/**
 * The members a text mentions as `<@id>` or `<@!id>`, once each, in order: named from the
 * interaction's `resolved` users and members where Discord sent them, else from the guild's
 * member cache, else by id alone (the consent check still matches them by id).
 */
export function mentionedMembers(text: string, sources: MentionSources): Member[] {
  const ids = [...new Set([...text.matchAll(/<@!?(\d{15,21})>/g)].map((m) => m[1]!))].slice(0, MENTIONS_MAX);
  return ids.map((id) => {
    const member = sources.members?.get(id) ?? sources.guild?.members.cache.get(id);
    // Resolved members come without their user (API docs, Resolved Data): that is in `users`.
    const cached = member && 'user' in member ? (member.user as User) : undefined;
    const user = sources.users?.get(id) ?? cached;
    const nick = member ? ('displayName' in member ? member.displayName : member.nick) : undefined;
    if (user) return memberOfUser(user as AnyUser, nick);
    const since = sinceOf(id);
    return { id, name: nick ?? id, ...(since !== undefined ? { since } : {}) };
  });
}
