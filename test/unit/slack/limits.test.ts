import { describe, expect, it } from 'vitest';
import { renderBoard } from '../../../adapters/slack/board.ts';
import { remixModal } from '../../../adapters/slack/modal.ts';
import {
  renderCard,
  renderNotice,
  renderPlaceholder,
  renderThreadRoot,
  renderTop,
  renderUploadComment,
  type SlackMessage,
} from '../../../adapters/slack/render.ts';
import { fitEscaped, quote } from '../../../adapters/slack/text.ts';
import { type TopRow, topBoard } from '../../../src/core/board/leaderboard.ts';
import type { ClipCard } from '../../../src/core/card/card.ts';
import { codePoints } from '../../../src/core/card/text-cut.ts';
import type { ClipState } from '../../../src/core/clip/clip.ts';
import { LOCALES } from '../../../src/core/i18n/locales.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { messageBlockProblems, viewProblems } from '../../fakes/slack/block-kit.ts';
import { hostileName, hostilePrompts, LONE_SURROGATE, stringsIn } from '../../helpers/hostile-text.ts';
import { ALL_STATES, hardestPrompts, localCardOf } from '../../helpers/localized-cards.ts';

/**
 * Whatever a member typed, every message and modal the Slack adapter draws stays within Block
 * Kit's limits as the fake Slack checks them (block-kit.ts), every cut falls between code points,
 * and no cut leaves half an entity (`&am…`) behind.
 */
const STATES: ClipState[] = ['queued', 'rendering', 'posted', 'failed', 'cancelled'];

const cardOf = (prompt: string, state: ClipState): ClipCard => ({
  locale: 'en',
  clipId: 'r0123456789abcdef01234567',
  prompt,
  author: { id: 'U1', name: hostileName },
  state,
  progress: 40,
  etaS: 95,
  queuePosition: 3,
  model: hostileName,
  durationS: 8,
  size: '1280x720',
  style: hostileName,
  estimatedCostUsd: 0.8,
  ...(state === 'failed' || state === 'cancelled'
    ? { failure: { code: 'RENDER_FAILED' as const, message: prompt } }
    : {}),
  notice: prompt,
  credit: { clipId: 'p', authorName: hostileName, origin: 'remix' },
  actions: state === 'posted' ? ['remix', 'edit', 'reroll', 'delete'] : ['cancel'],
});

const rowsOf = (prompt: string): TopRow[] =>
  Array.from({ length: 50 }, (_, i) => ({
    rank: i + 1,
    clipId: `r${i}`,
    author: { id: 'U1', name: hostileName },
    votes: i,
    prompt,
    postedAt: 0,
    link: `https://x.slack.com/archives/C1/p${i}`,
    thumbnail: true,
    contest: { id: 'k', theme: prompt },
  }));

/** Text as sent: every `&` starts one of the three entities, and nothing holds half a pair. */
function expectWellCut(value: unknown) {
  for (const text of stringsIn(value)) {
    expect(text).not.toMatch(LONE_SURROGATE);
    expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  }
}

function expectWithinLimits(message: SlackMessage) {
  expect(messageBlockProblems(message.blocks)).toEqual([]);
  // chat.postMessage cuts `text` past 40,000 characters (changelog 2018-04); ours stay far below.
  expect(codePoints(message.text)).toBeLessThanOrEqual(3000);
  expectWellCut(message);
}

describe.each(hostilePrompts())('a prompt of %s', (_name, prompt) => {
  it.each(STATES)('draws a %s status message within Block Kit’s limits', (state) => {
    const message = renderCard(cardOf(prompt, state));
    expectWithinLimits(message);
    // The prompt's section uses the room it has: cut at the limit, not long before it (unless
    // all that would follow is blank lines, which the cut drops with its trailing space).
    const section = message.blocks[1] as { text: { text: string } };
    if (codePoints(quote(prompt)) <= 3000) expect(section.text.text).toBe(quote(prompt));
    else if (!prompt.includes('\n\n')) expect(codePoints(section.text.text)).toBeGreaterThan(2990);
  });

  it('opens its thread, answers, and lists it on a board within the limits', () => {
    expectWithinLimits(renderThreadRoot(hostileName, prompt));
    expectWithinLimits(renderNotice(prompt));
    const board = renderTop(
      `Top clips:\n${prompt}\nTies: ${prompt}`,
      rowsOf(prompt),
      new Map([['r1', 'F1']]),
    );
    expectWithinLimits(board);
    // The same clips as a board of cards (top, contest announcements), words around them hostile too.
    const drawn = topBoard('all', rowsOf(prompt))!;
    const words = { ...drawn, title: prompt, intro: [prompt], notes: [prompt, prompt] };
    expectWithinLimits(renderBoard(words, fitEscaped(prompt, 3000), new Map([['r1', 'F1']]), ['U_ADA']));
  });

  it.each(LOCALES)('pre-fills the Remix modal within the modal limits in %s', (locale) => {
    const target = { parentId: 'c42', teamId: 'T', channelId: 'C', threadTs: '1.2' };
    for (const mode of ['remix', 'edit'] as const) {
      const t = translator(locale);
      const view = remixModal({ prompt, creditName: hostileName, target: { ...target, mode }, t });
      expect(viewProblems(view)).toEqual([]);
      // The text box holds the prompt as typed; the note above it is mrkdwn, escaped.
      expect(stringsIn(view).filter((text) => LONE_SURROGATE.test(text))).toEqual([]);
      expectWellCut(view.blocks[0]);
    }
  });

  it('captions the video without half a character', () => {
    const comment = renderUploadComment(cardOf(prompt, 'posted'));
    expect(comment).not.toMatch(LONE_SURROGATE);
    expectWellCut(comment);
  });
});

describe.each(LOCALES)('in %s', (locale) => {
  describe.each(hardestPrompts())('a prompt of %s', (_name, prompt) => {
    it.each(ALL_STATES)('draws a %s clip card and story card within Block Kit’s limits', (state) => {
      for (const story of [false, true]) {
        const card = localCardOf(prompt, state, locale, story);
        expect(card.locale).toBe(locale);
        expectWithinLimits(renderCard(card));
        const comment = renderUploadComment(card);
        expect(comment).not.toMatch(LONE_SURROGATE);
        expectWellCut(comment);
      }
    });

    it('opens its thread and lists it in /sora top within the limits', () => {
      expectWithinLimits(renderThreadRoot(hostileName, prompt, locale));
      expectWithinLimits(renderPlaceholder(locale));
      expectWithinLimits(
        renderTop(`${prompt}\nTies: ${prompt}`, rowsOf(prompt), new Map([['r1', 'F1']]), locale),
      );
    });
  });
});
