import { describe, expect, it } from 'vitest';
import { castModal, extendModal, storyModal } from '../../../adapters/slack/forms.ts';
import { EXTEND_ACTION_ID, RESHOOT_ACTION_ID, renderCard } from '../../../adapters/slack/render.ts';
import type { ClipCard } from '../../../src/core/card/card.ts';
import type { ShotRow } from '../../../src/core/card/story-rows.ts';
import { LOCALES } from '../../../src/core/i18n/locales.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { messageBlockProblems, viewProblems } from '../../fakes/slack/block-kit.ts';
import { hostilePrompts, LONE_SURROGATE } from '../../helpers/hostile-text.ts';

/**
 * The story card and the three forms against the fake's Block Kit rules (what Slack refuses), with
 * the most a member can write: 20 shots (STORY_MAX_SHOTS' ceiling) of 4000 characters of markup.
 */

const PROMPTS = hostilePrompts().map(([, text]) => text);
/** The n-th shot's words: the core's longest prompts, built to grow most when escaped, with pings. */
const hostile = (n: number) => `<!channel> <@U2> ${PROMPTS[n % PROMPTS.length]!}`;

function storyCard(state: ClipCard['state'], shots: number, rowState: ShotRow['state']): ClipCard {
  return {
    locale: 'en',
    clipId: 'st0123456789',
    prompt: hostile(0),
    author: { id: 'U1', name: '<!channel> ada' },
    state,
    progress: 40,
    model: 'sora-2',
    durationS: shots * 4,
    size: '1280x720',
    estimatedCostUsd: 2.4,
    actions: state === 'posted' ? ['delete'] : ['cancel'],
    likeness: "with <@U2>'s likeness",
    cast: [{ id: 'U2', name: '<@U2>' }],
    story: {
      mode: 'flow',
      transition: 'fade',
      rows: Array.from({ length: shots }, (_, i) => ({
        number: i + 1,
        text: hostile(i + 1),
        state: rowState,
        progress: 37,
        clipId: `st0123456789-s${i}`,
      })),
      etaS: 95,
      totalEstimatedUsd: 2.4,
    },
  };
}

describe('the Slack story card', () => {
  it.each([
    ['rendering', 6, 'rendering'],
    ['posted', 20, 'done'],
    ['failed', 20, 'failed'],
  ] as const)(
    '%s with %i shots fits Block Kit, escapes every member word and pings nobody',
    (state, shots, row) => {
      const message = renderCard(storyCard(state, shots, row));
      expect(messageBlockProblems(message.blocks)).toEqual([]);
      const text = JSON.stringify(message.blocks);
      expect(text).not.toMatch(/<!channel>|<!here>|<@U2>/);
      // JSON.stringify would escape a lone surrogate: read the section texts themselves.
      const sections = message.blocks.map((b) => (b as { text?: { text?: string } }).text?.text ?? '');
      for (const section of sections) expect(section).not.toMatch(LONE_SURROGATE);
      expect(text).toContain('Shot 1');
      if (row === 'rendering') expect(text).toContain('37%');
    },
  );

  it('offers Extend and a Re-roll per shot only once the story is posted', () => {
    const ids = (card: ClipCard) =>
      JSON.stringify(renderCard(card).blocks).match(/reelbot_(extend|reshoot_\d+)/g) ?? [];
    expect(ids(storyCard('rendering', 3, 'rendering'))).toEqual([]);
    expect(ids(storyCard('posted', 3, 'done'))).toEqual([
      EXTEND_ACTION_ID,
      `${RESHOOT_ACTION_ID}_1`,
      `${RESHOOT_ACTION_ID}_2`,
      `${RESHOOT_ACTION_ID}_3`,
    ]);
  });

  it('a failed story says what was charged for the shots made', () => {
    const card = { ...storyCard('failed', 3, 'failed'), failure: { code: 'PROVIDER_FAILED', message: 'x' } };
    card.story!.chargedUsd = 0.8;
    expect(JSON.stringify(renderCard(card as ClipCard).blocks)).toContain('charged $0.80 for the shots made');
  });
});

describe('the Slack forms', () => {
  const target = { teamId: 'T', channelId: 'C', threadTs: '1.2', clipId: 'c0123456789' };
  it.each(LOCALES)('Extend, Story (up to 20 shots) and Cast fit a modal in %s', (locale) => {
    const t = translator(locale);
    expect(viewProblems(extendModal(target, '<!channel> ada'.repeat(50), [4, 8, 12], t))).toEqual([]);
    expect(viewProblems(storyModal(target, 20, [4, 8, 12], t))).toEqual([]);
    expect(viewProblems(castModal(target, t))).toEqual([]);
  });

  it('the fake refuses what Slack refuses in them', () => {
    const cast = castModal(target, translator('en')) as unknown as {
      blocks: { element?: Record<string, unknown> }[];
    };
    const file = cast.blocks.find((b) => b.element?.type === 'file_input')!;
    file.element!.max_files = 11;
    expect(viewProblems(cast)).toEqual([expect.objectContaining({ message: 'must be between 1 and 10' })]);
    const story = storyModal(target, 3, [4], translator('en')) as unknown as {
      blocks: { element?: Record<string, unknown> }[];
    };
    const select = story.blocks.find((b) => b.element?.type === 'static_select')!;
    select.element!.options = [];
    expect(viewProblems(story)).toEqual([
      expect.objectContaining({ message: 'must contain at least 1 items' }),
    ]);
  });
});
