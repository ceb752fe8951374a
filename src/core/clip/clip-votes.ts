import type { ContestService } from '../contest/contest-service.ts';
import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { Member } from './clip.ts';

export interface VoteResult {
  /** False when the vote does not count (bot, own clip) or changed nothing. */
  counted: boolean;
  votes: number;
}

export interface VoteDeps {
  store: Store;
  clock: Clock;
  contests?: ContestService;
}

/**
 * Count a member's vote. Bots and the clip's own author never count; voting twice changes
 * nothing; a vote on a deleted or unfinished clip is ignored.
 */
export async function castVote(deps: VoteDeps, clipId: string, voter: Member): Promise<VoteResult> {
  const { store } = deps;
  const clip = await store.clips.get(clipId);
  if (clip && !voter.bot) await store.firstSeen.note(scopeOf(clip.place), voter.id, deps.clock.now());
  // A contest keeps every vote on an entry with its time (bots and self-votes too), so its
  // results can say which votes did not count and why.
  if (clip?.contestId && clip.state === 'posted' && !clip.deletedAt) {
    await deps.contests?.noteVote(clip, voter, true);
  }
  if (!clip || clip.deletedAt || clip.state !== 'posted' || voter.bot || voter.id === clip.author.id) {
    return { counted: false, votes: clip ? await store.votes.count(clipId) : 0 };
  }
  const counted = await store.votes.cast(clipId, voter.id);
  return { counted, votes: await store.votes.count(clipId) };
}

/** Take a vote back (the reaction was removed). */
export async function retractVote(deps: VoteDeps, clipId: string, voter: Member): Promise<VoteResult> {
  const clip = await deps.store.clips.get(clipId);
  if (clip?.contestId) await deps.contests?.noteVote(clip, voter, false);
  const counted = await deps.store.votes.retract(clipId, voter.id);
  return { counted, votes: await deps.store.votes.count(clipId) };
}
