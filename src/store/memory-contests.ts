import type { Contest, ContestEntry, ContestState, ContestVote } from '../core/contest/contest.ts';
import { OPEN_CONTEST_STATES } from '../core/contest/contest.ts';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import type {
  ContestPatch,
  ContestRepository,
  FirstSeenRepository,
  PostedIndex,
  ThumbnailRepository,
} from '../core/ports/store.ts';
import { scopeOf } from '../core/workspace/settings.ts';
import { Mutex } from './mutex.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** Contests in memory; check-then-write sections run under one mutex, as Redis runs Lua. */
export function createMemoryContests(): ContestRepository {
  const contests = new Map<string, Contest>();
  const channelOf = new Map<string, string>();
  const open = new Map<string, string>();
  const entries = new Map<string, ContestEntry[]>();
  const votes = new Map<string, Map<string, ContestVote>>();
  const mutex = new Mutex();
  const votesOf = (contestId: string, clipId: string) => {
    const k = `${contestId}:${clipId}`;
    const map = votes.get(k) ?? new Map<string, ContestVote>();
    votes.set(k, map);
    return map;
  };

  return {
    create: (contest, channelKey) =>
      mutex.run(() => {
        if (contests.has(contest.id) || open.has(channelKey)) {
          throw new ReelbotError(ErrorCode.Conflict, 'This channel already has a contest running.');
        }
        contests.set(contest.id, copy(contest));
        channelOf.set(contest.id, channelKey);
        open.set(channelKey, contest.id);
      }),
    async get(id) {
      const contest = contests.get(id);
      return contest && copy(contest);
    },
    async openIn(channelKey) {
      return open.get(channelKey);
    },
    async list(scope, limit) {
      return [...contests.values()]
        .filter((c) => scopeOf(c.place) === scope)
        .sort((a, b) => b.createdAt - a.createdAt)
        .slice(0, limit)
        .map(copy);
    },
    update: (id: string, patch: ContestPatch, from?: readonly ContestState[]) =>
      mutex.run(() => {
        const contest = contests.get(id);
        if (!contest) throw new ReelbotError(ErrorCode.NotFound, 'That contest does not exist.');
        if (from && !from.includes(contest.state)) {
          throw new ReelbotError(ErrorCode.Conflict, `That contest is already ${contest.state}.`, {
            message: `contest ${id} is ${contest.state}, expected ${from.join('|')}`,
          });
        }
        const next = { ...contest } as Record<string, unknown>;
        for (const [key, value] of Object.entries(copy(patch))) {
          if (value === undefined) delete next[key];
          else next[key] = value;
        }
        const updated = next as unknown as Contest;
        contests.set(id, updated);
        const channel = channelOf.get(id);
        if (!OPEN_CONTEST_STATES.includes(updated.state) && channel && open.get(channel) === id) {
          open.delete(channel);
        }
        return copy(updated);
      }),
    enter: (contestId, entry, limit) =>
      mutex.run(() => {
        const list = entries.get(contestId) ?? [];
        if (list.some((e) => e.clipId === entry.clipId)) return 'ok' as const;
        const contest = contests.get(contestId);
        if (contest?.state !== 'submissions' || entry.enteredAt >= contest.votingOpensAt) {
          return 'closed' as const;
        }
        if (list.filter((e) => e.author.id === entry.author.id).length >= limit) return 'full' as const;
        entries.set(contestId, [...list, copy(entry)]);
        return 'ok' as const;
      }),
    withdraw: (contestId, clipId) =>
      mutex.run(() => {
        const list = entries.get(contestId) ?? [];
        const kept = list.filter((e) => e.clipId !== clipId);
        entries.set(contestId, kept);
        return kept.length !== list.length;
      }),
    async entries(contestId) {
      return [...(entries.get(contestId) ?? [])]
        .sort((a, b) => a.enteredAt - b.enteredAt || (a.clipId < b.clipId ? -1 : 1))
        .map(copy);
    },
    async recordVote(contestId, clipId, vote) {
      const map = votesOf(contestId, clipId);
      if (map.has(vote.voter.id)) return false;
      map.set(vote.voter.id, copy(vote));
      return true;
    },
    async retractVote(contestId, clipId, voterId) {
      return votesOf(contestId, clipId).delete(voterId);
    },
    async votes(contestId, clipId) {
      return [...votesOf(contestId, clipId).values()]
        .sort((a, b) => (a.voter.id < b.voter.id ? -1 : a.voter.id > b.voter.id ? 1 : 0))
        .map(copy);
    },
  };
}

/** Posted clips per workspace, in memory. */
export function createMemoryPosted(): PostedIndex {
  const byScope = new Map<string, Map<string, number>>();
  return {
    async add(scope, clipId, postedAt) {
      const map = byScope.get(scope) ?? new Map<string, number>();
      map.set(clipId, postedAt);
      byScope.set(scope, map);
    },
    async since(scope, from, limit) {
      return [...(byScope.get(scope) ?? new Map<string, number>()).entries()]
        .filter(([, at]) => at >= from)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
        .slice(-limit)
        .map(([id]) => id);
    },
  };
}

/**
 * Thumbnails kept in memory: the newest 2,000 (about 30 MB at ~15 KB each); the in-memory store
 * serves one small community, whose boards show recent clips.
 */
export const MEMORY_THUMBNAILS = 2000;

/** Thumbnails in memory, oldest dropped past the cap. */
export function createMemoryThumbnails(cap = MEMORY_THUMBNAILS): ThumbnailRepository {
  const thumbs = new Map<string, Uint8Array>();
  return {
    async get(clipId) {
      const bytes = thumbs.get(clipId);
      return bytes && new Uint8Array(bytes);
    },
    async has(clipId) {
      return thumbs.has(clipId);
    },
    async put(clipId, jpeg) {
      thumbs.delete(clipId);
      thumbs.set(clipId, new Uint8Array(jpeg));
      for (const oldest of thumbs.keys()) {
        if (thumbs.size <= cap) break;
        thumbs.delete(oldest);
      }
    },
  };
}

/** First meetings in memory. */
export function createMemoryFirstSeen(): FirstSeenRepository {
  const seen = new Map<string, number>();
  return {
    async get(scope, memberIds) {
      const found = new Map<string, number>();
      for (const id of memberIds) {
        const at = seen.get(`${scope}\n${id}`);
        if (at !== undefined) found.set(id, at);
      }
      return found;
    },
    async note(scope, memberId, at) {
      const k = `${scope}\n${memberId}`;
      const earlier = seen.get(k);
      if (earlier === undefined || at < earlier) seen.set(k, at);
    },
  };
}
