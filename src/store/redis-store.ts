import { Redis } from 'ioredis';
import type { Clip, ClipState } from '../core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { ClipPatch, Store } from '../core/ports/store.ts';
import { createRedisCast } from './redis-cast.ts';
import {
  createRedisContests,
  createRedisFirstSeen,
  createRedisPosted,
  createRedisThumbnails,
} from './redis-contests.ts';
import { createRedisKeySlots } from './redis-key-slots.ts';
import { createRedisKeyValue } from './redis-key-value.ts';
import { createRedisKeys } from './redis-keys.ts';
import { createRedisLedger } from './redis-ledger.ts';
import { createRedisMembers } from './redis-members.ts';
import { createRedisRateLimits } from './redis-rate-limits.ts';
import { createRedisSettings } from './redis-settings.ts';
import { createRedisStories } from './redis-stories.ts';

/**
 * Compare-and-set update of a clip stored as JSON: checks the state, merges the patch, removes
 * unset fields and keeps the waiting lines in step, all in one atomic script so two workers can
 * never both move a clip, and no crash can leave a clip in a line its state has left.
 * KEYS: clip, waiting line, provider lines' key stem (the provider's name is appended: the clip
 * names its provider only inside the record). ARGV: patch JSON, allowed states JSON ('' = any),
 * fields to unset JSON.
 */
const UPDATE_CLIP = `
local raw = redis.call('GET', KEYS[1])
if not raw then return redis.error_reply('NOT_FOUND') end
local clip = cjson.decode(raw)
if ARGV[2] ~= '' then
  local ok = false
  for _, s in ipairs(cjson.decode(ARGV[2])) do if s == clip.state then ok = true end end
  if not ok then return redis.error_reply('CONFLICT ' .. clip.state) end
end
local was = nil
if clip.state == 'submitted' then was = clip.provider end
for k, v in pairs(cjson.decode(ARGV[1])) do clip[k] = v end
for _, k in ipairs(cjson.decode(ARGV[3])) do clip[k] = nil end
if clip.state ~= 'queued' then redis.call('ZREM', KEYS[2], clip.id) end
local is = nil
if clip.state == 'submitted' then is = clip.provider end
if was and was ~= is then redis.call('ZREM', KEYS[3] .. was, clip.id) end
if is and was ~= is then
  redis.call('ZADD', KEYS[3] .. is, clip.submittedAt or clip.updatedAt, clip.id)
end
local out = cjson.encode(clip)
redis.call('SET', KEYS[1], out)
return out
`;

type ClipRedis = Redis & {
  updateClip(
    clipKey: string,
    waitingKey: string,
    providerLineStem: string,
    patch: string,
    from: string,
    unset: string,
  ): Promise<string>;
};

