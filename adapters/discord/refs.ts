import type { MessageRef } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';

export const SURFACE = 'discord';

/**
 * A status card that began as an interaction's deferred reply. While the interaction token lives
 * (15 minutes, receiving-and-responding.mdx) it is edited through the interaction webhook; after that through
 * the ordinary channel-message route with the bot token, which Discord allows for non-ephemeral
 * responses (discord-api-docs#3090). The token is kept only inside the clip record.
 */
export interface InteractionMessage {
  kind: 'interaction';
  channelId: string;
  messageId: string;
  /** When the interaction was created (its snowflake time), in ms since the epoch. */
  createdAt: number;
  token: string;
}

/** A message the bot posted with its bot token (cards it posted itself, delivered clips). */
export interface ChannelMessage {
  kind: 'channel';
  channelId: string;
  messageId: string;
}

export type DiscordMessage = InteractionMessage | ChannelMessage;

/** The name reactions give a message; the core indexes it so a vote finds its clip. */
export function messageKey(channelId: string, messageId: string): string {
  return `${SURFACE}:${channelId}:${messageId}`;
}

/** The channel and message a key names, or undefined for a key that is not ours. */
export function parseMessageKey(key: string): { channelId: string; messageId: string } | undefined {
  const match = /^discord:(\d{15,21}):(\d{15,21})$/.exec(key);
  return match ? { channelId: match[1]!, messageId: match[2]! } : undefined;
}

/** The MessageRef the core stores: `i:` or `c:` then colon-separated fields, the token last. */
export function toRef(message: DiscordMessage): MessageRef {
  const id =
    message.kind === 'interaction'
      ? `i:${message.channelId}:${message.messageId}:${message.createdAt}:${message.token}`
      : `c:${message.channelId}:${message.messageId}`;
  return { surface: SURFACE, id, key: messageKey(message.channelId, message.messageId) };
}

export function fromRef(ref: MessageRef): DiscordMessage {
  const [kind, channelId, messageId, createdAt, ...token] = ref.id.split(':');
  const snowflake = (v: string | undefined): v is string => v !== undefined && /^\d{15,21}$/.test(v);
  if (ref.surface === SURFACE && snowflake(channelId) && snowflake(messageId)) {
    if (kind === 'c' && createdAt === undefined) return { kind: 'channel', channelId, messageId };
    if (kind === 'i' && /^\d+$/.test(createdAt ?? '') && token.length > 0) {
      return {
        kind: 'interaction',
        channelId,
        messageId,
        createdAt: Number(createdAt),
        token: token.join(':'),
      };
    }
  }
  throw new ReelbotError(ErrorCode.Internal, msg('surface.discord.messageNotFound'), {
    message: `not a Discord message reference (surface ${ref.surface})`,
  });
}
