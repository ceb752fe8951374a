import type { Clip, ClipFailure, ClipOrigin, ClipState } from '../clip/clip.ts';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales.ts';
import { noRedaction, type Redact } from '../redaction.ts';
import { shownPlace } from '../render/place-in-line.ts';
import type { StoryCardPart } from './story-rows.ts';

/**
 * Buttons a clip message can carry; adapters draw them in their own way. `edit` (change this
 * video with a new instruction) is offered only where the clip's model can edit its own output.
 */
export type ClipAction = 'remix' | 'edit' | 'reroll' | 'cancel' | 'delete';

/**
 * What a status card shows, platform-neutral. Adapters render it as an embed (Discord), Block Kit
 * (Slack) or HTML (studio); text fields are raw and must be escaped by the renderer.
 */
export interface ClipCard {
  clipId: string;
  /** The language the card is drawn in: the channel's when the clip was asked for (Clip.locale). */
  locale: Locale;
  prompt: string;
  author: { id: string; name: string };
  state: ClipState;
  /** 0..100 */
  progress: number;
  /**
   * 1-based place in line while it waits, in reelbot's queue or at the video service; absent
   * when nothing waits ahead of it (src/core/render/place-in-line.ts).
   */
  queuePosition?: number;
  /** Seconds until the clip is expected, while it renders. */
  etaS?: number;
  /** The model as members know it (its label, e.g. "Veo 3.1 (fal)"). */
  model: string;
  durationS: number;
  size: string;
  style?: string;
  estimatedCostUsd: number;
  /** What a failed or cancelled clip gave back, when the books say so (see costText). */
  refundedUsd?: number;
  /** Its text redacted of every configured secret when drawn with `redact` (CardPresenter does). */
  failure?: ClipFailure;
  /** How the clip was made, when members should know (e.g. another model stood in). */
  notice?: string;
  /**
   * The cast line, e.g. "with Ada's likeness" or "with Ada's and Bob's likenesses", when the clip
   * uses members' pictures; the members are named in `cast`.
   */
  likeness?: string;
  /** The cast members whose likeness the clip uses. */
  cast?: { id: string; name: string }[];
  /** Credit for the clip this one came from. */
  credit?: { clipId: string; authorName: string; origin: Exclude<ClipOrigin, 'new'> };
  actions: readonly ClipAction[];
  /** A story's rows (one per shot), its time left and whole cost; absent for a single clip. */
  story?: StoryCardPart;
}

export interface CardContext {
  /** True when the clip's model can edit its own video (offers the `edit` action when posted). */
  editable?: boolean;
  /** The model's label; the model id is shown when absent. */
  modelLabel?: string;
  queuePosition?: number;
  etaS?: number;
  parent?: Clip;
  /**
   * Removes configured secrets from text that came from outside (a provider's error), the same
   * redaction as the logs'; without it the text is shown as stored.
   */
  redact?: Redact;
  /** The amount refunded to the budget, once a failed or cancelled clip's reservation is released. */
  refundedUsd?: number;
  /** The story part, for a story's own clip. */
  story?: StoryCardPart;
}

/** Which buttons make sense in each state. */
function actionsFor(state: ClipState, editable: boolean): readonly ClipAction[] {
  switch (state) {
    case 'posted':
      return editable ? ['remix', 'edit', 'reroll', 'delete'] : ['remix', 'reroll', 'delete'];
    case 'failed':
    case 'cancelled':
      return ['reroll', 'delete'];
    case 'delivering':
      return [];
    default:
      return ['cancel'];
  }
}

/**
 * A story's card offers no whole-story remix or re-roll (a storyboard is not one prompt): shots
 * are re-rolled one at a time (reshoot), and surfaces add Extend and per-shot buttons.
 */
function storyActions(state: ClipState): readonly ClipAction[] {
  switch (state) {
    case 'posted':
    case 'failed':
    case 'cancelled':
      return ['delete'];
    case 'delivering':
      return [];
    default:
      return ['cancel'];
  }
}

