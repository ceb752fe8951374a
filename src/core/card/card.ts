import type { Clip, ClipFailure, ClipOrigin, ClipState } from '../clip/clip.ts';
import { formatMoney } from '../i18n/format.ts';
import { intlLocale, type Locale, PSEUDO_LOCALE, SOURCE_LOCALE } from '../i18n/locales.ts';
import { type Message, msg } from '../i18n/message.ts';
import { pseudoText } from '../i18n/pseudo.ts';
import { render, translator } from '../i18n/translator.ts';
import { noRedaction, type Redact } from '../redaction.ts';
import { shownPlace } from '../render/place-in-line.ts';
import { redactText } from './redact-text.ts';
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
  /**
   * What happened, its sentence drawn in `locale` (`message`); the words from outside in it
   * redacted of every configured secret when drawn with `redact` (CardPresenter does).
   */
  failure?: ClipFailure;
  /** How the clip was made, when members should know (e.g. another model stood in), drawn in `locale`. */
  notice?: string;
  /**
   * The cast line, e.g. "with Ada’s likeness" or "with Ada’s and Bob’s likenesses", in `locale`,
   * when the clip uses members' pictures; the members are named in `cast`.
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
  const t = translator(card.locale);
  if (clip.options.style) card.style = clip.options.style;
  if (clip.failure) {
    // The catalog sentence when the record has one (drawn in the card's language), else the
    // English one older records and outside words have; only the outside words are redacted.
    const sentence = clip.failure.text ?? clip.failure.message;
    card.failure = { code: clip.failure.code, message: render(t, redactText(redact, sentence)) };
  }
  // Every surface shows the notice line, so an entry says so wherever it is drawn.
  const entry = clip.contestId ? msg('card.notice.contestEntry', { contestId: clip.contestId }) : undefined;
  const notice = joinNotices(clip.notice, entry);
  if (notice) card.notice = render(t, redactText(redact, notice));
  if (refunds(clip.state) && context.refundedUsd !== undefined) card.refundedUsd = context.refundedUsd;
  const place = shownPlace(context.queuePosition);
  if ((clip.state === 'queued' || clip.state === 'submitted') && place !== undefined)
    card.queuePosition = place;
  if (context.etaS !== undefined) card.etaS = context.etaS;
  if (clip.cast?.length) {
    card.cast = clip.cast.map((m) => ({ id: m.id, name: m.name }));
    card.likeness = likenessLine(
      clip.cast.map((m) => m.name),
      card.locale,
    );
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

/** Two notices on one line (either may be absent): a clip's own and the contest entry's. */
export function joinNotices(
  first: Message | string | undefined,
  second: Message | string | undefined,
): Message | string | undefined {
  if (first === undefined || first === '') return second;
  if (second === undefined || second === '') return first;
  return msg('card.notice.pair', { first, second });
}

const lists = new Map<Locale, Intl.ListFormat>();

/**
 * Names joined as the locale joins a list ("Ada, Bob and Cy", "Ada, Bob y Cy", "Ada、Bob、Cy").
 * English is drawn without the serial comma, as every other English sentence of reelbot is
 * (en-GB's list pattern; https://cldr.unicode.org/translation/miscellaneous-patterns#lists);
 * the pseudo-locale accents and brackets the words between names like any of its messages.
 */
function listOf(locale: Locale, items: readonly string[]): string {
  let format = lists.get(locale);
  if (!format) {
    const tag = locale === SOURCE_LOCALE || locale === PSEUDO_LOCALE ? 'en-GB' : intlLocale(locale);
    format = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
    lists.set(locale, format);
  }
  // The pseudo-locale's words between the names are pseudo too, as its catalog's are.
  if (locale === PSEUDO_LOCALE)
    return format
      .formatToParts(items)
      .map((part) => (part.type === 'literal' ? pseudoText(part.value) : part.value))
      .join('');
  return format.format(items);
}

/**
 * "with Ada’s likeness", "with Ada’s and Bob’s likenesses", "con la apariencia de Ada y Bob": the
 * card's cast line in `locale`, raw (escaped by renderers).
 */
export function likenessLine(names: readonly string[], locale: Locale = SOURCE_LOCALE): string {
  const t = translator(locale);
  const owners = names.map((name) =>
    t('card.likeness.owner', { name, ending: /s$/i.test(name) ? 's' : 'none' }),
  );
  return t('card.likeness', { count: names.length, owners: listOf(locale, owners) });
}

/** States whose reservation goes back to the budget. */
function refunds(state: ClipState): boolean {
  return state === 'failed' || state === 'cancelled';
}

/** An amount in US dollars as the locale writes money (`$0.80`, `0,80 $`, `US$ 0,80`). */
export function moneyText(locale: Locale, usd: number): string {
  return formatMoney(locale, Math.round(usd * 100));
}

/**
 * The card's money in words, the same on every surface and in the card's language: the estimate
 * while the clip is on its way, and for a failed or cancelled clip that it was refunded (with the
 * amount when the books have released it), never an estimate for money nobody will pay.
 */
export function costText(card: ClipCard): string {
  const t = translator(card.locale);
  // A failed story is charged for the shots the provider made; the rest was refunded.
  if (card.story?.chargedUsd)
    return t('card.cost.charged', { amount: moneyText(card.locale, card.story.chargedUsd) });
  if (refunds(card.state)) {
    return card.refundedUsd
      ? t('card.cost.refundedAmount', { amount: moneyText(card.locale, card.refundedUsd) })
      : t('card.cost.refunded');
  }
  return t('card.cost.estimate', { amount: moneyText(card.locale, card.estimatedCostUsd) });
}

/** A text progress bar, e.g. `▰▰▰▱▱▱▱▱▱▱ 30%`, for surfaces without a widget. */
export function progressBar(progress: number, width = 10): string {
  const p = Math.max(0, Math.min(100, Math.round(progress)));
  const filled = Math.round((p / 100) * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${p}%`;
}

/** A short label for a state, in the card's language, for cards and logs. */
export function stateLabel(card: ClipCard): string {
  const t = translator(card.locale);
  switch (card.state) {
    case 'queued':
      return card.queuePosition
        ? t('card.state.queuedInLine', { place: card.queuePosition })
        : t('card.state.queued');
    case 'submitted':
      return card.queuePosition
        ? t('card.state.waitingService', { place: card.queuePosition })
        : t('card.state.starting');
    case 'rendering':
      return t('card.state.rendering');
    case 'fetching':
      return t('card.state.fetching');
    case 'delivering':
      return t('card.state.delivering');
    case 'posted':
      return t('card.state.posted');
    case 'failed':
      return t('card.state.failed');
    case 'cancelled':
      return t('card.state.cancelled');
  }
}
