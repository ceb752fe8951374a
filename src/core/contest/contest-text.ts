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

/** `2 h 30 min`, `3 days`, `45 s`: a window as members read it. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts = [
    d ? `${d} ${d === 1 ? 'day' : 'days'}` : '',
    h ? `${h} h` : '',
    m ? `${m} min` : '',
    sec && !d ? `${sec} s` : '',
  ].filter(Boolean);
  return parts.slice(0, 2).join(' ') || '0 s';
}

/** A moment as `2026-11-25 14:00 UTC` (every surface, every time zone reads the same). */
export function formatTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `in 2 h (2026-11-25 14:00 UTC)`. */
export function formatWhen(at: number, now: number): string {
  // Reads after "until" and "opens": "until 2026-11-25 18:00 UTC (in 2 h)".
  return at > now ? `${formatTime(at)} (in ${formatDuration(at - now)})` : formatTime(at);
}

/** A vote emoji in text: a Slack reaction name is written `:name:` (Slack draws it). */
export function emojiText(emoji: string): string {
  return /^[a-z0-9_+-]+$/.test(emoji) ? `:${emoji}:` : emoji;
}

/** `1 vote`, `2 votes`, `1 entry`, `3 entries`. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The start announcement in parts: who started what, then how to enter and how to vote. */
export function startParts(
  contest: Contest,
  command: string,
  now: number,
): { title: string; lines: string[] } {
  const age = contest.minVoterAgeDays
    ? ` Votes count from members of at least ${plural(contest.minVoterAgeDays, 'day')}.`
    : '';
  return {
    title: `Contest started by ${contest.createdBy.name}: “${contest.theme}”`,
    lines: [
      `Enter with /${command} generate and contest: yes, up to ${plural(contest.entriesPerMember, 'entry', 'entries')} each, until ${formatWhen(contest.votingOpensAt, now)}.`,
      `Then vote with ${emojiText(contest.voteEmoji)} on the entries you like, until ${formatWhen(contest.votingClosesAt, now)}; your own entry and bots do not count.${age}`,
    ],
  };
}

/** The announcement when an admin starts a contest. */
export function startText(contest: Contest, command: string, now: number): string {
  const { title, lines } = startParts(contest, command, now);
  return [`${title} (contest ${contest.id}).`, ...lines].join('\n');
}

/** The voting announcement's sentences after `Contest “theme”: ` (one when nobody entered). */
export function votingSentences(contest: Contest, entries: number, now: number): string[] {
  if (entries === 0) {
    return [
      `submissions are closed and nobody entered. Voting is open anyway until ${formatWhen(contest.votingClosesAt, now)}, but there is nothing to vote on.`,
    ];
  }
  return [
    `submissions are closed with ${plural(entries, 'entry', 'entries')}. Voting is open until ${formatWhen(contest.votingClosesAt, now)}: react with ${emojiText(contest.voteEmoji)} on the entries you like.`,
    'Reactions put on before now do not count; take one off and put it back to vote.',
  ];
}

/** The announcement when voting opens. */
export function votingText(contest: Contest, entries: number, now: number): string {
  return `Contest “${contest.theme}”: ${votingSentences(contest, entries, now).join(' ')}`;
}

