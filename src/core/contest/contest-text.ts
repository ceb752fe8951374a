import { formatDate, formatDuration as formatSeconds } from '../i18n/format.ts';
import { intlLocale, type Locale, PSEUDO_LOCALE, SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Moment } from '../ports/messenger.ts';
import type { Contest, ContestEntry, ContestResult, RankedEntry, VoteAccounting } from './contest.ts';

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};
const UNIT_WORDS: Record<string, string> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
};

/**
 * A duration as members write it: `2h`, `90 m`, `3 days`, `1h30m`. Undefined when it is not one
 * (the command turns that into a sentence with an example).
 */
export function parseDuration(text: string): number | undefined {
  const compact = text.trim().toLowerCase();
  if (!compact || compact.length > 40) return undefined;
  const parts = [...compact.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)\s*/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== compact.replace(/^\s+/, '')) return undefined;
  let total = 0;
  for (const [, amount, word] of parts) {
    const unit = UNIT_WORDS[word!];
    if (!unit) return undefined;
    total += Number(amount) * UNIT_MS[unit]!;
  }
  return Number.isFinite(total) && total > 0 ? Math.round(total) : undefined;
}

/** The language a contest's words are drawn in: the one stamped on it, else English (older records). */
export function localeOf(contest: Pick<Contest, 'locale'>): Locale {
  return contest.locale ?? SOURCE_LOCALE;
}

