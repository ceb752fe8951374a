import { describe, expect, it } from 'vitest';
import { renderBoard } from '../../../adapters/slack/board.ts';
import { INPUT_MAX, readRemixTarget, remixModal } from '../../../adapters/slack/modal.ts';
import { fileRef, messageRef, readRef } from '../../../adapters/slack/refs.ts';
import {
  ACTION_IDS,
  EXTEND_ACTION_ID,
  renderCard,
  renderThreadRoot,
  renderTop,
  renderUploadComment,
} from '../../../adapters/slack/render.ts';
import { truncate } from '../../../adapters/slack/text.ts';
import type { Board, BoardEntry } from '../../../src/core/board/board.ts';
import type { ClipCard } from '../../../src/core/card/card.ts';
import { translator } from '../../../src/core/i18n/translator.ts';

const card: ClipCard = {
  locale: 'en',
  clipId: 'c42',
  prompt: 'a boat',
  author: { id: 'U1', name: 'ada' },
  state: 'rendering',
  progress: 40,
  etaS: 12,
  model: 'Sora 2',
  durationS: 8,
  size: '1280x720',
  estimatedCostUsd: 0.8,
  actions: ['cancel'],
};

type Block = {
  type: string;
  text?: { text: string; type: string; verbatim?: boolean };
  elements?: Record<string, unknown>[];
};

