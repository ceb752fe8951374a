import { BOARD_ENTRIES_MAX, type Board } from '../board/board.ts';
import { type BoardDeps, boardEntries } from '../board/board-entries.ts';
import type { Locale } from '../i18n/locales.ts';
import { type Translate, translator } from '../i18n/translator.ts';
import { type Contest, type ContestEntry, type ContestResult, RESULTS_SHOWN } from './contest.ts';
import { countingNote, formatWhen, localeOf, startParts, votingSentences } from './contest-text.ts';

/**
 * A contest's announcements and standings as boards (board.ts): the same sentences as the text
 * in contest-text.ts, with each entry as a picture that links to the clip. Entries listed before
 * voting closes are in the order they were entered and show no votes, so nobody canvasses early.
 * A board is drawn in the contest's language (Contest.locale) unless a caller names another, and
 * carries it, so each surface draws its own words (votes, labels) in it too.
 */

const idNote = (t: Translate, contest: Contest) => t('contest.id', { id: contest.id });
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Entries beyond those a board lists, in words (a board shows at most BOARD_ENTRIES_MAX). */
function more(t: Translate, total: number): string[] {
  const over = total - BOARD_ENTRIES_MAX;
  return over > 0 ? [t('contest.more', { count: over })] : [];
}

/** When an admin starts a contest: what it is, how to enter and vote. No entries yet. */
export function startBoard(
  contest: Contest,
  command: string,
  now: number,
  locale: Locale = localeOf(contest),
): Board {
  const { title, lines } = startParts(contest, command, now, locale);
  return {
    kind: 'contest-start',
    locale,
    title,
    intro: lines,
    entries: [],
    notes: [idNote(translator(locale), contest)],
    ranked: false,
  };
}

/** When voting opens: how to vote, and every entry to vote on. */
export async function votingBoard(
  deps: BoardDeps,
  contest: Contest,
  entries: readonly ContestEntry[],
  now: number,
  locale: Locale = localeOf(contest),
): Promise<Board> {
  const t = translator(locale);
  const shown = await boardEntries(deps, entries, { rendering: true });
  return {
    kind: 'contest-voting',
    locale,
    title: t('contest.voting.title', { theme: contest.theme }),
    intro: votingSentences(contest, entries.length, now, locale).map(capital),
    entries: shown,
    notes: more(t, entries.length),
    ranked: false,
  };
}

/** The closing announcement: the top three with their votes, and how votes were counted. */
export async function resultsBoard(
  deps: BoardDeps,
  contest: Contest,
  locale: Locale = localeOf(contest),
): Promise<Board> {
  const t = translator(locale);
  const { ranking, accounting } = contest.result!;
  const title = t('contest.results.title', { theme: contest.theme });
  if (ranking.length === 0) {
    return {
      kind: 'contest-results',
      locale,
      title,
      intro: [t('contest.results.noWinner')],
      entries: [],
      notes: [],
      ranked: true,
    };
  }
  return {
    kind: 'contest-results',
    locale,
    title,
    intro: [t('contest.results.top', { entries: ranking.length })],
    entries: await boardEntries(deps, ranking.slice(0, RESULTS_SHOWN)),
    notes: [countingNote(contest, accounting, locale)],
    ranked: true,
  };
}

/** `contest leaderboard` while submissions are open: the entries so far, without votes. */
export async function entriesBoard(
  deps: BoardDeps,
  contest: Contest,
  entries: readonly ContestEntry[],
  now: number,
  locale: Locale = localeOf(contest),
): Promise<Board> {
  const t = translator(locale);
  const opens = formatWhen(contest.votingOpensAt, now, locale);
  if (entries.length === 0) {
    return {
      kind: 'contest-entries',
      locale,
      title: t('contest.entries.noneTitle', { theme: contest.theme }),
      intro: [t('contest.entries.openUntil', { opens })],
      entries: [],
      notes: [],
      ranked: false,
    };
  }
  return {
    kind: 'contest-entries',
    locale,
    title: t('contest.entries.title', { theme: contest.theme, entries: entries.length }),
    intro: [t('contest.entries.votesLater', { opens })],
    entries: await boardEntries(deps, entries, { rendering: true }),
    notes: more(t, entries.length),
    ranked: false,
  };
}

/** `contest leaderboard` once voting is on: live standings, or the final results. */
export async function standingsBoard(
  deps: BoardDeps,
  contest: Contest,
  result: ContestResult,
  now: number,
  locale: Locale = localeOf(contest),
): Promise<Board> {
  const t = translator(locale);
  const voting = contest.state === 'voting';
  return {
    kind: 'contest-standings',
    locale,
    title: voting
      ? t('contest.standings.votingTitle', { theme: contest.theme })
      : t('contest.standings.finalTitle', { theme: contest.theme }),
    intro: voting
      ? [t('contest.standings.closes', { closes: formatWhen(contest.votingClosesAt, now, locale) })]
      : [],
    entries: await boardEntries(deps, result.ranking),
    notes: result.ranking.length === 0 ? [t('contest.standings.none')] : more(t, result.ranking.length),
    ranked: true,
  };
}

/** `contest status` of a closed contest with a winner: the winner as a picture. */
export async function statusBoard(
  deps: BoardDeps,
  contest: Contest,
  now: number,
  locale: Locale = localeOf(contest),
): Promise<Board | undefined> {
  const winner = contest.result?.ranking[0];
  if (contest.state !== 'closed' || !winner) return undefined;
  const t = translator(locale);
  return {
    kind: 'contest-status',
    locale,
    title: t('contest.status.boardTitle', { theme: contest.theme, name: contest.createdBy.name }),
    intro: [
      t('contest.status.closedWinner', {
        closed: formatWhen(contest.closedAt ?? contest.votingClosesAt, now, locale),
      }),
    ],
    entries: await boardEntries(deps, [winner]),
    notes: [idNote(t, contest)],
    ranked: true,
  };
}
