import type { Clip, ClipState } from '../core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { ClipPatch, Store } from '../core/ports/store.ts';
import { createMemoryCast } from './memory-cast.ts';
import {
  createMemoryContests,
  createMemoryFirstSeen,
  createMemoryPosted,
  createMemoryThumbnails,
} from './memory-contests.ts';
import { createMemoryKeySlots } from './memory-key-slots.ts';
import { createMemoryKeyValue } from './memory-key-value.ts';
import { createMemoryKeys } from './memory-keys.ts';
import { createMemoryLedger } from './memory-ledger.ts';
import { createMemoryMembers } from './memory-members.ts';
import { createMemoryRateLimits } from './memory-rate-limits.ts';
import { createMemorySettings } from './memory-settings.ts';
import { createMemoryStories } from './memory-stories.ts';
import { RankedLine } from './ranked-line.ts';

/**
 * The in-memory twin of the Redis store, for zero-config runs and unit tests. It passes the same
 * contract suite; state is lost when the process exits (start-up logs that).
 */
export function createMemoryStore(): Store {
  const clips = new Map<string, Clip>();
  /** Insertion-ordered ids of clips still queued. */
  const waiting = new Set<string>();
  /** Per provider: clips submitted there and not yet seen rendering, by submission time. */
  const atProvider = new Map<string, RankedLine>();
  const lineOf = (provider: string) => {
    const line = atProvider.get(provider) ?? new RankedLine();
    atProvider.set(provider, line);
    return line;
  };
  /** Keep the provider lines in step with a clip's change, as the Redis script does. */
  const followProviderLine = (before: Clip | undefined, after: Clip) => {
    const was = before?.state === 'submitted' ? before.provider : undefined;
    const is = after.state === 'submitted' ? after.provider : undefined;
    if (was !== undefined && was !== is) {
      atProvider.get(was)?.remove(after.id);
      if (atProvider.get(was)?.size === 0) atProvider.delete(was);
    }
    if (is !== undefined && was !== is) lineOf(is).add(after.id, after.submittedAt ?? after.updatedAt);
  };
  /** Parent id -> child ids, in creation order (remix lineage). */
  const children = new Map<string, string[]>();
  const votes = new Map<string, Set<string>>();
  const messages = new Map<string, string>();
  const copy = <T>(value: T): T => structuredClone(value);

  const votersOf = (clipId: string) => {
    const set = votes.get(clipId) ?? new Set<string>();
    votes.set(clipId, set);
    return set;
  };

  return {
    cast: createMemoryCast(),
    contests: createMemoryContests(),
    firstSeen: createMemoryFirstSeen(),
    posted: createMemoryPosted(),
    thumbnails: createMemoryThumbnails(),
    keys: createMemoryKeys(),
    keySlots: createMemoryKeySlots((id) => {
      const state = clips.get(id)?.state;
      return state === 'queued' || state === 'submitted' || state === 'rendering';
    }),
    ledger: createMemoryLedger(),
    members: createMemoryMembers(),
    rateLimits: createMemoryRateLimits(),
    settings: createMemorySettings(),
    stories: createMemoryStories(),
    clips: {
      async create(clip) {
        if (clips.has(clip.id)) throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.exists'));
        clips.set(clip.id, copy(clip));
        if (clip.parentId) children.set(clip.parentId, [...(children.get(clip.parentId) ?? []), clip.id]);
        if (clip.state === 'queued') waiting.add(clip.id);
        followProviderLine(undefined, clip);
      },
      async get(id) {
        const clip = clips.get(id);
        return clip && copy(clip);
      },
      async update(id: string, patch: ClipPatch, from?: readonly ClipState[]) {
        const clip = clips.get(id);
        if (!clip) throw new ReelbotError(ErrorCode.NotFound, msg('error.clip.gone'));
        if (from && !from.includes(clip.state)) {
          throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.movedOn'), {
            message: `clip ${id} is ${clip.state}, expected ${from.join('|')}`,
          });
        }
        const next = { ...clip } as Record<string, unknown>;
        for (const [key, value] of Object.entries(copy(patch))) {
          if (value === undefined) delete next[key];
          else next[key] = value;
        }
        clips.set(id, next as unknown as Clip);
        if (next.state !== 'queued') waiting.delete(id);
        followProviderLine(clip, next as unknown as Clip);
        return copy(next as unknown as Clip);
      },
      async children(id) {
        const createdAt = (childId: string) => clips.get(childId)?.createdAt ?? 0;
        return [...(children.get(id) ?? [])].sort((a, b) => createdAt(a) - createdAt(b));
      },
      async waitingPosition(id) {
        const clip = clips.get(id);
        if (!clip || !waiting.has(id)) return undefined;
        // The queue's order: lower priority lanes first (none before any), then oldest first.
        const lane = clip.priority ?? 0;
        let position = 1;
        let earlier = true;
        for (const other of waiting) {
          if (other === id) {
            earlier = false;
            continue;
          }
          const otherLane = clips.get(other)?.priority ?? 0;
          if (otherLane < lane || (earlier && otherLane === lane)) position++;
        }
        return position;
      },
      async providerWaitingPosition(provider, id) {
        const rank = atProvider.get(provider)?.rank(id);
        return rank === undefined ? undefined : rank + 1;
      },
      async providerWaitingCount(provider) {
        return atProvider.get(provider)?.size ?? 0;
      },
    },
    votes: {
      async cast(clipId, memberId) {
        const set = votersOf(clipId);
        if (set.has(memberId)) return false;
        set.add(memberId);
        return true;
      },
      async retract(clipId, memberId) {
        return votersOf(clipId).delete(memberId);
      },
      async count(clipId) {
        return votes.get(clipId)?.size ?? 0;
      },
      async voters(clipId) {
        return [...(votes.get(clipId) ?? [])].sort();
      },
      async replace(clipId, memberIds) {
        votes.set(clipId, new Set(memberIds));
      },
    },
    messages: {
      async link(messageKey, clipId) {
        messages.set(messageKey, clipId);
      },
      async clipFor(messageKey) {
        return messages.get(messageKey);
      },
    },
    keyValue: createMemoryKeyValue(),
    async close() {},
  };
}
