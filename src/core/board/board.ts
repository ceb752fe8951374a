import type { Member } from '../clip/clip.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Community results as structured data, for surfaces that draw pictures: leaderboards, contest
 * announcements and standings, remix notices. The same message always has a plain text too
 * (the fallback every surface can show); a board says the same with each clip as an entry that
 * a surface draws its way: the studio as cards, Discord as embeds, Slack as blocks.
 */
export type BoardKind =
  | 'top'
  | 'hall'
  | 'contest-start'
  | 'contest-voting'
  | 'contest-entries'
  | 'contest-standings'
  | 'contest-results'
  | 'contest-status'
  | 'remix';

/** One clip on a board. Text is raw: each renderer escapes it for its surface. */
export interface BoardEntry {
  /** 1-based place on the board (its rank where the board is ranked). */
  rank: number;
  clipId: string;
  author: Member;
  /** Votes counted; absent where votes are not shown (a contest still taking entries). */
  votes?: number;
  /** The prompt's opening: whitespace folded, cut at PROMPT_OPENING_CHARS with an ellipsis. */
  promptOpening: string;
  /** A permanent link to the posted clip, where the surface can make one. */
  link?: string;
  /** True when a thumbnail is stored for the clip (each surface serves or uploads it its way). */
  thumbnail: boolean;
  /** Hall of fame: the contest the clip won. */
  contest?: { id: string; theme: string };
  /** What the entry is on a board that is not a ranking (a remix notice: `Original`, `Remix`). */
  label?: string;
}

export interface Board {
  kind: BoardKind;
  /**
   * The language its words are in, so a surface draws its own (votes, labels) in the same one:
   * a contest's (Contest.locale), a clip's (Clip.locale), the channel's. Absent: English.
   */
  locale?: Locale;
  /** One line naming what this is, e.g. `Contest “tiny robots” is over`. */
  title: string;
  /** Sentences before the entries (windows, how to enter or vote). */
  intro: string[];
  entries: BoardEntry[];
  /** Sentences after the entries (how votes were counted, how ties break). */
  notes: string[];
  /** True when entries are in order of votes, so the top three get medals. */
  ranked: boolean;
}

/**
 * Prompt characters a board shows per entry: two lines of a card, and well inside Discord's
 * embed description (4096) and Slack's section text (3000) limits.
 */
export const PROMPT_OPENING_CHARS = 140;

/**
 * Entries a board lists: Discord allows at most 10 embeds per message (API docs, Create Message:
 * embeds "Up to 10"), and a longer list would be a scroll, not a picture.
 */
export const BOARD_ENTRIES_MAX = 10;

/** The first `max` characters of a prompt on one line, with an ellipsis when cut. */
export function promptOpening(prompt: string, max = PROMPT_OPENING_CHARS): string {
  const folded = prompt.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  // Never end inside a surrogate pair (an emoji cut in half shows as a box).
  let cut = max - 1;
  const code = folded.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${folded.slice(0, cut).trimEnd()}…`;
}

/**
 * The medal an entry wins on its board: 1, 2 or 3 for the top three of a ranking, where they
 * have votes (a clip nobody voted for wins nothing); undefined otherwise.
 */
export function medalOf(
  board: Pick<Board, 'ranked'>,
  entry: Pick<BoardEntry, 'rank' | 'votes'>,
): 1 | 2 | 3 | undefined {
  if (!board.ranked || entry.rank > 3 || (entry.votes ?? 0) <= 0) return undefined;
  return entry.rank as 1 | 2 | 3;
}