describe('the Slack status message', () => {
  it('never sends half an emoji, which the WebClient could not encode', () => {
    // Slack counts code points: the emoji is one character, kept whole or left out whole.
    expect(truncate('ab😀cd', 3)).toBe('ab…');
    expect(truncate('ab😀cd', 4)).toBe('ab😀…');
    expect(truncate('ab😀cd', 5)).toBe('ab😀cd');
    const { text, blocks } = renderCard({ ...card, prompt: 'a \ud83d boat' });
    expect(text).toBe('Rendering: a \ufffd boat');
    expect(() => encodeURIComponent(JSON.stringify(blocks) + text)).not.toThrow();
  });

  it('shows the clip id in its context, where members copy it for /sora remixes', () => {
    const blocks = renderCard(card).blocks as Block[];
    const context = blocks.find((b) => b.type === 'context')!;
    expect(context.elements?.at(-1)).toEqual({ type: 'mrkdwn', text: 'clip `c42`', verbatim: true });
    const odd = renderCard({ ...card, clipId: '<!here>' }).blocks as Block[];
    expect(odd.find((b) => b.type === 'context')!.elements?.at(-1)?.text).toBe('clip `&lt;!here&gt;`');
  });

  it('shows state, progress, ETA, prompt, author and model, with a Cancel button carrying the clip id', () => {
    const { text, blocks } = renderCard(card);
    const all = JSON.stringify(blocks);
    expect(all).toContain('Rendering');
    expect(all).toContain('▰▰▰▰▱▱▱▱▱▱ 40%');
    expect(all).toContain('about 12 s left');
    expect(all).toContain('Asked by ada · Sora 2 · 8 s · 1280x720');
    expect(text).toBe('Rendering: a boat');
    const actions = (blocks as Block[]).find((b) => b.type === 'actions')!;
    expect(actions.elements).toEqual([
      expect.objectContaining({ action_id: ACTION_IDS.cancel, value: 'c42', confirm: expect.any(Object) }),
    ]);
  });

  it('escapes every member-written field and marks text verbatim, so nothing pings or links', () => {
    const hostile = '<!channel> <@U1> <https://evil.test|click> & co';
    const { text, blocks } = renderCard({
      ...card,
      prompt: hostile,
      author: { id: 'U1', name: '<!everyone>' },
      style: '<!here>',
      state: 'failed',
      failure: { code: 'RENDER_FAILED', message: '<@U2> broke it' },
      credit: { clipId: 'c1', authorName: '<@U3>', origin: 'remix' },
      actions: ['reroll', 'delete'],
    });
    const all = `${text}${JSON.stringify(blocks)}`;
    for (const raw of ['<!channel>', '<!everyone>', '<!here>', '<@U1>', '<@U2>', '<@U3>', '<https://']) {
      expect(all).not.toContain(raw);
    }
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&amp; co');
    for (const block of blocks as Block[]) if (block.text) expect(block.text.verbatim).toBe(true);
    expect(renderThreadRoot('<!channel>', hostile).text).not.toContain('<!');
    expect(renderUploadComment({ ...card, prompt: hostile })).not.toContain('<!channel>');
  });

  it('keeps a 4000-character prompt inside Block Kit’s 3000-character section limit', () => {
    const { blocks } = renderCard({ ...card, prompt: 'x'.repeat(4000) });
    for (const block of blocks as Block[])
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('offers Remix, Re-roll, Delete (with a confirmation) and Extend on a posted clip', () => {
    const { blocks } = renderCard({
      ...card,
      state: 'posted',
      progress: 100,
      actions: ['remix', 'reroll', 'delete'],
    });
    const ids = (blocks as Block[]).find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id);
    // Extend is on every posted clip (issue 15); the card model's actions come first.
    expect(ids).toEqual([ACTION_IDS.remix, ACTION_IDS.reroll, ACTION_IDS.delete, EXTEND_ACTION_ID]);
    expect(JSON.stringify(blocks)).toContain('"style":"danger"');
  });
});

describe('the Remix modal', () => {
  it('fits Slack’s limits and carries where the remix goes', () => {
    const target = { parentId: 'c42', teamId: 'T', channelId: 'C', threadTs: '1.2' };
    const view = remixModal({ prompt: 'y'.repeat(3500), target, creditName: 'ada', t: translator('en') });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const input = view.blocks.find((b) => b.type === 'input') as {
      element: { initial_value: string; max_length: number };
    };
    expect(input.element.initial_value.length).toBeLessThanOrEqual(INPUT_MAX);
    expect(input.element.max_length).toBe(INPUT_MAX);
    expect(JSON.stringify(view.blocks)).toContain('the end was cut');
    expect(readRemixTarget(view.private_metadata)).toEqual(target);
    expect(readRemixTarget('not json')).toBeUndefined();
  });
});

describe('message refs', () => {
  it('round-trip messages and files, and name messages the way reactions do', () => {
    expect(readRef(messageRef('C1', '1.5', '1.1'))).toEqual({
      kind: 'message',
      channel: 'C1',
      ts: '1.5',
      openedRootTs: '1.1',
    });
    expect(messageRef('C1', '1.5').key).toBe('slack:C1:1.5');
    expect(readRef(fileRef('C1', 'F9', '2.5'))).toEqual({
      kind: 'file',
      channel: 'C1',
      fileId: 'F9',
      ts: '2.5',
    });
    expect(fileRef('C1', 'F9').key).toBeUndefined();
    expect(readRef({ surface: 'discord', id: 'm|C|1' })).toBeUndefined();
  });
});

describe('the Slack leaderboard', () => {
  const row = {
    rank: 1,
    clipId: 'c1',
    author: { id: 'U1', name: '<!here> ada' },
    votes: 1,
    prompt: 'a <!channel> boat',
    postedAt: 0,
    thumbnail: false,
  };

  it('links a row only to a plain https link, and escapes every member word', () => {
    const safe = renderTop('Top clips of all time:\n…\nTies: the earlier post ranks first.', [
      { ...row, link: 'https://x.slack.com/archives/C1/p1' },
      { ...row, rank: 2, link: 'https://evil.test|<!everyone>' },
    ]);
    const [title, first, second, rule] = safe.blocks as Block[];
    expect(title!.text!.text).toBe('*Top clips of all time*');
    expect(first!.text!.text).toBe(
      '*1.* <https://x.slack.com/archives/C1/p1|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada · 1 vote · clip `c1`',
    );
    expect(second!.text!.text).toBe(
      '*2.* “a &lt;!channel&gt; boat” by &lt;!here&gt; ada · 1 vote · clip `c1`',
    );
    expect(rule).toMatchObject({ type: 'context' });
    expect(JSON.stringify(safe)).not.toMatch(/<[!@#]/);
  });
});

describe('a board (contest results, standings, remix notices) as blocks', () => {
  const entry = (rank: number, patch: Partial<BoardEntry> = {}): BoardEntry => ({
    rank,
    clipId: `c${rank}`,
    author: { id: 'U1', name: '<!here> ada' },
    votes: 4 - rank,
    promptOpening: 'a <!channel> boat',
    link: `https://x.slack.com/archives/C1/p${rank}`,
    thumbnail: true,
    ...patch,
  });
  const board: Board = {
    kind: 'contest-results',
    title: 'Contest “<!everyone>” is over',
    intro: ['4 entries; the top:'],
    entries: [
      entry(1),
      entry(2),
      entry(3, { link: 'https://evil.test|<!everyone>' }),
      entry(4, { votes: 0 }),
    ],
    notes: ['How votes were counted: 6 votes counted.'],
    ranked: true,
  };

  it('mentions only the ids given, links each clip, shows medals and thumbnails, escapes the rest', () => {
    const drawn = renderBoard(board, 'fallback', new Map([['c1', 'F1']]), ['U_ADA']);
    const blocks = drawn.blocks as (Block & { accessory?: { slack_file: { id: string } } })[];
    expect(drawn.text).toBe('fallback');
    expect(blocks.map((b) => b.text?.text ?? b.type)).toEqual([
      '<@U_ADA>',
      '*Contest “&lt;!everyone&gt;” is over*',
      '4 entries; the top:',
      ':first_place_medal: *1.* <https://x.slack.com/archives/C1/p1|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada · 3 votes',
      ':second_place_medal: *2.* <https://x.slack.com/archives/C1/p2|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada · 2 votes',
      // Not a plain https link: shown, never linked.
      ':third_place_medal: *3.* “a &lt;!channel&gt; boat” by &lt;!here&gt; ada · 1 vote',
      // No medal without a vote.
      '*4.* <https://x.slack.com/archives/C1/p4|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada · 0 votes',
      'context',
    ]);
    expect(blocks[3]!.accessory?.slack_file.id).toBe('F1');
    expect(blocks[4]!.accessory).toBeUndefined();
    expect(JSON.stringify(blocks).replace('<@U_ADA>', '')).not.toMatch(/<[!@#]/);
  });

  it('names what a listed clip is where the board is no ranking, and shows no votes it does not have', () => {
    const notice = renderBoard(
      {
        kind: 'remix',
        title: 'bob remixed your clip',
        intro: [],
        entries: [
          entry(1, { label: 'Remix', votes: undefined }),
          entry(2, { label: 'Original', votes: undefined }),
        ],
        notes: [],
        ranked: false,
      },
      'fallback',
    );
    expect((notice.blocks as Block[]).map((b) => b.text?.text)).toEqual([
      '*bob remixed your clip*',
      '*Remix* <https://x.slack.com/archives/C1/p1|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada',
      '*Original* <https://x.slack.com/archives/C1/p2|“a &lt;!channel&gt; boat”> by &lt;!here&gt; ada',
    ]);
  });
});
