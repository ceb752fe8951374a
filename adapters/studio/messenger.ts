import { readFile } from 'node:fs/promises';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { MessageRef } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { Place } from '../../src/core/place.ts';
import type { Messenger, OutgoingFile, SayOptions } from '../../src/core/ports/messenger.ts';
import { STUDIO_CHANNELS } from './members.ts';
import type { StudioRepository } from './repository.ts';

export const STUDIO = 'studio';

/**
 * The largest clip the studio takes. There is no platform cap to respect, only memory (in-memory
 * mode) or Redis (one string per clip); 50 MiB fits any clip the current models make (a 12 s
 * 1080p clip is a few MB) and keeps one upload from crowding out a small Redis.
 */
export const STUDIO_UPLOAD_LIMIT = 50 * 1024 * 1024;

/** How reactions and the core's message index name a studio message. */
export const messageKey = (channel: string, id: string) => `${STUDIO}:${channel}:${id}`;

export const refFor = (channel: string, id: string): MessageRef => ({
  surface: STUDIO,
  id,
  key: messageKey(channel, id),
});

/**
 * The Messenger port over the studio's own repository: what the worker uses to post and edit
 * cards and deliver clips, with no browser or socket involved, so a worker in another process
 * (sharing Redis) posts here just as it posts to Discord or Slack.
 */
export class StudioMessenger implements Messenger {
  readonly surface = STUDIO;
  readonly #repository: StudioRepository;
  readonly #now: () => number;

  constructor(repository: StudioRepository, now: () => number = Date.now) {
    this.#repository = repository;
    this.#now = now;
  }

  async post(place: Place, card: ClipCard): Promise<MessageRef> {
    const message = await this.#repository.post(place.channelId, { kind: 'card', card }, this.#now());
    return refFor(message.channel, message.id);
  }

  /**
   * A text message from the bot. The page draws text with textContent, so nothing in it is
   * markup; the studio has no notifications, so a member to notify is named as `@Name` up front
   * (the studio's mention syntax), once each. A board is kept with the text and drawn instead
   * of it, as a card of clips.
   */
  async say(place: Place, text: string, options?: SayOptions): Promise<MessageRef> {
    // An admin may name a channel (a contest's); the studio has a fixed few.
    if (!STUDIO_CHANNELS.includes(place.channelId)) {
      throw new ValidationError(
        msg('studio.error.noChannel', {
          channel: place.channelId.slice(0, 40),
          channels: STUDIO_CHANNELS.map((c) => `#${c}`).join(', '),
        }),
        'channel',
      );
    }
    const seen = new Set<string>();
    const names = (options?.notify ?? []).filter((m) => !seen.has(m.id) && seen.add(m.id)).map((m) => m.name);
    const body = names.length > 0 ? `${names.map((n) => `@${n}`).join(' ')} ${text}` : text;
    const board = options?.board;
    const message = await this.#repository.post(
      place.channelId,
      { kind: 'text', text: body, ...(board ? { board, notify: names } : {}) },
      this.#now(),
    );
    return refFor(message.channel, message.id);
  }

  /** A clip's post on the page: the studio names each post `#clip-<id>`. */
  async link(ref: MessageRef): Promise<string | undefined> {
    const clipId = (await this.#repository.get(ref.id))?.card?.clipId;
    return clipId ? `/#clip-${clipId}` : undefined;
  }

  async edit(ref: MessageRef, card: ClipCard): Promise<void> {
    // A message deleted with its clip is gone for good; a late progress edit has nothing to draw.
    await this.#repository.edit(ref.id, card, this.#now());
  }

  async upload(
    place: Place,
    file: OutgoingFile,
    card: ClipCard,
    idempotencyKey: string,
  ): Promise<MessageRef> {
    if (file.bytes > STUDIO_UPLOAD_LIMIT) {
      throw new ReelbotError(ErrorCode.TooLarge, msg('studio.error.clipTooLarge'), {
        message: `studio upload of ${file.bytes} bytes over ${STUDIO_UPLOAD_LIMIT}`,
      });
    }
    const bytes = await readFile(file.path);
    const message = await this.#repository.upload(
      place.channelId,
      idempotencyKey,
      { card, file: { name: file.name, contentType: file.contentType } },
      bytes,
      this.#now(),
    );
    return refFor(message.channel, message.id);
  }

  async remove(ref: MessageRef): Promise<void> {
    await this.#repository.remove(ref.id);
  }

  async uploadLimit(_place: Place): Promise<number> {
    return STUDIO_UPLOAD_LIMIT;
  }
}
