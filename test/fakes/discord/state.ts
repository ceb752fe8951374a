import { EventEmitter } from 'node:events';
import type { APIMessage, APIUser } from 'discord.js';
import { tooLong } from './form-errors.ts';
import type { FakeGateway } from './gateway.ts';
import { fail, type UploadedPart } from './http.ts';
import { DISCORD_LIMITS } from './limits.ts';
import {
  type FakeAttachment,
  type FakeInteraction,
  type FakeMessage,
  type RecordedRequest,
  toApiMessage,
} from './records.ts';
import { messageProblems, pingsOf } from './validate.ts';
import { createSnowflakes, createWorld } from './world.ts';

/** Discord's default per-attachment limit since 2025 (API docs, reference.mdx "Uploading Files"). */
export const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;
/** Interaction tokens work for 15 minutes; the first answer must come within 3 s (API docs). */
export const TOKEN_LIFETIME_MS = 15 * 60_000;
export const ACK_DEADLINE_MS = 3000;

export interface InjectedRateLimit {
  method?: string;
  /** Matched against the path below /api/v10. */
  path?: RegExp;
  /** How many matching requests get a 429 (default 1). */
  count: number;
  retryAfterMs: number;
  global: boolean;
}

/** Everything the fake knows; REST routes and the test driver both work on it. */
export class FakeState {
  readonly ids = createSnowflakes();
  readonly world = createWorld(this.ids);
  readonly token: string;
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly requests: RecordedRequest[] = [];
  /** Every body the bot sent that becomes or changes a message (for allowed_mentions checks). */
  readonly sentBodies: { path: string; body: Record<string, unknown> }[] = [];
  readonly rateLimits: InjectedRateLimit[] = [];
  /** 429 answers given. */
  rateLimited = 0;
  readonly registeredCommands = new Map<string, Record<string, unknown>[]>();
  /** `callback` (interaction id, type) and `request` events, in the order they happened. */
  readonly events = new EventEmitter();
  uploadLimit = DEFAULT_UPLOAD_LIMIT;
  /** What GET /gateway/bot recommends (`shards`) and allows at once (`max_concurrency`). */
  recommendedShards = 1;
  maxConcurrency = 1;
  tokenLifetimeMs = TOKEN_LIFETIME_MS;
  gateway: FakeGateway | undefined;
  baseUrl = '';

  constructor(token: string) {
    this.token = token;
  }

  api(message: FakeMessage): APIMessage {
    return toApiMessage(message, this.world.guildOf(message.channelId));
  }

  user(id: string): APIUser | undefined {
    return this.world.members[id]?.user;
  }

  channelExists(id: string): boolean {
    return Object.values(this.world.channels).some((c) => c.id === id);
  }

  /** A token is refused once its 15 minutes are over, or after expireInteractionTokens(). */
  tokenInteraction(token: string): FakeInteraction {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (
      !interaction ||
      interaction.expired ||
      Date.now() - interaction.dispatchedAt >= this.tokenLifetimeMs
    ) {
      throw fail.invalidWebhookToken();
    }
    return interaction;
  }

  liveMessage(id: string, channelId?: string): FakeMessage {
    const message = this.messages.get(id);
    if (!message || message.deleted || (channelId !== undefined && message.channelId !== channelId)) {
      throw fail.unknownMessage();
    }
    return message;
  }

  /**
   * Check a message body as Discord would, and record it. `at`: where the message sits in the
   * request (`data` in an interaction callback), for the paths in Discord's errors.
   */
  checkBody(
    path: string,
    body: Record<string, unknown>,
    files: UploadedPart[],
    creating: boolean,
    at: string[] = [],
  ) {
    const problems = messageProblems(body, at);
    if (files.length > DISCORD_LIMITS.files.max) problems.push(tooLong(['files'], DISCORD_LIMITS.files.max));
    if (problems.length) throw fail.invalidForm(problems);
    if (
      creating &&
      !String(body.content ?? '').trim() &&
      !(body.embeds as unknown[])?.length &&
      !files.length
    ) {
      if (!(body.components as unknown[])?.length) throw fail.emptyMessage();
    }
    // Since 2025-04 the limit applies per attachment (API docs, change-log.mdx).
    if (files.some((f) => f.data.length > this.uploadLimit)) throw fail.tooLarge();
    this.sentBodies.push({ path, body });
  }

