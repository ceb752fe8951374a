import { BOARD_ENTRIES_MAX, type Board } from '../board/board.ts';
import { type BoardDeps, boardEntries } from '../board/board-entries.ts';
import { type Contest, type ContestEntry, type ContestResult, RESULTS_SHOWN } from './contest.ts';
import { countingNote, formatWhen, plural, startParts, votingSentences } from './contest-text.ts';

/**
 * A contest's announcements and standings as boards (board.ts): the same sentences as the text
 * in contest-text.ts, with each entry as a picture that links to the clip. Entries listed before
 * voting closes are in the order they were entered and show no votes, so nobody canvasses early.
 */

const idNote = (contest: Contest) => `Contest id: ${contest.id}.`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Entries beyond those a board lists, in words (a board shows at most BOARD_ENTRIES_MAX). */
function more(total: number): string[] {
  const over = total - BOARD_ENTRIES_MAX;
  return over > 0 ? [`…and ${plural(over, 'more entry', 'more entries')} in the channel.`] : [];
}

/** When an admin starts a contest: what it is, how to enter and vote. No entries yet. */
export function startBoard(contest: Contest, command: string, now: number): Board {
  const { title, lines } = startParts(contest, command, now);
  return { kind: 'contest-start', title, intro: lines, entries: [], notes: [idNote(contest)], ranked: false };
}

/** When voting opens: how to vote, and every entry to vote on. */
export async function votingBoard(
  deps: BoardDeps,
  contest: Contest,
  entries: readonly ContestEntry[],
  now: number,
): Promise<Board> {
  const shown = await boardEntries(deps, entries, { rendering: true });
  return {
    kind: 'contest-voting',
    title: `Contest “${contest.theme}”: voting is open`,
    intro: votingSentences(contest, entries.length, now).map(capital),
    entries: shown,
    notes: more(entries.length),
    ranked: false,
  };
}

/** The closing announcement: the top three with their votes, and how votes were counted. */
export async function resultsBoard(deps: BoardDeps, contest: Contest): Promise<Board> {
  const { ranking, accounting } = contest.result!;
  const title = `Contest “${contest.theme}” is over`;
  if (ranking.length === 0) {
    return {
      kind: 'contest-results',
      title,
      intro: ['Nobody entered, so there is no winner.'],
      entries: [],
      notes: [],
      ranked: true,
    };
  }
  return {
    kind: 'contest-results',
    title,
    intro: [`${plural(ranking.length, 'entry', 'entries')}; the top:`],
    entries: await boardEntries(deps, ranking.slice(0, RESULTS_SHOWN)),
    notes: [countingNote(contest, accounting)],
    ranked: true,
  };
}

/** `contest leaderboard` while submissions are open: the entries so far, without votes. */
export async function entriesBoard(
  deps: BoardDeps,
  contest: Contest,
  entries: readonly ContestEntry[],
  now: number,
): Promise<Board> {
  const opens = formatWhen(contest.votingOpensAt, now);
  if (entries.length === 0) {
    return {
      kind: 'contest-entries',
      title: `Contest “${contest.theme}”: no entries yet`,
      intro: [`Submissions are open until ${opens}.`],
      entries: [],
      notes: [],
      ranked: false,
    };
  }
  return {
    kind: 'contest-entries',
    title: `Contest “${contest.theme}”: ${plural(entries.length, 'entry', 'entries')} so far`,
    intro: [`Votes count once voting opens ${opens}.`],
    entries: await boardEntries(deps, entries, { rendering: true }),
    notes: more(entries.length),
    ranked: false,
  };
}

/** `contest leaderboard` once voting is on: live standings, or the final results. */
export async function standingsBoard(
  deps: BoardDeps,
  contest: Contest,
  result: ContestResult,
  now: number,
): Promise<Board> {
  const voting = contest.state === 'voting';
  return {
    kind: 'contest-standings',
    title: voting
      ? `Contest “${contest.theme}”, standings so far`
      : `Contest “${contest.theme}”, final results`,
    intro: voting
      ? [
          `Voting closes ${formatWhen(contest.votingClosesAt, now)}; the final count also reads each entry’s reactions.`,
        ]
      : [],
    entries: await boardEntries(deps, result.ranking),
    notes: result.ranking.length === 0 ? ['No entries.'] : more(result.ranking.length),
    ranked: true,
  };
}

/** `contest status` of a closed contest with a winner: the winner as a picture. */
export async function statusBoard(
  deps: BoardDeps,
  contest: Contest,
  now: number,
): Promise<Board | undefined> {
  const winner = contest.result?.ranking[0];
  if (contest.state !== 'closed' || !winner) return undefined;
  return {
    kind: 'contest-status',
    title: `Contest “${contest.theme}” by ${contest.createdBy.name}`,
    intro: [`Closed ${formatWhen(contest.closedAt ?? contest.votingClosesAt, now)}. The winner:`],
    entries: await boardEntries(deps, [winner]),
    notes: [idNote(contest)],
    ranked: true,
  };
}
