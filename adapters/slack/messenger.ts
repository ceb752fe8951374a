import type { webApi } from '@slack/bolt';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { Member, MessageRef } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import { systemClock } from '../../src/core/ports/clock.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Messenger, OutgoingFile, SayOptions } from '../../src/core/ports/messenger.ts';
import { renderBoard } from './board.ts';
import { reactionName, slackReactionFor } from './emoji.ts';
import { fromSlackError, slackErrorCode } from './errors.ts';
import { SlackMembers } from './members.ts';
import { fileRef, messageRef, readRef, SURFACE } from './refs.ts';
import { renderCard, renderUploadComment, type SlackMessage } from './render.ts';
import { escapeText, truncate } from './text.ts';
import { thumbnailFile } from './thumbnails.ts';
import { SLACK_UPLOAD_LIMIT, uploadToThread } from './upload.ts';
import type { UploadLedger } from './upload-ledger.ts';
import { messagesOf, readVoters } from './voters.ts';

/**
 * Options on every message we post: no unfurling of links in prompts, and no parsing of
 * @names or #channels into links (`link_names`, `parse` in the chat.postMessage reference);
 * the text itself is escaped by render.ts.
 */
const QUIET = { unfurl_links: false, unfurl_media: false, link_names: false, parse: 'none' } as const;

/**
 * chat.postMessage truncates `text` past 40,000 characters (chat.postMessage reference). Escaping
 * can grow a character to five (`&amp;`), so we cut what we were given at a fifth of that, which
 * is still far more than any announcement needs.
 */
const SAY_MAX_CHARS = 8_000;

/**
 * A Slack member id: `U…`, or `W…` on Enterprise Grid, upper-case letters and digits (the
 * underscore is allowed for readable test ids; it is no markup). Only ids of this shape are
 * written as `<@…>`, so a malformed id can never smuggle markup (`<!channel>`) into a message.
 */
export const MEMBER_ID = /^[UW][A-Z0-9_]{2,}$/;

/** Permalinks remembered (a leaderboard shows 10; boards and results repeat them). */
const LINKS_KEPT = 1000;

export interface SlackMessengerOptions {
  /** Who users are (names, bot flags), shared with the inbound handlers for one cache. */
  members?: SlackMembers;
  /** SLACK_VOTE_REACTION: the vote when a workspace set none Slack can name. */
  voteReaction?: string;
  /** The other messages that show the clip a message belongs to (from the store's index). */
  clipRefs?: (ref: MessageRef) => Promise<MessageRef[]>;
  /** A clip's thumbnail JPEG, for the pictures of boards; absent: boards go without pictures. */
  thumbnailOf?: (clipId: string) => Promise<Uint8Array | undefined>;
}

/** Errors that mean the thing we wanted gone is gone already. */
const ALREADY_GONE = new Set(['message_not_found', 'file_not_found', 'file_deleted']);

/**
 * The Messenger port over Slack's Web API: one Web API call per post, edit and remove, and the
 * three-step upload for the video. Workers use it with nothing but a bot token; the worker
 * decides the edit cadence (CARD_EDIT_INTERVAL_MS), and this class adds no calls of its own.
 * chat.update is Tier 3 (50+/min per workspace) and chat.postMessage about one per second per
 * channel (docs.slack.dev/apis/web-api/rate-limits); the WebClient waits out a 429's Retry-After.
 */
export class SlackMessenger implements Messenger {
  readonly surface = SURFACE;
  readonly #client: webApi.WebClient;
  readonly #ledger: UploadLedger;
  readonly #logger: Logger;
  readonly #members: SlackMembers;
  readonly #voteReaction: string;
  readonly #clipRefs: SlackMessengerOptions['clipRefs'];
  readonly #thumbnailOf: SlackMessengerOptions['thumbnailOf'];
  readonly #links = new Map<string, string>();

  constructor(
    client: webApi.WebClient,
    ledger: UploadLedger,
    logger: Logger,
    options: SlackMessengerOptions = {},
  ) {
    this.#client = client;
    this.#ledger = ledger;
    this.#logger = logger;
    this.#members = options.members ?? new SlackMembers(client, systemClock, logger);
    this.#voteReaction = reactionName(options.voteReaction ?? '+1');
    this.#clipRefs = options.clipRefs;
    this.#thumbnailOf = options.thumbnailOf;
  }

  async post(place: Place, card: ClipCard): Promise<MessageRef> {
    return this.postMessage(place.channelId, renderCard(card), place.threadId);
  }

  /**
   * Plain text for announcements: escaped, so nothing in it pings anyone or links anywhere
   * (`<!channel>`, `<@U…>` and `@here` all stay literal with link_names off and parse none); then
   * one line naming each member in `notify` once as `<@U…>`, the only form Slack pings by. With a
   * board, the message shows it as blocks (each clip linked, its thumbnail beside it) and the
   * text is the notification fallback.
   */
  async say(place: Place, text: string, options: SayOptions = {}): Promise<MessageRef> {
    const body = escapeText(truncate(text, SAY_MAX_CHARS));
    const ids = [...new Set((options.notify ?? []).map((m) => m.id))].filter((id) => {
      if (MEMBER_ID.test(id)) return true;
      this.#logger.warn({ member: id }, 'slack say: not a member id, not mentioned');
      return false;
    });
    const mentions = ids.map((id) => `<@${id}>`).join(' ');
    const fallback = mentions ? `${body}\n${mentions}` : body;
    const message = options.board
      ? renderBoard(options.board, fallback, await this.thumbnailFiles(options.board.entries), ids)
      : { text: fallback };
    return this.postMessage(place.channelId, message, place.threadId);
  }

