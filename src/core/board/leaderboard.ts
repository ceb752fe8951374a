import { fitText } from '../card/text-cut.ts';
import type { Clip, Member } from '../clip/clip.ts';
import type { Contest, RankedEntry } from '../contest/contest.ts';
import { type Locale, SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import { type Board, promptOpening } from './board.ts';

export type TopPeriod = 'day' | 'week' | 'all' | 'hall';
export const TOP_PERIODS: readonly TopPeriod[] = ['day', 'week', 'all', 'hall'];

/** One clip on a leaderboard: what every surface can draw (text always; rows where it can). */
export interface TopRow {
  rank: number;
  clipId: string;
  author: Member;
  votes: number;
  prompt: string;
  postedAt: number;
  /** A permanent link to the posted clip, where the surface can make one. */
  link?: string;
  /** True when a thumbnail is stored for the clip (`ThumbnailRepository`, served per surface). */
  thumbnail: boolean;
  /** Hall of fame: the contest the clip won. */
  contest?: { id: string; theme: string };
}

/** Clips shown on a leaderboard. */
export const TOP_SHOWN = 10;
/**
 * Newest posted clips read for one board. Ranking needs each clip's vote count, so the board
 * reads at most this many (a workspace posting more than this in the period sees its newest).
 */
export const TOP_SCAN = 2000;
/** Newest contests of a workspace read for the hall of fame. */
const HALL_SCAN = 200;

export interface LeaderboardDeps {
  store: Store;
  messengers: MessengerRegistry;
  clock: Clock;
}

const WINDOW_MS: Record<'day' | 'week', number> = { day: 86_400_000, week: 7 * 86_400_000 };

/**
 * `/sora top`: a workspace's posted, non-deleted clips by votes over the last day, week or all
 * time, ties broken by the earlier post and then the clip id; or the hall of fame of contest winners.
 */
export class Leaderboard {
  readonly #deps: LeaderboardDeps;

  constructor(deps: LeaderboardDeps) {
    this.#deps = deps;
  }

  /** The board (the command's rate gate applies: a board reads many clips). */
  async top(place: Place, period: TopPeriod): Promise<TopRow[]> {
    if (period === 'hall') return this.#hall(place);
    const { store, clock } = this.#deps;
    const from = period === 'all' ? 0 : clock.now() - WINDOW_MS[period];
    const ids = await store.posted.since(scopeOf(place), from, TOP_SCAN);
    // Read together: against Redis the round trips overlap instead of adding up.
    const read = await Promise.all(
      ids.map(async (id) => ({ clip: await store.clips.get(id), votes: await store.votes.count(id) })),
    );
    const scored = read.filter(
      (r): r is { clip: Clip; votes: number } => !!r.clip && !r.clip.deletedAt && r.clip.state === 'posted',
    );
    scored.sort(
      (a, b) =>
        b.votes - a.votes ||
        (a.clip.postedAt ?? 0) - (b.clip.postedAt ?? 0) ||
        (a.clip.id < b.clip.id ? -1 : a.clip.id > b.clip.id ? 1 : 0),
    );
    const rows: TopRow[] = [];
    for (const { clip, votes } of scored.slice(0, TOP_SHOWN))
      rows.push(await this.#row(clip, votes, rows.length + 1));
    return rows;
  }

  /** Contest winners of a workspace, newest first: closed contests whose first entry had votes. */
  async hallOfFame(
    place: Pick<Place, 'surface' | 'workspaceId'>,
    limit = 10,
  ): Promise<{ contest: Contest; winner: RankedEntry }[]> {
    const contests = await this.#deps.store.contests.list(scopeOf(place), HALL_SCAN);
    return contests
      .filter((c) => c.state === 'closed' && c.result?.ranking[0] && c.result.ranking[0].votes > 0)
      .slice(0, limit)
      .map((c) => ({ contest: c, winner: c.result!.ranking[0]! }));
  }

  async #hall(place: Place): Promise<TopRow[]> {
    const { store } = this.#deps;
    const rows: TopRow[] = [];
    for (const { contest, winner } of await this.hallOfFame(place, TOP_SHOWN * 2)) {
      const clip = await store.clips.get(winner.clipId);
      if (!clip || clip.deletedAt) continue;
      const row = await this.#row(clip, winner.votes, rows.length + 1);
      rows.push({ ...row, contest: { id: contest.id, theme: contest.theme } });
      if (rows.length === TOP_SHOWN) break;
    }
    return rows;
  }

  async #row(clip: Clip, votes: number, rank: number): Promise<TopRow> {
    const messenger = this.#deps.messengers.get(clip.place.surface);
    const link = clip.delivery && messenger?.link ? await messenger.link(clip.delivery) : undefined;
    return {
      rank,
      clipId: clip.id,
      author: clip.author,
      votes,
      prompt: clip.prompt,
      postedAt: clip.postedAt ?? clip.updatedAt,
      ...(link ? { link } : {}),
      thumbnail: await this.#deps.store.thumbnails.has(clip.id),
    };
  }
}

const PROMPT_CHARS = 60;

/**
 * The board as a board (board.ts), for surfaces that draw pictures; undefined when empty. In
 * `locale`, the channel's (the command's `channelLocale`); English when none is given.
 */
export function topBoard(
  period: TopPeriod,
  rows: readonly TopRow[],
  locale: Locale = SOURCE_LOCALE,
): Board | undefined {
  if (rows.length === 0) return undefined;
  const t = translator(locale);
  return {
    kind: period === 'hall' ? 'hall' : 'top',
    locale,
    title: t('board.top.title', { period }),
    intro: [],
    entries: rows.map((r) => ({
      rank: r.rank,
      clipId: r.clipId,
      author: { id: r.author.id, name: r.author.name },
      votes: r.votes,
      promptOpening: promptOpening(r.prompt),
      ...(r.link ? { link: r.link } : {}),
      thumbnail: r.thumbnail,
      ...(r.contest ? { contest: r.contest } : {}),
    })),
    notes: period === 'hall' ? [] : [t('board.top.tieRule')],
    // The hall is newest win first: every entry there already won.
    ranked: period !== 'hall',
  };
}

/** The board as plain text, for every surface (rows are drawn richer where a surface can). */
export function topText(period: TopPeriod, rows: TopRow[], locale: Locale = SOURCE_LOCALE): string {
  const t = translator(locale);
  const title = t('board.top.title', { period });
  if (rows.length === 0) {
    return period === 'hall' ? t('board.top.hallEmpty') : t('board.top.empty', { title });
  }
  const lines = rows.map((r) => {
    const values = {
      rank: r.rank,
      prompt: fitText(r.prompt.replace(/\s+/g, ' '), PROMPT_CHARS),
      name: r.author.name,
      votes: r.votes,
      clipId: r.clipId,
    };
    const line = r.contest
      ? t('board.top.rowWon', { ...values, theme: r.contest.theme })
      : t('board.top.row', values);
    return r.link ? `${line} ${r.link}` : line;
  });
  const rule = period === 'hall' ? '' : `\n${t('board.top.tieRule')}`;
  return `${t('board.top.heading', { title })}\n${lines.join('\n')}${rule}`;
}
