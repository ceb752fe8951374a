import { madeCents } from '../budget/story-books.ts';
import type { Clip, MessageRef } from '../clip/clip.ts';
import { isTerminal } from '../clip/clip.ts';
import { asReelbotError } from '../errors.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import type { Redact } from '../redaction.ts';
import { placeInLine } from '../render/place-in-line.ts';
import { type ClipCard, cardFor } from './card.ts';
import { type StoryCardPart, storyPart } from './story-card.ts';

/**
 * Draws a clip's status card on its surface: posts it the first time, edits it after, at most
 * once per `minIntervalMs` unless forced (state changes are always shown). A card that cannot be
 * drawn is logged, never fatal: it must not cost a member their clip.
 */
export interface CardPresenterDeps {
  store: Store;
  messengers: MessengerRegistry;
  clock: Clock;
  logger: Logger;
  minIntervalMs: number;
  /** The label members know a model by (ProviderRegistry.labelOf). */
  labelOf?: (modelId: string) => string | undefined;
  /** Whether a clip's provider can edit its video (ProviderRegistry.canEdit). */
  canEdit?: (clip: Clip) => boolean;
  /** The configured secrets' redaction (the logs' own), applied to text from outside. */
  redact?: Redact;
}

/** Other messages that show the clip (Slack's thread root in the channel) and must find it too. */
export interface FirstCardOptions {
  alsoShownBy?: MessageRef;
}

export class CardPresenter {
  readonly #deps: CardPresenterDeps;

  constructor(deps: CardPresenterDeps) {
    this.#deps = deps;
  }

  /**
   * The card for a clip as it stands: model label, parent credit, place in line (`place`: a
   * place at the provider just learnt, else the one known), refund.
   */
  async render(clip: Clip, etaS?: number, place?: number): Promise<ClipCard> {
    const { store, labelOf, redact } = this.#deps;
    const parent = clip.parentId ? await store.clips.get(clip.parentId) : undefined;
    const queuePosition = place ?? (await placeInLine(store, clip));
    const modelLabel = labelOf?.(clip.options.model);
    const refundedUsd = await this.#refunded(clip);
    const story = await this.#story(clip);
    return cardFor(clip, {
      ...(story ? { story } : {}),
      editable: this.#deps.canEdit?.(clip) ?? false,
      ...(parent ? { parent } : {}),
      ...(queuePosition !== undefined ? { queuePosition } : {}),
      ...(etaS !== undefined ? { etaS } : {}),
      ...(modelLabel ? { modelLabel } : {}),
      ...(redact ? { redact } : {}),
      ...(refundedUsd !== undefined ? { refundedUsd } : {}),
    });
  }

  /** A story's rows, read from its shots' clips (a story's own clip has the story's id). */
  async #story(clip: Clip): Promise<StoryCardPart | undefined> {
    if (clip.storyId === undefined || clip.shotIndex !== undefined) return undefined;
    const { store, clock } = this.#deps;
    const story = await store.stories.get(clip.storyId);
    if (!story) return undefined;
    const shots = await Promise.all(story.shots.map((s) => store.clips.get(s.clipId)));
    const reservation = await store.ledger.reservation(clip.id);
    const charged =
      clip.state === 'failed' || clip.state === 'cancelled'
        ? reservation?.status === 'settled'
          ? reservation.settledCents
          : await madeCents(store, story.id)
        : undefined;
    return storyPart(story, clip, shots, clock.now(), charged);
  }

  /** What the books gave back for a failed or cancelled clip, once its reservation is released. */
  async #refunded(clip: Clip): Promise<number | undefined> {
    if (clip.state !== 'failed' && clip.state !== 'cancelled') return undefined;
    const reservation = await this.#deps.store.ledger.reservation(clip.id);
    return reservation?.status === 'released' ? reservation.cents / 100 : undefined;
  }

  /**
   * The first card of a clip just queued on a message the surface opened for it: the message (and
   * any other that shows the clip) is linked to the clip so votes and buttons on it find it, and
   * the queued card (place in line, model label, parent credit) is drawn at once instead of
   * leaving a placeholder until a worker picks the clip up. Not drawn when a worker already moved
   * the clip on (it draws every state change itself), so a late draw never shows an older
   * state. Returns the card as it stands, or undefined for a repeated request, whose first card
   * is another message.
   */
  async firstCard(
    clip: Clip,
    card: MessageRef,
    options: FirstCardOptions = {},
  ): Promise<{ clip: Clip; card: ClipCard } | undefined> {
    const { store } = this.#deps;
    if (clip.card?.id !== card.id) return undefined;
    for (const ref of [card, options.alsoShownBy]) {
      if (ref?.key) await store.messages.link(ref.key, clip.id);
    }
    const latest = (await store.clips.get(clip.id)) ?? clip;
    const drawn = await this.render(latest);
    if (latest.state !== 'queued') return { clip: latest, card: drawn };
    return { clip: await this.#draw(latest, drawn, {}), card: drawn };
  }

  /** Take down every message that shows the clip (card and video). Failures are logged. */
  async takeDown(clip: Clip): Promise<void> {
    const messenger = this.#deps.messengers.get(clip.place.surface);
    if (!messenger) return;
    for (const ref of [clip.card, clip.delivery]) {
      if (!ref) continue;
      try {
        await messenger.remove(ref);
      } catch (error) {
        this.#deps.logger.warn(
          { clipId: clip.id, err: asReelbotError(error).message },
          'could not remove message',
        );
      }
    }
  }

  /**
   * Show the clip on its card. `place`: its place at the provider from this status call, drawn
   * and remembered on the clip once shown (an edit skipped by the interval is tried again).
   */
  async show(clip: Clip, options: { force?: boolean; etaS?: number; place?: number } = {}): Promise<Clip> {
    const { store, messengers, clock, minIntervalMs } = this.#deps;
    if (clip.storyId !== undefined && clip.shotIndex !== undefined) {
      // A shot has no card of its own: its row is on its story's card, redrawn instead.
      const story = await store.clips.get(clip.storyId);
      if (story && !isTerminal(story.state)) await this.show(story, { force: options.force ?? false });
      return clip;
    }
    if (!messengers.get(clip.place.surface)) return clip;
    const now = clock.now();
    if (
      clip.card &&
      !options.force &&
      clip.cardEditedAt !== undefined &&
      now - clip.cardEditedAt < minIntervalMs
    ) {
      return clip;
    }
    return this.#draw(clip, await this.render(clip, options.etaS, options.place), options);
  }

  /** Edit the clip's card (post it when it has none) and note when; failures are logged. */
  async #draw(clip: Clip, card: ClipCard, options: { place?: number }): Promise<Clip> {
    const { store, messengers, clock, logger } = this.#deps;
    const messenger = messengers.get(clip.place.surface);
    if (!messenger) return clip;
    const now = clock.now();
    const shown = {
      cardEditedAt: now,
      ...(options.place !== undefined ? { placeInLine: options.place } : {}),
    };
    try {
      if (clip.card) {
        await messenger.edit(clip.card, card);
        return await store.clips.update(clip.id, shown);
      }
      const ref = await messenger.post(clip.place, card);
      if (ref.key) await store.messages.link(ref.key, clip.id);
      return await store.clips.update(clip.id, { card: ref, ...shown });
    } catch (error) {
      logger.warn({ clipId: clip.id, err: asReelbotError(error).message }, 'card update failed');
      return clip;
    }
  }
}
