import type { APIChannel, APIGuildMember, APIRole, APIUser } from 'discord.js';

/** Discord's epoch (2015-01-01), the zero of every snowflake's timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Real-looking snowflakes (18-19 digits, time in the top bits): @discordjs/rest buckets routes by
 * replacing 17-19 digit ids with `:id` (SequentialHandler), so short fake ids would collapse buckets.
 */
export function createSnowflakes() {
  let increment = 0n;
  return {
    next(at = Date.now()): string {
      increment = (increment + 1n) & 0xfffn;
      return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
    },
    /** When a snowflake was made, in ms since the epoch. */
    timeOf(id: string): number {
      return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
    },
  };
}

export type Snowflakes = ReturnType<typeof createSnowflakes>;

/** Permission bits used by the fixture (API docs, permissions). */
export const P = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  AddReactions: 1n << 6n,
  ManageGuild: 1n << 5n,
  UseApplicationCommands: 1n << 31n,
} as const;

const MEMBER_PERMISSIONS =
  P.ViewChannel |
  P.SendMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.AddReactions |
  P.UseApplicationCommands;

/** The bot's rights in every channel, unless a test takes some away. */
export const BOT_PERMISSIONS = MEMBER_PERMISSIONS;

/** One server with two text channels, three people and a second bot. */
export function createWorld(ids: Snowflakes) {
  const applicationId = ids.next();
  const guildId = ids.next();
  const user = (username: string, bot = false): APIUser => ({
    id: ids.next(),
    username,
    global_name: bot ? null : `${username[0]!.toUpperCase()}${username.slice(1)}`,
    discriminator: '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
  });
  const bot: APIUser = { ...user('reelbot', true), id: applicationId };
  const users = {
    alice: user('alice'),
    bob: user('bob'),
    carol: user('carol'),
    /** Has Manage Server. */
    admin: user('admin'),
    /** Another app in the server; its reactions must never count. */
    otherBot: user('otherbot', true),
    /** A display name that tries to ping. */
    mallory: { ...user('mallory'), global_name: '@everyone **Mallory**' },
  };
  const everyone: APIRole = role(guildId, '@everyone', MEMBER_PERMISSIONS);
  const mods: APIRole = role(ids.next(), 'Mods', MEMBER_PERMISSIONS | P.ManageGuild);
  // A second server whose id falls on the other shard of two ((id >> 22) % 2 differs: the
  // snowflake's time part is one millisecond later), for sharding tests.
  const otherGuildId = ids.next(ids.timeOf(guildId) + 1);
  const channels = {
    general: textChannel(ids.next(), guildId, 'general', 0),
    clips: textChannel(ids.next(), guildId, 'clips', 1),
    /** In the second server. */
    lounge: textChannel(ids.next(), otherGuildId, 'lounge', 0),
  };
  const member = (u: APIUser, roles: string[] = []): APIGuildMember => ({
    user: u,
    nick: null,
    roles,
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as never,
  });
  const members: Record<string, APIGuildMember> = {
    [bot.id]: member(bot),
    [users.alice.id]: member(users.alice),
    [users.bob.id]: member(users.bob),
    [users.carol.id]: member(users.carol),
    [users.admin.id]: member(users.admin, [mods.id]),
    [users.otherBot.id]: member(users.otherBot),
    [users.mallory.id]: member(users.mallory),
  };
  /** A member's permissions in a channel, as interactions carry them. */
  const permissionsOf = (userId: string): bigint =>
    userId === users.admin.id ? MEMBER_PERMISSIONS | P.ManageGuild : MEMBER_PERMISSIONS;
  /** The servers the bot is in; the first is the one most tests use. */
  const guilds = [
    { id: guildId, name: 'Reelbot Test Server', roles: [everyone, mods] },
    { id: otherGuildId, name: 'Second Server', roles: [role(otherGuildId, '@everyone', MEMBER_PERMISSIONS)] },
  ];
  /** The server a channel belongs to. */
  const guildOf = (channelId: string): string =>
    String(
      (Object.values(channels).find((c) => c.id === channelId) as { guild_id?: string } | undefined)
        ?.guild_id ?? guildId,
    );
  return {
    applicationId,
    guildId,
    guilds,
    guildOf,
    bot,
    users,
    roles: { everyone, mods },
    channels,
    members,
    permissionsOf,
  };
}

export type World = ReturnType<typeof createWorld>;

function role(id: string, name: string, permissions: bigint): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as never,
  };
}

function textChannel(id: string, guildId: string, name: string, position: number): APIChannel {
  return {
    id,
    guild_id: guildId,
    name,
    type: 0,
    position,
    permission_overwrites: [],
    nsfw: false,
  } as APIChannel;
}