/** How votes were counted, in one or two sentences. */
export function accountingText(a: VoteAccounting, minAgeDays?: number): string {
  const skipped = [
    a.self ? plural(a.self, 'self-vote') : '',
    a.bots ? plural(a.bots, 'bot vote') : '',
    a.outsideWindow ? `${a.outsideWindow} outside the voting window` : '',
    a.tooYoung
      ? `${a.tooYoung} from ${a.tooYoung === 1 ? 'an account' : 'accounts'} younger than ${plural(minAgeDays ?? 0, 'day')}`
      : '',
  ].filter(Boolean);
  const parts = [`${plural(a.counted, 'vote')} counted`];
  if (skipped.length > 0) parts.push(`${joinAnd(skipped)} not counted`);
  const reconciled = a.reconciled
    ? [
        `${plural(a.foundAtClose, 'vote')} found on the platform at close`,
        a.retracted ? `${a.retracted} taken back while the bot was away` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : '';
  if (reconciled) parts.push(reconciled);
  let text = `${parts.join('; ')}.`;
  if (a.ageUnknown) {
    text += ` The age of ${plural(a.ageUnknown, 'voter')} could not be checked (no account date, never met before); ${a.ageUnknown === 1 ? 'that vote was' : 'those votes were'} counted.`;
  }
  return text;
}

const PLACES = ['1st', '2nd', '3rd'];

/** One ranked entry as a line: `1st: clip c1 by Ada, 5 votes <link>`. */
export function entryLine(entry: RankedEntry, index: number, link?: string): string {
  const place = PLACES[index] ?? `${index + 1}th`;
  return `${place}: clip ${entry.clipId} by ${entry.author.name}, ${plural(entry.votes, 'vote')}${link ? ` ${link}` : ''}`;
}

/** The closing announcement: winners, how votes were counted, how ties break. */
export function resultText(contest: Contest, lines: string[], totalEntries: number): string {
  const a = contest.result!.accounting;
  if (totalEntries === 0) {
    return `Contest “${contest.theme}” is over: nobody entered, so there is no winner.`;
  }
  return [
    `Contest “${contest.theme}” is over. ${plural(totalEntries, 'entry', 'entries')}; the top:`,
    ...lines,
    countingNote(contest, a),
  ].join('\n');
}

/** The results' last line: how the votes were counted and how ties break. */
export function countingNote(contest: Contest, a: VoteAccounting): string {
  return `How votes were counted: ${accountingText(a, contest.minVoterAgeDays)} Ties go to the earlier entry.`;
}

/** Entries so far, before voting: no votes shown, so nobody canvasses early. */
export function entriesText(contest: Contest, entries: ContestEntry[], now: number): string {
  if (entries.length === 0) {
    return `Contest “${contest.theme}”: no entries yet. Submissions are open until ${formatWhen(contest.votingOpensAt, now)}.`;
  }
  return [
    `Contest “${contest.theme}”: ${plural(entries.length, 'entry', 'entries')} so far; votes count once voting opens ${formatWhen(contest.votingOpensAt, now)}.`,
    ...entries.map((e, i) => `${i + 1}. clip ${e.clipId} by ${e.author.name}`),
  ].join('\n');
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `/sora contest status`: what the contest is doing now, by its state. */
export function statusText(contest: Contest, entries: number, now: number): string {
  const head = `Contest “${contest.theme}” (contest ${contest.id}) by ${contest.createdBy.name}: `;
  switch (contest.state) {
    case 'submissions':
      return `${head}taking entries until ${formatWhen(contest.votingOpensAt, now)}, up to ${contest.entriesPerMember} per member; ${entries} so far. Voting then runs for ${formatDuration(contest.votingClosesAt - contest.votingOpensAt)}.`;
    case 'voting':
      return `${head}voting with ${emojiText(contest.voteEmoji)} until ${formatWhen(contest.votingClosesAt, now)} on ${plural(entries, 'entry', 'entries')}.`;
    case 'closed':
      return `${head}closed ${formatWhen(contest.closedAt ?? contest.votingClosesAt, now)}. ${
        contest.result?.ranking[0]
          ? `Winner: clip ${contest.result.ranking[0].clipId} by ${contest.result.ranking[0].author.name} with ${plural(contest.result.ranking[0].votes, 'vote')}.`
          : 'No winner.'
      }`;
    default:
      return `${head}cancelled by ${contest.cancelledBy?.name ?? 'an admin'}.`;
  }
}

/** `/sora contest leaderboard` once voting is on: live standings, or the final results. */
export function standingsText(contest: Contest, result: ContestResult, now: number): string {
  const lines = result.ranking.map((entry, i) => entryLine(entry, i));
  const title =
    contest.state === 'voting'
      ? `Contest “${contest.theme}”, standings so far (voting closes ${formatWhen(contest.votingClosesAt, now)}; the final count also reads each entry’s reactions):`
      : `Contest “${contest.theme}”, final results:`;
  return [title, ...(lines.length ? lines : ['No entries.'])].join('\n');
}
