import { describe, expect, it } from 'vitest';
import { editModal, extendModal, remixModal } from '../../../adapters/discord/actions.ts';
import { boardMessage } from '../../../adapters/discord/board.ts';
import {
  announcementMessage,
  cardMessage,
  textMessage,
  videoMessage,
} from '../../../adapters/discord/render.ts';
import { type TopRow, topBoard } from '../../../src/core/board/leaderboard.ts';
import { type ClipCard, cardFor } from '../../../src/core/card/card.ts';
import type { Clip, ClipState } from '../../../src/core/clip/clip.ts';
import { LOCALES } from '../../../src/core/i18n/locales.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { messageProblems } from '../../fakes/discord/validate.ts';
import { modalProblems } from '../../fakes/discord/validate-modal.ts';
import { hostileName, hostilePrompts, LONE_SURROGATE, stringsIn } from '../../helpers/hostile-text.ts';
import { ALL_STATES, hardestPrompts, localCardOf } from '../../helpers/localized-cards.ts';

/**
 * Whatever a member typed, every message and modal the Discord adapter draws stays within
 * Discord's limits as the fake Discord checks them (validate.ts, validate-modal.ts), and every
 * cut falls between code points and outside an escape.
 */
const STATES: ClipState[] = ['queued', 'rendering', 'posted', 'failed', 'cancelled'];

const clipOf = (prompt: string, state: ClipState): Clip => ({
  id: 'r0123456789abcdef01234567',
  prompt,
  options: { model: 'sora-2', durationS: 8, size: '1280x720', style: hostileName },
  author: { id: '123456789012345678', name: hostileName },
  place: { surface: 'discord', workspaceId: '1', channelId: '2' },
  origin: 'new',
  state,
  provider: 'openai',
  progress: 40,
  estimatedCostUsd: 0.8,
  statusCalls: 1,
  retries: 0,
  createdAt: 0,
  updatedAt: 0,
});

const cardOf = (prompt: string, state: ClipState): ClipCard => ({
  ...cardFor(clipOf(prompt, state), { modelLabel: hostileName, editable: true }),
  etaS: 95,
  queuePosition: 3,
  ...(state === 'failed' || state === 'cancelled'
    ? { failure: { code: 'RENDER_FAILED' as const, message: prompt } }
    : {}),
  notice: prompt,
  credit: { clipId: 'p', authorName: hostileName, origin: 'remix' },
});

const noThumbnails = async () => undefined;

/** No half of a surrogate pair, and no escape cut off from what it escapes (`\…`). */
function expectWellCut(value: unknown) {
  for (const text of stringsIn(value)) {
    expect(text).not.toMatch(LONE_SURROGATE);
    expect(text).not.toMatch(/(?<!\\)(\\\\)*\\…/);
  }
}

function expectWithinLimits(body: object) {
  expect(messageProblems(body as Record<string, unknown>)).toEqual([]);
  expectWellCut(body);
}

describe.each(hostilePrompts())('a prompt of %s', (_name, prompt) => {
  it.each(STATES)('draws a %s card and its video message within Discord’s limits', (state) => {
    expectWithinLimits(cardMessage(cardOf(prompt, state)));
    expectWithinLimits(videoMessage(cardOf(prompt, state)));
  });

  it('answers, announces and lists it on a board within the limits', async () => {
    expectWithinLimits(textMessage(prompt));
    expectWithinLimits(
      announcementMessage(
        prompt,
        Array.from({ length: 120 }, (_, i) => `${10n ** 17n + BigInt(i)}`),
      ),
    );
    const rows: TopRow[] = Array.from({ length: 12 }, (_, i) => ({
      rank: i + 1,
      clipId: `r${i}`,
      author: { id: '1', name: hostileName },
      votes: i,
      prompt,
      postedAt: 0,
      link: `https://discord.com/channels/1/2/${i}`,
      thumbnail: false,
      contest: { id: 'k', theme: prompt },
    }));
    const drawn = await boardMessage(topBoard('all', rows)!, noThumbnails);
    expectWithinLimits({ ...textMessage(drawn.text), embeds: drawn.embeds });
  });

  it.each(LOCALES)('opens Remix, Edit and Extend dialogs within the modal limits in %s', (locale) => {
    const t = translator(locale);
    const clip = clipOf(prompt, 'posted');
    for (const modal of [remixModal(clip, t), editModal(clip, t), extendModal(clip, t)]) {
      // toJSON runs discord.js's own builder checks too.
      const data = modal!.toJSON() as unknown as Record<string, unknown>;
      expect(modalProblems(data)).toEqual([]);
      expectWellCut(data);
    }
  });
});

describe.each(LOCALES)('in %s', (locale) => {
  describe.each(hardestPrompts())('a prompt of %s', (_name, prompt) => {
    it.each(ALL_STATES)(
      'draws a %s clip card, story card and video message within Discord’s limits',
      (state) => {
        for (const story of [false, true]) {
          const card = localCardOf(prompt, state, locale, story);
          expect(card.locale).toBe(locale);
          expectWithinLimits(cardMessage(card));
          expectWithinLimits(videoMessage(card));
        }
      },
    );
  });
});