  createMessage(fields: {
    channelId: string;
    author: APIUser;
    body: Record<string, unknown>;
    files?: UploadedPart[];
    interactionId?: string;
    webhookId?: string;
    loading?: boolean;
    flags?: number;
  }): FakeMessage {
    const id = this.ids.next();
    const reference = (fields.body.message_reference as { message_id?: string } | undefined)?.message_id;
    const message: FakeMessage = {
      id,
      channelId: fields.channelId,
      author: fields.author,
      content: String(fields.body.content ?? ''),
      embeds: (fields.body.embeds as Record<string, unknown>[]) ?? [],
      components: (fields.body.components as Record<string, unknown>[]) ?? [],
      attachments: this.#attachments(fields.channelId, fields.body, fields.files ?? []),
      flags: fields.flags ?? Number(fields.body.flags ?? 0),
      createdAt: Date.now(),
      loading: fields.loading ?? false,
      deleted: false,
      edits: [],
      history: [fields.body],
      reactions: new Map(),
      pinged: pingsOf(fields.body),
      ...(fields.body.nonce !== undefined ? { nonce: String(fields.body.nonce) } : {}),
      ...(fields.interactionId ? { interactionId: fields.interactionId } : {}),
      ...(fields.webhookId ? { webhookId: fields.webhookId } : {}),
      ...(reference && this.messages.has(reference) ? { referenceId: reference } : {}),
    };
    this.messages.set(id, message);
    return message;
  }

  /** Apply an edit: only the fields sent change; attachments are kept unless listed. */
  editMessage(
    message: FakeMessage,
    body: Record<string, unknown>,
    files: UploadedPart[],
    via: 'webhook' | 'bot',
  ) {
    if (body.content !== undefined) message.content = String(body.content ?? '');
    if (body.embeds !== undefined) message.embeds = (body.embeds as Record<string, unknown>[]) ?? [];
    if (body.components !== undefined)
      message.components = (body.components as Record<string, unknown>[]) ?? [];
    if (body.attachments !== undefined || files.length) {
      const keep = new Set(((body.attachments as { id: string }[]) ?? []).map((a) => String(a.id)));
      message.attachments = [
        ...message.attachments.filter((a) => keep.has(a.id)),
        ...this.#attachments(message.channelId, body, files),
      ];
    }
    message.loading = false;
    message.edits.push({ at: Date.now(), via });
    message.history.push(body);
  }

  /** A member (or the bot) adds a reaction: recorded, then MESSAGE_REACTION_ADD on the gateway. */
  react(userId: string, messageId: string, emoji: string): void {
    const message = this.liveMessage(messageId);
    const key = reactionKey(emoji);
    const users = message.reactions.get(key) ?? [];
    if (users.includes(userId)) return; // Discord ignores a repeat
    message.reactions.set(key, [...users, userId]);
    this.gateway?.dispatch('MESSAGE_REACTION_ADD', {
      user_id: userId,
      channel_id: message.channelId,
      message_id: message.id,
      guild_id: this.world.guildOf(message.channelId),
      member: this.world.members[userId],
      emoji: emojiObject(emoji),
      message_author_id: message.author.id,
      burst: false,
      burst_colors: [],
      type: 0,
    });
  }

  /** The reaction is taken back: MESSAGE_REACTION_REMOVE carries no member (gateway docs). */
  unreact(userId: string, messageId: string, emoji: string): void {
    const message = this.liveMessage(messageId);
    const key = reactionKey(emoji);
    const users = message.reactions.get(key) ?? [];
    if (!users.includes(userId)) return;
    message.reactions.set(
      key,
      users.filter((u) => u !== userId),
    );
    this.gateway?.dispatch('MESSAGE_REACTION_REMOVE', {
      user_id: userId,
      channel_id: message.channelId,
      message_id: message.id,
      guild_id: this.world.guildOf(message.channelId),
      emoji: emojiObject(emoji),
      burst: false,
      type: 0,
    });
  }

  #attachments(channelId: string, body: Record<string, unknown>, files: UploadedPart[]): FakeAttachment[] {
    const meta = (body.attachments as { id: string | number; description?: string }[] | undefined) ?? [];
    return files.map((file, index) => {
      const id = this.ids.next();
      const description = meta.find((m) => String(m.id) === String(index))?.description;
      return {
        id,
        filename: file.name,
        size: file.data.length,
        content_type: file.contentType || 'application/octet-stream',
        url: `${this.baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`,
        data: file.data,
        ...(description ? { description } : {}),
      };
    });
  }
}

/**
 * One reaction per emoji whatever variation selector the client typed (U+FE0F): Discord keeps
 * 🔥 and 🔥\uFE0F as one reaction. The key a message's reactions are stored under.
 */
export function reactionKey(emoji: string): string {
  return emoji.replaceAll('\uFE0F', '');
}

/** `name:id` for a custom emoji, else a unicode emoji. */
function emojiObject(emoji: string): { id: string | null; name: string } {
  const [name, id] = emoji.split(':');
  return id ? { id, name: name! } : { id: null, name: emoji };
}
