import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type APIMessage, type APIUser, type REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { Clip, Member, MessageRef } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { Place } from '../../src/core/place.ts';
import type { Clock } from '../../src/core/ports/clock.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Messenger, OutgoingFile, SayOptions } from '../../src/core/ports/messenger.ts';
import { boardMessage } from './board.ts';
import type { EditPacer } from './edit-pacer.ts';
import { apiErrorCode, apiStatus, asDiscordError } from './errors.ts';
import { type DiscordMessage, fromRef, type InteractionMessage, messageKey, SURFACE, toRef } from './refs.ts';
import { altText, announcementMessage, cardMessage, type MessageBody, videoMessage } from './render.ts';
import type { DiscordState } from './state.ts';
import { discordEmoji } from './vote-emoji.ts';
import { listReactors } from './voters.ts';

/**
 * Discord's default upload limit for bots and webhooks since 2025-01 (API docs, reference.mdx
 * "Uploading Files"; change-log.mdx). Servers with boosts allow more, which interactions report.
 */
export const DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024;

/** Interaction tokens live 15 minutes (receiving-and-responding.mdx); stop using one a minute early. */
export const INTERACTION_TOKEN_SAFE_MS = 14 * 60_000;

/** A nonce is at most 25 characters (API docs, Create Message). */
const NONCE_LENGTH = 25;

export interface DiscordMessengerDeps {
  /** discord.js's REST client with the bot token: works without a gateway, so in any worker. */
  rest: REST;
  applicationId: string;
  state: DiscordState;
  pacer: EditPacer;
  clock: Clock;
  logger: Logger;
  /** The clip's vote emoji (its contest's, else the server's): the bot adds it so members only click. */
  voteEmoji(place: Place, clipId: string): Promise<string>;
  /** The card of a clip, so the video can reply to it. */
  cardOf(clipId: string): Promise<MessageRef | undefined>;
  /** The clip a message shows (card or video), for links and for votes on either message. */
  clipOfMessage(key: string): Promise<Clip | undefined>;
  /** A clip's thumbnail JPEG, for the pictures of a board; absent: boards go without pictures. */
  thumbnailOf?(clipId: string): Promise<Uint8Array | undefined>;
}

/**
 * The Messenger port over Discord's REST API. Cards that began as an interaction reply are edited
 * through the interaction webhook while its token is young, then with the bot token; clips are
 * uploaded as channel messages with the bot token, deduplicated by nonce.
 */
export class DiscordMessenger implements Messenger {
  readonly surface = SURFACE;
  readonly #deps: DiscordMessengerDeps;
  #self: Promise<string> | undefined;

  constructor(deps: DiscordMessengerDeps) {
    this.#deps = deps;
  }