/** The production store: clips as JSON strings, votes as sets, claims and adapters' records as expiring keys. */
export function createRedisStore(options: { url: string; prefix: string }): Store {
  const redis = new Redis(options.url, { maxRetriesPerRequest: 3, enableAutoPipelining: true }) as ClipRedis;
  redis.defineCommand('updateClip', { numberOfKeys: 3, lua: UPDATE_CLIP });
  // While Redis is away ioredis emits an error per reconnect attempt; the commands themselves
  // reject with it, so the event needs no more than a listener (else Node reports it unhandled).
  redis.on('error', () => {});
  const key = (...parts: string[]) => [options.prefix, ...parts].join(':');
  const waitingKey = key('clips', 'waiting');
  /** Per provider, a sorted set of clips submitted there and not yet seen rendering. */
  const providerLineStem = `${key('clips', 'at-provider')}:`;
  let seq = 0;

  return {
    cast: createRedisCast(redis, key),
    contests: createRedisContests(redis, key),
    firstSeen: createRedisFirstSeen(redis, key),
    posted: createRedisPosted(redis, key),
    thumbnails: createRedisThumbnails(redis, key),
    keys: createRedisKeys(redis, key),
    keySlots: createRedisKeySlots(redis, key),
    ledger: createRedisLedger(redis, key),
    members: createRedisMembers(redis, key),
    rateLimits: createRedisRateLimits(redis, key),
    settings: createRedisSettings(redis, key),
    stories: createRedisStories(redis, key),
    clips: {
      async create(clip: Clip) {
        const created = await redis.set(key('clip', clip.id), JSON.stringify(clip), 'NX');
        if (created !== 'OK') throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.exists'));
        if (clip.parentId) await redis.zadd(key('children', clip.parentId), clip.createdAt, clip.id);
        // Score: the queue's order, priority lane first (BullMQ runs lower first), then creation
        // time with a per-process sequence for same-millisecond order. A lane is 2^43 ms wide
        // (year 2248), so lanes up to 1000 stay exact integers in a double.
        if (clip.state === 'queued') {
          const score = (clip.priority ?? 0) * 2 ** 43 + clip.createdAt + (seq++ % 1000) / 1000;
          await redis.zadd(waitingKey, score, clip.id);
        }
        if (clip.state === 'submitted') {
          await redis.zadd(providerLineStem + clip.provider, clip.submittedAt ?? clip.updatedAt, clip.id);
        }
      },
      async get(id: string) {
        const raw = await redis.get(key('clip', id));
        return raw ? (JSON.parse(raw) as Clip) : undefined;
      },
      async update(id: string, patch: ClipPatch, from?: readonly ClipState[]) {
        const set: Record<string, unknown> = {};
        const unset: string[] = [];
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined) unset.push(k);
          else set[k] = v;
        }
        try {
          const raw = await redis.updateClip(
            key('clip', id),
            waitingKey,
            providerLineStem,
            JSON.stringify(set),
            from ? JSON.stringify(from) : '',
            JSON.stringify(unset),
          );
          return JSON.parse(raw) as Clip;
        } catch (error) {
          const message = (error as Error).message;
          if (message.includes('NOT_FOUND')) {
            throw new ReelbotError(ErrorCode.NotFound, msg('error.clip.gone'));
          }
          if (message.startsWith('CONFLICT ')) {
            throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.movedOn'), {
              message: `clip ${id} is ${message.slice(9)}, expected ${from?.join('|')}`,
            });
          }
          throw error;
        }
      },
      async children(id: string) {
        return redis.zrange(key('children', id), '0', '-1');
      },
      async waitingPosition(id: string) {
        const rank = await redis.zrank(waitingKey, id);
        return rank === null ? undefined : rank + 1;
      },
      async providerWaitingPosition(provider: string, id: string) {
        const rank = await redis.zrank(providerLineStem + provider, id);
        return rank === null ? undefined : rank + 1;
      },
      async providerWaitingCount(provider: string) {
        return redis.zcard(providerLineStem + provider);
      },
    },
    votes: {
      async cast(clipId, memberId) {
        return (await redis.sadd(key('votes', clipId), memberId)) === 1;
      },
      async retract(clipId, memberId) {
        return (await redis.srem(key('votes', clipId), memberId)) === 1;
      },
      async count(clipId) {
        return redis.scard(key('votes', clipId));
      },
      async voters(clipId) {
        return (await redis.smembers(key('votes', clipId))).sort();
      },
      async replace(clipId, memberIds) {
        const k = key('votes', clipId);
        const tx = redis.multi().del(k);
        if (memberIds.length > 0) tx.sadd(k, ...memberIds);
        await tx.exec();
      },
    },
    messages: {
      async link(messageKey, clipId) {
        await redis.set(key('message', messageKey), clipId);
      },
      async clipFor(messageKey) {
        return (await redis.get(key('message', messageKey))) ?? undefined;
      },
    },
    keyValue: createRedisKeyValue(redis, key),
    async close() {
      // QUIT waits while ioredis reconnects to a Redis that is gone: give it a moment, then drop.
      await Promise.race([redis.quit().catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
      redis.disconnect();
    },
  };
}
