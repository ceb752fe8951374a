import { describe, expect, it } from 'vitest';
import { editModal, remixModal } from '../../../adapters/discord/actions.ts';
import { boardMessage } from '../../../adapters/discord/board.ts';
import { escapeText, fitEscaped } from '../../../adapters/discord/escape.ts';
import { fromRef, toRef } from '../../../adapters/discord/refs.ts';
import { cardMessage, textMessage, videoMessage } from '../../../adapters/discord/render.ts';
import type { Board, BoardEntry } from '../../../src/core/board/board.ts';
import { type ClipCard, cardFor } from '../../../src/core/card/card.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { PROMPT_MAX } from '../../../src/core/clip/clip-options.ts';
import { translator } from '../../../src/core/i18n/translator.ts';
import { messageProblems } from '../../fakes/discord/validate.ts';
import { modalProblems } from '../../fakes/discord/validate-modal.ts';

const clip = (patch: Partial<Clip> = {}): Clip => ({
  id: 'r0123456789abcdef01234567',
  prompt: 'a boat',
  options: { model: 'sora-2', durationS: 8, size: '1280x720' },
  author: { id: '123456789012345678', name: 'Ada' },
  place: { surface: 'discord', workspaceId: '1', channelId: '2' },
  origin: 'new',
  state: 'rendering',
  provider: 'openai',
  progress: 40,
  estimatedCostUsd: 0.8,
  statusCalls: 1,
  retries: 0,
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

/** The worst a member can send: the longest prompt, all of it markup that escaping doubles. */
const worstPrompt = '*_`<@'.repeat(PROMPT_MAX / 5);
const worstName = `${'@everyone '.repeat(10)}${'*'.repeat(100)}`;

describe('cards fit Discord’s limits whatever members typed', () => {
  it.each(['queued', 'rendering', 'posted', 'failed'] as const)(
    'a %s card with the longest, most markup-heavy prompt and name',
    (state) => {
      const card: ClipCard = {
        ...cardFor(clip({ prompt: worstPrompt, author: { id: '1', name: worstName }, state })),
        etaS: 95,
        queuePosition: 3,
        ...(state === 'failed' ? { failure: { code: 'RENDER_FAILED' as const, message: worstPrompt } } : {}),
        notice: worstPrompt,
        credit: { clipId: 'p', authorName: worstName, origin: 'remix' },
      };
      expect(worstPrompt.length).toBe(PROMPT_MAX);
      expect(messageProblems(cardMessage(card) as unknown as Record<string, unknown>)).toEqual([]);
      expect(messageProblems(videoMessage(card) as unknown as Record<string, unknown>)).toEqual([]);
    },
  );

  it('keeps a long text reply to one message', () => {
    expect(textMessage('<'.repeat(5000)).content.length).toBeLessThanOrEqual(2000);
  });

  it('pre-fills the Remix modal with the whole prompt; both modals stay within the modal limits', () => {
    const modal = remixModal(
      clip({ prompt: worstPrompt, author: { id: '1', name: worstName } }),
      translator('en'),
    )!.toJSON();
    expect(modalProblems(modal as unknown as Record<string, unknown>)).toEqual([]);
    expect(JSON.stringify(modal)).toContain(JSON.stringify(worstPrompt));
    const edit = editModal(clip({ author: { id: '1', name: worstName } }), translator('en'))!.toJSON();
    expect(modalProblems(edit as unknown as Record<string, unknown>)).toEqual([]);
  });
});

describe('escaping', () => {
  it('turns markup and mentions into literal text', () => {
    expect(escapeText('**hi** <@123> @everyone')).toBe('\\*\\*hi\\*\\* \\<@123> @\u200beveryone');
    expect(escapeText('# title\n- item\n1. first\n> quote')).toBe(
      '\\# title\n\\- item\n1\\. first\n\\> quote',
    );
    expect(escapeText('[x](https://e.example) ||spoiler|| ~~s~~ `c`')).toBe(
      '\\[x\\](https://e.example) \\|\\|spoiler\\|\\| \\~\\~s\\~\\~ \\`c\\`',
    );
  });

  it('cuts on the raw text, never through an escape or a surrogate pair', () => {
    const cut = fitEscaped(`${'a'.repeat(9)}*${'😀'.repeat(10)}`, 14);
    expect(cut.length).toBeLessThanOrEqual(14);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\\…$/);
    expect(/[\uD800-\uDBFF]…$/.test(cut)).toBe(false);
    // As much as fits is kept, though escaping doubles this text.
    const doubled = fitEscaped('*'.repeat(100), 51);
    expect(doubled).toBe(`${'\\*'.repeat(25)}…`);
  });
});

describe('message references', () => {
  it('round-trip, token last so nothing in it can break the split', () => {
    const ref = toRef({
      kind: 'interaction',
      channelId: '123456789012345678',
      messageId: '223456789012345678',
      createdAt: 1_700_000_000_000,
      token: 'aW50:ZX-J_hY3.Rpb24',
    });
    expect(ref.key).toBe('discord:123456789012345678:223456789012345678');
    expect(fromRef(ref)).toMatchObject({ kind: 'interaction', token: 'aW50:ZX-J_hY3.Rpb24' });
    expect(() => fromRef({ surface: 'slack', id: ref.id })).toThrow();
    expect(() => fromRef({ surface: 'discord', id: 'c:1:2' })).toThrow();
  });
});

describe('a board (contest results, standings, remix notices) as embeds', () => {
  const entry = (rank: number, patch: Partial<BoardEntry> = {}): BoardEntry => ({
    rank,
    clipId: `r${rank}`,
    author: { id: '1', name: '@everyone **Ada**' },
    votes: 3 - rank,
    promptOpening: `<@123456789012345678> ${'word '.repeat(27)}`.slice(0, 140),
    link: `https://discord.com/channels/1/2/${rank}`,
    thumbnail: rank !== 2,
    ...patch,
  });
  const board: Board = {
    kind: 'contest-results',
    title: 'Contest “@here” is over',
    intro: ['12 entries; the top:'],
    entries: Array.from({ length: 12 }, (_, i) => entry(i + 1)),
    notes: ['How votes were counted: 3 votes counted.'],
    ranked: true,
  };
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

  it('draws each clip (at most 10) with its link, author, votes and attached thumbnail, within limits', async () => {
    const drawn = await boardMessage(board, async (clipId) => (clipId === 'r3' ? undefined : jpeg));
    expect(drawn.embeds).toHaveLength(10);
    expect(drawn.embeds[0]).toMatchObject({
      title: '1. 2 votes',
      url: 'https://discord.com/channels/1/2/1',
      author: { name: '@everyone **Ada**' },
      footer: { text: 'clip r1' },
      thumbnail: { url: 'attachment://clip-r1.jpg' },
    });
    // A clip without a stored thumbnail, or whose bytes are gone, is drawn without one.
    expect(drawn.embeds[1]!.thumbnail).toBeUndefined();
    expect(drawn.embeds[2]!.thumbnail).toBeUndefined();
    expect(drawn.files.map((f) => f.name)).toEqual(
      ['r1', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10'].map((id) => `clip-${id}.jpg`),
    );
    expect(drawn.embeds[0]!.description).toMatch(/^\\<@123456789012345678> word/);
    expect(drawn.text).toBe(
      'Contest “@here” is over\n12 entries; the top:\nHow votes were counted: 3 votes counted.',
    );
    // The words are escaped by the message that carries them; the embeds fit Discord's limits.
    expect(textMessage(drawn.text).content).toContain('@\u200bhere');
    expect(messageProblems({ content: drawn.text, embeds: drawn.embeds })).toEqual([]);
  });

  it('names a listed clip by what it is where there are no votes', async () => {
    const drawn = await boardMessage(
      {
        ...board,
        kind: 'remix',
        entries: [entry(1, { label: 'Remix', votes: undefined }), entry(2, { votes: undefined })],
        ranked: false,
      },
      async () => undefined,
    );
    expect(drawn.embeds.map((e) => e.title)).toEqual(['Remix', 'Entry 2']);
  });
});
