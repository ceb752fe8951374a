import type { Member } from '../clip/clip.ts';
import {
  type Contest,
  type ContestEntry,
  type ContestResult,
  type ContestVote,
  emptyAccounting,
  type RankedEntry,
  rankEntries,
  type VoteAccounting,
} from './contest.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the count needs to know about one entry at close. */
export interface EntryBallots {
  entry: ContestEntry;
  /** The votes the bot recorded (heard as reactions, or snapshotted when voting opened). */
  recorded: ContestVote[];
  /** The platform's own list at close; undefined where the surface keeps none (studio). */
  platform?: Member[];
}

/**
 * Count a contest's votes by its rules, reconciling the bot's record with each platform's list:
 * - a vote on the platform the bot never heard (cast while it was stopped) is counted if eligible;
 * - a vote the bot heard that the platform no longer shows (taken back while it was stopped) is dropped;
 * - a reaction already on an entry when voting opened (snapshot), or heard before voting opened or
 *   after it closed, is outside the voting window and does not count;
 * - bots never count, nor an entrant's vote for their own entry;
 * - with a minimum voter age, the voter's account or membership date decides (`Member.since`),
 *   else when the bot first met them (`firstSeen`); with neither, the vote counts and the results
 *   say that age could not be checked.
 */
export function tallyContest(
  contest: Pick<Contest, 'votingOpensAt' | 'votingClosesAt' | 'minVoterAgeDays'>,
  ballots: EntryBallots[],
  firstSeen: ReadonlyMap<string, number>,
  closedAt: number,
): ContestResult {
  const accounting = emptyAccounting(ballots.length > 0 && ballots.every((b) => b.platform !== undefined));
  const minAgeMs = contest.minVoterAgeDays ? contest.minVoterAgeDays * DAY_MS : 0;
  const ranked: RankedEntry[] = [];

  for (const { entry, recorded, platform } of ballots) {
    let votes = 0;
    for (const vote of reconcile(recorded, platform, closedAt, accounting)) {
      const verdict = judge(vote, entry, contest, minAgeMs, firstSeen);
      if (verdict === 'ageUnknown') accounting.ageUnknown++;
      if (verdict === 'counted' || verdict === 'ageUnknown') votes++;
      else accounting[verdict]++;
    }
    accounting.counted += votes;
    ranked.push({
      clipId: entry.clipId,
      author: entry.author,
      enteredAt: entry.enteredAt,
      votes,
    });
  }
  return { ranking: rankEntries(ranked), accounting };
}

type Verdict = 'counted' | 'ageUnknown' | 'bots' | 'self' | 'outsideWindow' | 'tooYoung';

/** Whether one vote counts, and if not, why (the order is the order the results list them). */
function judge(
  vote: ContestVote,
  entry: ContestEntry,
  contest: Pick<Contest, 'votingOpensAt' | 'votingClosesAt'>,
  minAgeMs: number,
  firstSeen: ReadonlyMap<string, number>,
): Verdict {
  if (vote.voter.bot) return 'bots';
  if (vote.voter.id === entry.author.id) return 'self';
  // Found at close: when it was cast is unknown, but it was not there when voting opened (the
  // snapshot would hold it), so it was cast in the window or while the bot was away then.
  const inWindow =
    vote.source === 'platform' ||
    (vote.source !== 'early' && vote.at >= contest.votingOpensAt && vote.at <= contest.votingClosesAt);
  if (!inWindow) return 'outsideWindow';
  if (minAgeMs === 0) return 'counted';
  const since = vote.voter.since ?? firstSeen.get(vote.voter.id);
  if (since === undefined) return 'ageUnknown';
  return vote.at - since < minAgeMs ? 'tooYoung' : 'counted';
}

/** The bot's record of one entry's votes, put right by the platform's own list. */
function reconcile(
  recorded: ContestVote[],
  platform: Member[] | undefined,
  closedAt: number,
  accounting: VoteAccounting,
): ContestVote[] {
  if (!platform) return recorded;
  const onPlatform = new Map(platform.map((m) => [m.id, m]));
  const heard = new Set(recorded.map((v) => v.voter.id));
  const kept: ContestVote[] = [];
  for (const vote of recorded) {
    const member = onPlatform.get(vote.voter.id);
    if (!member) {
      // Early reactions taken off before close were never going to count; not worth a mention.
      if (vote.source !== 'early') accounting.retracted++;
      continue;
    }
    // The platform knows best whether an account is a bot, and its age where it tells.
    kept.push({ ...vote, voter: { ...vote.voter, ...flags(member) } });
  }
  for (const member of platform) {
    if (heard.has(member.id)) continue;
    accounting.foundAtClose++;
    kept.push({ voter: member, at: closedAt, source: 'platform' });
  }
  return kept;
}

/** What the platform says about a member that matters to counting: bot, account age. */
export function flags(member: Member): Partial<Member> {
  return {
    ...(member.bot ? { bot: true } : {}),
    ...(member.since !== undefined ? { since: member.since } : {}),
  };
}
