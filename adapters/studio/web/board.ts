import { el } from './dom.ts';
import type { BoardEntryView, BoardView } from './types.ts';

const MEDALS = { 1: 'Gold medal, 1st place', 2: 'Silver medal, 2nd place', 3: 'Bronze medal, 3rd place' };

/**
 * Community results as a card: the title and its sentences around the clips, each clip a row
 * with its frame, the opening of its prompt, its author and votes (a medal for the top three),
 * the whole row a link that takes the member to the clip in the channel and plays it. The clip
 * id is only in the link's target, never in the words.
 */
export function drawBoard(board: BoardView, open: (clipId: string) => void): HTMLElement {
  return el(
    'section',
    { class: `board board-${board.kind}`, 'aria-label': board.title },
    board.notify.length > 0 && el('p', { class: 'board-notify' }, board.notify.map((n) => `@${n}`).join(' ')),
    el('h4', { class: 'board-title' }, board.title),
    ...board.intro.map((line) => el('p', { class: 'board-line' }, line)),
    board.entries.length > 0 &&
      el('ol', { class: 'board-entries' }, ...board.entries.map((entry) => drawEntry(entry, open))),
    ...board.notes.map((line) => el('p', { class: 'board-note' }, line)),
  );
}

function drawEntry(entry: BoardEntryView, open: (clipId: string) => void): HTMLLIElement {
  const votes =
    entry.votes === undefined ? undefined : `${entry.votes} ${entry.votes === 1 ? 'vote' : 'votes'}`;
  const meta = [
    `by ${entry.authorName}`,
    votes,
    entry.contestTheme !== undefined ? `won “${entry.contestTheme}”` : undefined,
  ].filter(Boolean);
  // A labelled entry (a remix notice's `Original`) is no place in a ranking: no rank column.
  const rank = entry.medal
    ? el(
        'span',
        { class: `medal medal-${entry.medal}`, role: 'img', 'aria-label': MEDALS[entry.medal] },
        String(entry.medal),
      )
    : entry.label === undefined && el('span', { class: 'entry-rank' }, `${entry.rank}.`);
  const link = el(
    'a',
    {
      class: entry.label === undefined ? 'entry' : 'entry labelled',
      href: `#clip-${entry.clipId}`,
      'data-clip': entry.clipId,
      title: 'Play this clip',
    },
    el(
      'span',
      { class: 'entry-picture' },
      entry.thumbnailUrl
        ? el('img', { src: entry.thumbnailUrl, alt: '', width: '128', height: '72' })
        : el('span', { class: 'entry-no-picture' }),
    ),
    rank,
    el(
      'span',
      { class: 'entry-text' },
      entry.label !== undefined && el('span', { class: 'entry-label' }, entry.label),
      el('span', { class: 'entry-prompt' }, `“${entry.promptOpening}”`),
      el('span', { class: 'entry-meta' }, meta.join(' · ')),
    ),
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(entry.clipId);
  });
  return el('li', {}, link);
}