/** A window's parts as members read them: days, hours and minutes, at most two, no seconds beside days. */
function windowParts(ms: number): { d: number; h: number; m: number; sec: number } {
  const s = Math.round(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = d ? 0 : s % 60;
  const parts = { d, h, m, sec };
  let kept = 0;
  for (const unit of ['d', 'h', 'm', 'sec'] as const) {
    if (parts[unit] && kept++ >= 2) parts[unit] = 0;
  }
  return parts;
}

/**
 * `2 h 30 min`, `3 days`, `45 s`: a window as members read it. Other languages through Intl's
 * duration format (src/core/i18n/format.ts): `2 h y 30 min`, `3 Tg.`, `3日`.
 */
export function formatDuration(ms: number, locale: Locale = SOURCE_LOCALE): string {
  const { d, h, m, sec } = windowParts(ms);
  if (locale !== SOURCE_LOCALE && locale !== PSEUDO_LOCALE) {
    return formatSeconds(locale, d * 86_400 + h * 3600 + m * 60 + sec);
  }
  const parts = [
    d ? `${d} ${d === 1 ? 'day' : 'days'}` : '',
    h ? `${h} h` : '',
    m ? `${m} min` : '',
    sec ? `${sec} s` : '',
  ];
  return parts.filter(Boolean).join(' ') || '0 s';
}

/**
 * A moment as `Nov 25, 2026, 2:00 PM UTC`, `25 nov 2026, 14:00 UTC`: every surface and time zone
 * reads the same. Discord draws it as its own `<t:…>` timestamp in each reader's zone instead
 * (announcements pass `momentsOf` along; a surface escapes the text whole, so the core cannot).
 */
export function formatTime(ms: number, locale: Locale = SOURCE_LOCALE): string {
  return translator(locale)('contest.time', { date: formatDate(locale, ms) });
}

/**
 * The moments a contest's announcements name, as they write them, so a surface that shows each
 * reader their own time (Discord) can draw them its way (SayOptions.moments).
 */
export function momentsOf(contest: Contest, locale: Locale = localeOf(contest)): Moment[] {
  const at = [contest.votingOpensAt, contest.votingClosesAt, ...(contest.closedAt ? [contest.closedAt] : [])];
  return at.map((ms) => ({ at: ms, text: formatTime(ms, locale) }));
}

/** `Nov 25, 2026, 6:00 PM UTC (in 2 h)`; a moment passed is the time alone. */
export function formatWhen(at: number, now: number, locale: Locale = SOURCE_LOCALE): string {
  // Reads after "until" and "opens": "until Nov 25, 2026, 6:00 PM UTC (in 2 h)".
  return at > now
    ? translator(locale)('contest.when', {
        time: formatTime(at, locale),
        duration: formatDuration(at - now, locale),
      })
    : formatTime(at, locale);
}

/** A vote emoji in text: a Slack reaction name is written `:name:` (Slack draws it). */
export function emojiText(emoji: string): string {
  return /^[a-z0-9_+-]+$/.test(emoji) ? `:${emoji}:` : emoji;
}

/** The start announcement in parts: who started what, then how to enter and how to vote. */
export function startParts(
  contest: Contest,
  command: string,
  now: number,
  locale: Locale = localeOf(contest),
): { title: string; lines: string[] } {
  const t = translator(locale);
  const vote = t('contest.start.vote', {
    emoji: emojiText(contest.voteEmoji),
    closes: formatWhen(contest.votingClosesAt, now, locale),
  });
  const age = contest.minVoterAgeDays ? [t('contest.start.voterAge', { days: contest.minVoterAgeDays })] : [];
  return {
    title: t('contest.start.title', { name: contest.createdBy.name, theme: contest.theme }),
    lines: [
      t('contest.start.enter', {
        command,
        entries: contest.entriesPerMember,
        opens: formatWhen(contest.votingOpensAt, now, locale),
      }),
      sentences(locale, [vote, ...age]),
    ],
  };
}

/** Sentences one after another, as the language sets them (Japanese: no space between). */
export function sentences(locale: Locale, items: readonly string[]): string {
  const t = translator(locale);
  return items.reduce((first, next) => t('contest.sentences', { first, next }));
}

/** The announcement when an admin starts a contest. */
export function startText(
  contest: Contest,
  command: string,
  now: number,
  locale: Locale = localeOf(contest),
): string {
  const { title, lines } = startParts(contest, command, now, locale);
  return [translator(locale)('contest.start.heading', { title, id: contest.id }), ...lines].join('\n');
}

/** The voting announcement's sentences after `Contest “theme”: ` (one when nobody entered). */
export function votingSentences(
  contest: Contest,
  entries: number,
  now: number,
  locale: Locale = localeOf(contest),
): string[] {
  const t = translator(locale);
  const closes = formatWhen(contest.votingClosesAt, now, locale);
  if (entries === 0) return [t('contest.voting.nobody', { closes })];
  return [
    t('contest.voting.open', { entries, closes, emoji: emojiText(contest.voteEmoji) }),
    t('contest.voting.early'),
  ];
}

/** The announcement when voting opens. */
export function votingText(
  contest: Contest,
  entries: number,
  now: number,
  locale: Locale = localeOf(contest),
): string {
  return translator(locale)('contest.voting.text', {
    theme: contest.theme,
    sentences: sentences(locale, votingSentences(contest, entries, now, locale)),
  });
}

/** How votes were counted, in one or two sentences. */
export function accountingText(
  a: VoteAccounting,
  minAgeDays?: number,
  locale: Locale = SOURCE_LOCALE,
): string {
  const t = translator(locale);
  const skipped = [
    a.self ? t('contest.count.self', { count: a.self }) : '',
    a.bots ? t('contest.count.bots', { count: a.bots }) : '',
    a.outsideWindow ? t('contest.count.outsideWindow', { count: a.outsideWindow }) : '',
    a.tooYoung ? t('contest.count.tooYoung', { count: a.tooYoung, days: minAgeDays ?? 0 }) : '',
  ].filter(Boolean);
  const parts = [t('contest.count.counted', { count: a.counted })];
  if (skipped.length > 0) parts.push(t('contest.count.notCounted', { list: joinAnd(skipped, locale) }));
  if (a.reconciled) {
    const found = t('contest.count.foundAtClose', { count: a.foundAtClose });
    parts.push(
      a.retracted
        ? t('contest.count.also', {
            before: found,
            next: t('contest.count.retracted', { count: a.retracted }),
          })
        : found,
    );
  }
  const joined = parts.reduce((before, next) => t('contest.count.next', { before, next }));
  const text = t('contest.count.sentence', { parts: joined });
  return a.ageUnknown
    ? sentences(locale, [text, t('contest.count.ageUnknown', { count: a.ageUnknown })])
    : text;
}

/** A place in a ranking: `1st`, `2.º`, `1er`, `1位`. */
export function placeText(index: number, locale: Locale = SOURCE_LOCALE): string {
  return translator(locale)('contest.place', { place: index + 1 });
}

/** One ranked entry as a line: `1st: clip c1 by Ada, 5 votes <link>`. */
export function entryLine(
  entry: RankedEntry,
  index: number,
  link?: string,
  locale: Locale = SOURCE_LOCALE,
): string {
  const line = translator(locale)('contest.entry.ranked', {
    place: placeText(index, locale),
    clipId: entry.clipId,
    name: entry.author.name,
    votes: entry.votes,
  });
  return link ? `${line} ${link}` : line;
}

/** The closing announcement: winners, how votes were counted, how ties break. */
export function resultText(
  contest: Contest,
  lines: string[],
  totalEntries: number,
  locale: Locale = localeOf(contest),
): string {
  const t = translator(locale);
  const a = contest.result!.accounting;
  if (totalEntries === 0) return t('contest.results.nobody', { theme: contest.theme });
  return [
    t('contest.results.heading', {
      theme: contest.theme,
      top: t('contest.results.top', { entries: totalEntries }),
    }),
    ...lines,
    countingNote(contest, a, locale),
  ].join('\n');
}

/** The results' last line: how the votes were counted and how ties break. */
export function countingNote(
  contest: Contest,
  a: VoteAccounting,
  locale: Locale = localeOf(contest),
): string {
  return translator(locale)('contest.results.counting', {
    accounting: accountingText(a, contest.minVoterAgeDays, locale),
  });
}

/** Entries so far, before voting: no votes shown, so nobody canvasses early. */
export function entriesText(
  contest: Contest,
  entries: ContestEntry[],
  now: number,
  locale: Locale = localeOf(contest),
): string {
  const t = translator(locale);
  const opens = formatWhen(contest.votingOpensAt, now, locale);
  if (entries.length === 0) return t('contest.entries.none', { theme: contest.theme, opens });
  return [
    t('contest.entries.heading', {
      title: t('contest.entries.title', { theme: contest.theme, entries: entries.length }),
      opens,
    }),
    ...entries.map((e, i) =>
      t('contest.entry.listed', { number: i + 1, clipId: e.clipId, name: e.author.name }),
    ),
  ].join('\n');
}

/**
 * `a, b and c`: English as it always read (no serial comma); other languages through Intl's
 * list format (`a, b y c`, `a, b und c`, `a、b、c`).
 */
function joinAnd(items: string[], locale: Locale): string {
  if (locale !== SOURCE_LOCALE && locale !== PSEUDO_LOCALE) {
    return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `/sora contest status`: what the contest is doing now, by its state. */
export function statusText(
  contest: Contest,
  entries: number,
  now: number,
  locale: Locale = localeOf(contest),
): string {
  const t = translator(locale);
  const head = { theme: contest.theme, id: contest.id, name: contest.createdBy.name };
  switch (contest.state) {
    case 'submissions':
      return t('contest.status.submissions', {
        ...head,
        opens: formatWhen(contest.votingOpensAt, now, locale),
        perMember: contest.entriesPerMember,
        entries,
        voteFor: formatDuration(contest.votingClosesAt - contest.votingOpensAt, locale),
      });
    case 'voting':
      return t('contest.status.voting', {
        ...head,
        emoji: emojiText(contest.voteEmoji),
        closes: formatWhen(contest.votingClosesAt, now, locale),
        entries,
      });
    case 'closed': {
      const first = contest.result?.ranking[0];
      return t('contest.status.closed', {
        ...head,
        closed: formatWhen(contest.closedAt ?? contest.votingClosesAt, now, locale),
        winner: first
          ? t('contest.status.winner', {
              clipId: first.clipId,
              winner: first.author.name,
              votes: first.votes,
            })
          : t('contest.status.noWinner'),
      });
    }
    default:
      return t('contest.status.cancelled', {
        ...head,
        by: contest.cancelledBy?.name ?? t('contest.status.anAdmin'),
      });
  }
}

/** `/sora contest leaderboard` once voting is on: live standings, or the final results. */
export function standingsText(
  contest: Contest,
  result: ContestResult,
  now: number,
  locale: Locale = localeOf(contest),
): string {
  const t = translator(locale);
  const lines = result.ranking.map((entry, i) => entryLine(entry, i, undefined, locale));
  const title =
    contest.state === 'voting'
      ? t('contest.standings.voting', {
          theme: contest.theme,
          closes: formatWhen(contest.votingClosesAt, now, locale),
        })
      : t('contest.standings.final', { theme: contest.theme });
  return [title, ...(lines.length ? lines : [t('contest.standings.none')])].join('\n');
}
