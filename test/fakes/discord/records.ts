import type { APIMessage, APIUser } from 'discord.js';

/** A file kept with the message it arrived on. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  content_type: string;
  description?: string;
  url: string;
  data: Buffer;
}

/** A message as the fake keeps it, with what tests need beyond the API shape. */
export interface FakeMessage {
  id: string;
  channelId: string;
  author: APIUser;
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  attachments: FakeAttachment[];
  flags: number;
  nonce?: string;
  webhookId?: string;
  /** The interaction this message answers, for interaction responses. */
  interactionId?: string;
  referenceId?: string;
  createdAt: number;
  /** A deferred response no one has edited yet ("… is thinking"). */
  loading: boolean;
  deleted: boolean;
  /** Each applied edit: when, and through which token. */
  edits: { at: number; via: 'webhook' | 'bot' }[];
  /** The body it was created with, then each edit's body, in order. */
  history: Record<string, unknown>[];
  /** Who Discord notified when the message was created (validate.ts pingsOf). */
  pinged: string[];
  /** Emoji -> user ids, in the order they reacted. */
  reactions: Map<string, string[]>;
}

/** An interaction the fake dispatched, and how the bot answered it. */
export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  userId: string;
  channelId: string;
  dispatchedAt: number;
  /** The callback type the bot answered with (first response). */
  ackType?: number;
  ackedAt?: number;
  ephemeral: boolean;
  originalId?: string;
  /** True once a follow-up or edit resolved a deferred response. */
  resolved: boolean;
  expired: boolean;
  /** The modal shown as the first response (callback type 9). */
  modal?: Record<string, unknown>;
  followupIds: string[];
}

/** One REST request as it reached the fake. */
export interface RecordedRequest {
  method: string;
  /** Path below /api/v10. */
  path: string;
  status: number;
  /** When it arrived. */
  at: number;
  /** True when it carried `Authorization: Bot <token>`. */
  botAuth: boolean;
  json: Record<string, unknown> | undefined;
  files: { field: string; name: string; contentType: string; bytes: number }[];
}

/** The message as Discord's API returns it. */
export function toApiMessage(message: FakeMessage, guildId: string): APIMessage {
  return {
    id: message.id,
    channel_id: message.channelId,
    guild_id: guildId,
    author: message.author,
    content: message.content,
    timestamp: new Date(message.createdAt).toISOString(),
    edited_timestamp: message.edits.length ? new Date(message.edits.at(-1)!.at).toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: message.attachments.map(({ data: _data, ...attachment }) => ({
      ...attachment,
      proxy_url: attachment.url,
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: message.interactionId ? 20 : message.referenceId ? 19 : 0,
    flags: message.flags,
    ...(message.nonce ? { nonce: message.nonce } : {}),
    ...(message.webhookId ? { webhook_id: message.webhookId, application_id: message.webhookId } : {}),
    ...(message.referenceId
      ? { message_reference: { type: 0, message_id: message.referenceId, channel_id: message.channelId } }
      : {}),
  } as unknown as APIMessage;
}