  /** Slack files of the clips' thumbnails (each uploaded once, thumbnails.ts), by clip id. */
  async thumbnailFiles(
    clips: readonly { clipId: string; thumbnail: boolean }[],
  ): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const read = this.#thumbnailOf;
    if (!read) return files;
    await Promise.all(
      clips
        .filter((clip) => clip.thumbnail)
        .map(async ({ clipId }) => {
          const jpeg = await read(clipId).catch(() => undefined);
          const fileId = jpeg ? await this.thumbnail(clipId, jpeg) : undefined;
          if (fileId) files.set(clipId, fileId);
        }),
    );
    return files;
  }

  /** Post any message; in a thread when `threadTs` is given. */
  async postMessage(
    channel: string,
    message: Pick<SlackMessage, 'text'> & Partial<SlackMessage>,
    threadTs?: string,
  ): Promise<MessageRef> {
    try {
      const result = await this.#client.chat.postMessage({
        channel,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...QUIET,
      });
      return messageRef(result.channel ?? channel, result.ts!);
    } catch (error) {
      throw fromSlackError(error, 'chat.postMessage');
    }
  }

  /**
   * Who has the vote reaction on the clip a message belongs to: that message and, through
   * `clipRefs`, every other message showing the clip (voters.ts says why).
   */
  async voters(ref: MessageRef, emoji: string): Promise<Member[]> {
    const related = this.#clipRefs ? await this.#clipRefs(ref) : [];
    const wanted = slackReactionFor(emoji) ?? this.#voteReaction;
    return readVoters(this.#client, this.#members, messagesOf([ref, ...related]), wanted);
  }

  /**
   * A permanent link to the message, from chat.getPermalink, for leaderboards and results.
   * Remembered: a message's permalink never changes. Undefined when Slack will not give one (a
   * deleted message, a file never seen landing): a board is still worth showing without it.
   */
  async link(ref: MessageRef): Promise<string | undefined> {
    const target = readRef(ref);
    const ts = target?.ts;
    if (!target || !ts) return undefined;
    const key = `${target.channel}:${ts}`;
    const known = this.#links.get(key);
    if (known) return known;
    try {
      const { permalink } = await this.#client.chat.getPermalink({ channel: target.channel, message_ts: ts });
      if (permalink) {
        if (this.#links.size >= LINKS_KEPT) this.#links.delete(this.#links.keys().next().value!);
        this.#links.set(key, permalink);
      }
      return permalink;
    } catch (error) {
      this.#logger.warn(
        { err: (error as Error).message, channel: target.channel },
        'slack chat.getPermalink failed',
      );
      return undefined;
    }
  }

  /** A clip's thumbnail as a Slack file id, uploaded once (thumbnails.ts). */
  thumbnail(clipId: string, jpeg: Uint8Array): Promise<string | undefined> {
    return thumbnailFile(this.#client, this.#ledger, clipId, jpeg, this.#logger);
  }

  async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    await this.editMessage(ref, renderCard(card));
  }

  async editMessage(ref: MessageRef, message: SlackMessage): Promise<void> {
    const target = readRef(ref);
    if (target?.kind !== 'message') return;
    try {
      await this.#client.chat.update({
        channel: target.channel,
        ts: target.ts,
        text: message.text,
        blocks: message.blocks,
        link_names: false,
        parse: 'none',
      });
    } catch (error) {
      throw fromSlackError(error, 'chat.update');
    }
  }

  async remove(ref: MessageRef): Promise<void> {
    const target = readRef(ref);
    if (!target) return;
    if (target.kind === 'file') {
      // Deleting the file takes it out of every message that shows it.
      await this.#gone('files.delete', () => this.#client.files.delete({ file: target.fileId }));
      return;
    }
    await this.#gone('chat.delete', () =>
      this.#client.chat.delete({ channel: target.channel, ts: target.ts }),
    );
    if (target.openedRootTs) {
      const root = target.openedRootTs;
      await this.#gone('chat.delete', () => this.#client.chat.delete({ channel: target.channel, ts: root }));
    }
  }

  async upload(
    place: Place,
    file: OutgoingFile,
    card: ClipCard,
    idempotencyKey: string,
  ): Promise<MessageRef> {
    const uploaded = await uploadToThread(
      this.#client,
      this.#ledger,
      {
        channel: place.channelId,
        ...(place.threadId ? { threadTs: place.threadId } : {}),
        file,
        // Cut between code points: half an emoji would make the WebClient's form encoding throw.
        title: truncate(card.prompt, 200),
        comment: renderUploadComment(card),
        key: idempotencyKey,
      },
      this.#logger,
    );
    return fileRef(place.channelId, uploaded.fileId, uploaded.ts);
  }

  async uploadLimit(): Promise<number> {
    return SLACK_UPLOAD_LIMIT;
  }

  async #gone(what: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (ALREADY_GONE.has(slackErrorCode(error) ?? '')) return;
      throw fromSlackError(error, what);
    }
  }
}
