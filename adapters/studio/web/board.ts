import { el } from './dom.ts';
import { t } from './i18n.ts';
import type { BoardEntryView, BoardView } from './types.ts';

const MEDALS = { 1: 'studio.web.medal.1', 2: 'studio.web.medal.2', 3: 'studio.web.medal.3' } as const;

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
  const votes = entry.votes === undefined ? undefined : t('studio.web.votes', { count: entry.votes });
  const meta = [
    t('studio.web.board.by', { name: entry.authorName }),
    votes,
    entry.contestTheme !== undefined ? t('studio.web.board.won', { theme: entry.contestTheme }) : undefined,
  ].filter(Boolean);
  // A labelled entry (a remix notice's `Original`) is no place in a ranking: no rank column.
  const rank = entry.medal
    ? el(
        'span',
        { class: `medal medal-${entry.medal}`, role: 'img', 'aria-label': t(MEDALS[entry.medal]) },
        String(entry.medal),
      )
    : entry.label === undefined && el('span', { class: 'entry-rank' }, `${entry.rank}.`);
  const link = el(
    'a',
    {
      class: entry.label === undefined ? 'entry' : 'entry labelled',
      href: `#clip-${entry.clipId}`,
      'data-clip': entry.clipId,
      title: t('studio.web.board.play'),
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
