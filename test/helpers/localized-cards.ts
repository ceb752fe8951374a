import { type ClipCard, cardFor } from '../../src/core/card/card.ts';
import type { StoryCardPart } from '../../src/core/card/story-rows.ts';
import type { Clip, ClipState } from '../../src/core/clip/clip.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { hostileName, hostilePrompts } from './hostile-text.ts';

/** Every state a card is drawn in. */
export const ALL_STATES: readonly ClipState[] = [
  'queued',
  'submitted',
  'rendering',
  'fetching',
  'delivering',
  'posted',
  'failed',
  'cancelled',
];

/** Markup, entities and astral characters: the prompts whose cuts and escapes are hardest. */
const HARDEST = [
  'Slack entities &<>',
  'Discord markup',
  'emoji between entities and lines',
  'flags and joined emoji',
];

export function hardestPrompts(): [string, string][] {
  const prompts = hostilePrompts().filter(([name]) => HARDEST.includes(name));
  if (prompts.length !== HARDEST.length) throw new Error('a hostile prompt was renamed');
  return prompts;
}

const clipOf = (prompt: string, state: ClipState, locale: Locale): Clip => ({
  id: 'r0123456789abcdef01234567',
  prompt,
  options: { model: 'sora-2', durationS: 8, size: '1280x720', style: hostileName },
  author: { id: '123456789012345678', name: hostileName },
  place: { surface: 'test', workspaceId: '1', channelId: '2' },
  origin: 'new',
  state,
  provider: 'openai',
  progress: 40,
  estimatedCostUsd: 1234.5,
  statusCalls: 1,
  retries: 0,
  createdAt: 0,
  updatedAt: 0,
  locale,
});

/** A story of the most shots (STORY_MAX_SHOTS, 6), each as hostile as the prompt, every row state. */
const storyOf = (prompt: string): StoryCardPart => ({
  mode: 'flow',
  transition: 'fade',
  rows: Array.from({ length: 6 }, (_, i) => ({
    number: i + 1,
    text: prompt,
    state: (['queued', 'rendering', 'done', 'failed'] as const)[i % 4]!,
    progress: 55,
    clipId: `s${i}`,
    ...(i === 0 ? { reused: true } : {}),
  })),
  etaS: 3725,
  totalEstimatedUsd: 1234.5,
  chargedUsd: 987.65,
});

/**
 * A card drawn in `locale` by the core (cardFor), as long as it gets: a hostile prompt, names,
 * cast, model label and style; a notice and a failure that are catalog messages carrying hostile
 * words; a contest entry; the place in line, ETA and refund; a parent's credit, or for a story
 * its six rows.
 */
export function localCardOf(prompt: string, state: ClipState, locale: Locale, story: boolean): ClipCard {
  return cardFor(
    {
      ...clipOf(prompt, state, locale),
      contestId: hostileName,
      cast: [
        { id: '1', name: hostileName },
        { id: '2', name: `${hostileName}s` },
        { id: '3', name: hostileName },
      ],
      notice: msg('card.notice.pair', {
        first: msg('card.notice.waitingSlot', { provider: hostileName }),
        second: msg('card.notice.standInAdjusted', {
          model: hostileName,
          from: prompt,
          changes: msg('card.notice.changed.both', { to: 5, from: 4, toSize: hostileName, fromSize: prompt }),
        }),
      }),
      ...(state === 'failed' || state === 'cancelled'
        ? {
            failure: {
              code: 'RENDER_FAILED' as const,
              message: prompt,
              text: msg('card.fallback', { state: prompt, prompt }),
            },
          }
        : {}),
      ...(story ? { storyId: 'r0123456789abcdef01234567' } : { origin: 'remix' as const, parentId: 'p' }),
    },
    {
      modelLabel: hostileName,
      editable: true,
      queuePosition: 3,
      etaS: 95,
      refundedUsd: 1234.56,
      ...(story
        ? { story: storyOf(prompt) }
        : { parent: { ...clipOf(prompt, 'posted', locale), author: { id: '9', name: hostileName } } }),
    },
  );
}