  async post(place: Place, card: ClipCard): Promise<MessageRef> {
    const message = (await this.#call('post card', () =>
      this.#deps.rest.post(Routes.channelMessages(place.channelId), {
        body: { ...cardMessage(card), nonce: nonceFor(`card:${card.clipId}`), enforce_nonce: true },
      }),
    )) as APIMessage;
    return toRef({ kind: 'channel', channelId: place.channelId, messageId: message.id });
  }

  /**
   * An announcement. With a board, its words are the content and each clip an embed with its
   * thumbnail attached; without, the escaped text alone.
   */
  async say(place: Place, text: string, options: SayOptions = {}): Promise<MessageRef> {
    const notify = (options.notify ?? []).filter((m) => !m.bot).map((m) => m.id);
    const drawn = options.board
      ? await boardMessage(
          options.board,
          (clipId) => this.#deps.thumbnailOf?.(clipId) ?? Promise.resolve(undefined),
        )
      : undefined;
    const announcement = announcementMessage(drawn?.text ?? text, notify, options.moments);
    const files = drawn?.files ?? [];
    const body = drawn
      ? {
          content: announcement.content,
          allowed_mentions: announcement.allowed_mentions,
          // No SuppressEmbeds here: it would hide the board's own embeds. The links are in them.
          embeds: drawn.embeds,
          attachments: files.map((file, id) => ({ id, filename: file.name })),
        }
      : announcement;
    // discord.js retries a request that timed out, which Discord may have carried out: the same
    // announcement in the same channel within a few minutes shows once (enforce_nonce). A board's
    // text (with its clip ids) tells two boards with the same words apart.
    const seed = drawn ? `${body.content}\n${text}` : body.content;
    const message = (await this.#call('post announcement', () =>
      this.#deps.rest.post(Routes.channelMessages(place.channelId), {
        body: { ...body, nonce: nonceFor(`say:${place.channelId}:${seed}`), enforce_nonce: true },
        ...(files.length
          ? { files: files.map((f) => ({ name: f.name, data: f.attachment, contentType: 'image/jpeg' })) }
          : {}),
      }),
    )) as APIMessage;
    return toRef({ kind: 'channel', channelId: place.channelId, messageId: message.id });
  }

  async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    const message = fromRef(ref);
    const key = messageKey(message.channelId, message.messageId);
    await this.#deps.pacer.run(key, () => this.#edit(message, key, cardMessage(card)));
  }

  async upload(
    place: Place,
    file: OutgoingFile,
    card: ClipCard,
    idempotencyKey: string,
  ): Promise<MessageRef> {
    const { rest, state } = this.#deps;
    const data = await readFile(file.path);
    const replyTo = await this.#replyTarget(place, card.clipId);
    const body = {
      ...videoMessage(card),
      attachments: [{ id: 0, filename: file.name, description: altText(card) }],
      // Discord returns the first message instead of a second when the same author repeats a
      // nonce within a few minutes (API docs, Create Message: enforce_nonce): a retried delivery
      // never shows twice.
      nonce: nonceFor(idempotencyKey),
      enforce_nonce: true,
      ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
    };
    let message: APIMessage;
    try {
      message = (await rest.post(Routes.channelMessages(place.channelId), {
        body,
        files: [{ name: file.name, data, contentType: file.contentType }],
      })) as APIMessage;
    } catch (error) {
      const failure = asDiscordError(error, 'upload clip');
      const known = await state.uploadLimit(place);
      if (failure.code === ErrorCode.TooLarge && known !== undefined && known > DEFAULT_UPLOAD_LIMIT) {
        // The server lost boosts since the last interaction: fall back to the default and let
        // the worker shrink the clip on its retry.
        await state.setUploadLimit(place, DEFAULT_UPLOAD_LIMIT);
        throw new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.discord.shrinking'), {
          retryable: true,
          message: failure.message,
        });
      }
      throw failure;
    }
    await this.#addVoteReaction(place, message.id, card.clipId);
    return toRef({ kind: 'channel', channelId: place.channelId, messageId: message.id });
  }

  async remove(ref: MessageRef): Promise<void> {
    const message = fromRef(ref);
    const key = messageKey(message.channelId, message.messageId);
    this.#deps.pacer.cancel(key);
    try {
      if (message.kind === 'interaction' && (await this.#tokenUsable(message, key))) {
        const done = await this.#withToken(key, () =>
          this.#deps.rest.delete(
            Routes.webhookMessage(this.#deps.applicationId, message.token, '@original'),
            {
              auth: false,
            },
          ),
        );
        if (done) return;
      }
      await this.#deps.rest.delete(Routes.channelMessage(message.channelId, message.messageId));
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === RESTJSONErrorCodes.UnknownMessage || code === RESTJSONErrorCodes.UnknownChannel) return;
      throw asDiscordError(error, 'remove message');
    }
  }

  /**
   * Everyone with the `emoji` reaction on the message, from Discord's own list: GET
   * /channels/{c}/messages/{m}/reactions/{emoji}, 100 users a page (the maximum), the next page
   * `after` the last id (API docs, Get Reactions; users come in id order). A deleted message has no
   * voters. Other bots are listed, flagged; the bot's own seed reaction is left out.
   */
  async voters(ref: MessageRef, emoji: string): Promise<Member[]> {
    const routeEmoji = discordEmoji(emoji);
    if (!routeEmoji) return [];
    // A member votes on the card or on the video (votes.ts counts either, once): read both, so a
    // vote put on the card while the bot was down counts as well.
    const clip = await this.#deps.clipOfMessage(ref.key ?? '');
    const others = [clip?.card, clip?.delivery].filter(
      (r): r is MessageRef => r?.surface === SURFACE && r.key !== undefined && r.key !== ref.key,
    );
    // The bot's own reaction is the seed it adds so voting is one click, not anyone's vote.
    const self = await this.#selfId();
    const voters = new Map<string, Member>();
    for (const one of [ref, ...others]) {
      for (const member of await listReactors(this.#deps.rest, fromRef(one), routeEmoji, this.#deps.logger)) {
        if (member.id !== self) voters.set(member.id, member);
      }
    }
    return [...voters.values()];
  }

  /** The bot's user id (GET /users/@me, once): not always the application id on older apps. */
  async #selfId(): Promise<string> {
    this.#self ??= this.#call('read own user', () => this.#deps.rest.get(Routes.user('@me'))).then(
      (user) => (user as APIUser).id,
    );
    try {
      return await this.#self;
    } catch (error) {
      this.#self = undefined;
      throw error;
    }
  }

  /** A Discord message link (https://discord.com/channels/<guild>/<channel>/<message>). */
  async link(ref: MessageRef): Promise<string | undefined> {
    const clip = await this.#deps.clipOfMessage(ref.key ?? '');
    if (!clip || clip.place.surface !== SURFACE) return undefined;
    const { channelId, messageId } = fromRef(ref);
    return `https://discord.com/channels/${clip.place.workspaceId}/${channelId}/${messageId}`;
  }

  async uploadLimit(place: Place): Promise<number> {
    return (await this.#deps.state.uploadLimit(place)) ?? DEFAULT_UPLOAD_LIMIT;
  }

  async #edit(message: DiscordMessage, key: string, body: MessageBody): Promise<void> {
    const { rest, applicationId } = this.#deps;
    if (message.kind === 'interaction' && (await this.#tokenUsable(message, key))) {
      const done = await this.#call('edit card', () =>
        this.#withToken(key, () =>
          rest.patch(Routes.webhookMessage(applicationId, message.token, '@original'), { body, auth: false }),
        ),
      );
      if (done) return;
    }
    await this.#call('edit card', () =>
      rest.patch(Routes.channelMessage(message.channelId, message.messageId), { body }),
    );
  }

  async #tokenUsable(message: InteractionMessage, key: string): Promise<boolean> {
    if (this.#deps.clock.now() - message.createdAt >= INTERACTION_TOKEN_SAFE_MS) return false;
    return !(await this.#deps.state.tokenRefused(key));
  }

  /**
   * Run a request with the interaction token. False when Discord refused the token (401/50027
   * after 15 minutes, opcodes-and-status-codes.mdx): that is remembered, so later edits go to the bot
   * token instead of collecting 401s, which count toward the invalid-request limit (rate-limits.mdx).
   */
  async #withToken(key: string, request: () => Promise<unknown>): Promise<boolean> {
    try {
      await request();
      return true;
    } catch (error) {
      const code = apiErrorCode(error);
      const refused =
        apiStatus(error) === 401 ||
        code === RESTJSONErrorCodes.InvalidWebhookToken ||
        code === RESTJSONErrorCodes.UnknownWebhook;
      if (!refused) throw error;
      await this.#deps.state.setTokenRefused(key);
      this.#deps.logger.info(
        { messageKey: key },
        'interaction token expired; using the bot token for this card',
      );
      return false;
    }
  }

  async #call<T>(action: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw asDiscordError(error, action);
    }
  }

  /** The card's message id when it sits in the same channel, so the video is posted as a reply. */
  async #replyTarget(place: Place, clipId: string): Promise<string | undefined> {
    const ref = await this.#deps.cardOf(clipId);
    if (ref?.surface !== SURFACE) return undefined;
    try {
      const card = fromRef(ref);
      return card.channelId === place.channelId ? card.messageId : undefined;
    } catch {
      return undefined;
    }
  }

  async #addVoteReaction(place: Place, messageId: string, clipId: string): Promise<void> {
    try {
      const emoji = encodeURIComponent(await this.#deps.voteEmoji(place, clipId));
      await this.#deps.rest.put(Routes.channelMessageOwnReaction(place.channelId, messageId, emoji));
    } catch (error) {
      // A missing Add Reactions permission must not cost the member their clip.
      this.#deps.logger.warn(
        { err: asDiscordError(error, 'add vote reaction').message },
        'could not add vote',
      );
    }
  }
}

/** A 25-character nonce that is the same for every retry of one delivery. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, NONCE_LENGTH);
}