export function cardFor(clip: Clip, context: CardContext = {}): ClipCard {
  const card: ClipCard = {
    clipId: clip.id,
    locale: clip.locale ?? SOURCE_LOCALE,
    prompt: clip.prompt,
    author: { id: clip.author.id, name: clip.author.name },
    state: clip.state,
    progress: clip.state === 'posted' ? 100 : clip.progress,
    model: context.modelLabel ?? clip.options.model,
    durationS: clip.options.durationS,
    size: clip.options.size,
    estimatedCostUsd: clip.estimatedCostUsd,
    actions:
      clip.storyId !== undefined
        ? storyActions(clip.state)
        : actionsFor(clip.state, context.editable === true),
  };
  const redact = context.redact ?? noRedaction;
  if (clip.options.style) card.style = clip.options.style;
  if (clip.failure) card.failure = { code: clip.failure.code, message: redact(clip.failure.message) };
  // Every surface shows the notice line, so an entry says so wherever it is drawn.
  const entry = clip.contestId ? `Contest entry (contest ${clip.contestId}).` : undefined;
  const notice = [clip.notice, entry].filter(Boolean).join(' ');
  if (notice) card.notice = redact(notice);
  if (refunds(clip.state) && context.refundedUsd !== undefined) card.refundedUsd = context.refundedUsd;
  const place = shownPlace(context.queuePosition);
  if ((clip.state === 'queued' || clip.state === 'submitted') && place !== undefined)
    card.queuePosition = place;
  if (context.etaS !== undefined) card.etaS = context.etaS;
  if (clip.cast?.length) {
    card.cast = clip.cast.map((m) => ({ id: m.id, name: m.name }));
    card.likeness = likenessLine(clip.cast.map((m) => m.name));
  }
  if (context.story) {
    card.story = context.story;
    if (card.etaS === undefined && context.story.etaS !== undefined) card.etaS = context.story.etaS;
  }
  if (context.parent && clip.origin !== 'new') {
    card.credit = { clipId: context.parent.id, authorName: context.parent.author.name, origin: clip.origin };
  }
  return card;
}

/** "with Ada's likeness", "with Ada's and Bob's likenesses": the card's cast line, raw (escaped by renderers). */
export function likenessLine(names: readonly string[]): string {
  const owned = names.map((n) => (/s$/i.test(n) ? `${n}'` : `${n}'s`));
  if (owned.length === 1) return `with ${owned[0]} likeness`;
  const list =
    owned.length === 2 ? owned.join(' and ') : `${owned.slice(0, -1).join(', ')} and ${owned.at(-1)}`;
  return `with ${list} likenesses`;
}

/** States whose reservation goes back to the budget. */
function refunds(state: ClipState): boolean {
  return state === 'failed' || state === 'cancelled';
}

/**
 * The card's money in words, the same on every surface: the estimate while the clip is on its
 * way, and for a failed or cancelled clip that it was refunded (with the amount when the books
 * have released it), never an estimate for money nobody will pay.
 */
export function costText(card: ClipCard): string {
  // A failed story is charged for the shots the provider made; the rest was refunded.
  if (card.story?.chargedUsd) return `charged $${card.story.chargedUsd.toFixed(2)} for the shots made`;
  if (refunds(card.state)) return card.refundedUsd ? `refunded $${card.refundedUsd.toFixed(2)}` : 'refunded';
  return `est. $${card.estimatedCostUsd.toFixed(2)}`;
}

/** A text progress bar, e.g. `▰▰▰▱▱▱▱▱▱▱ 30%`, for surfaces without a widget. */
export function progressBar(progress: number, width = 10): string {
  const p = Math.max(0, Math.min(100, Math.round(progress)));
  const filled = Math.round((p / 100) * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${p}%`;
}

/** A short label for a state, for cards and logs. */
export function stateLabel(card: ClipCard): string {
  switch (card.state) {
    case 'queued':
      return card.queuePosition ? `Queued (#${card.queuePosition} in line)` : 'Queued';
    case 'submitted':
      return card.queuePosition
        ? `Waiting at the video service (#${card.queuePosition} in line)`
        : 'Starting render';
    case 'rendering':
      return 'Rendering';
    case 'fetching':
      return 'Downloading';
    case 'delivering':
      return 'Uploading';
    case 'posted':
      return 'Done';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}
