import type { Redis } from 'ioredis';
import type { Contest, ContestEntry, ContestState } from '../core/contest/contest.ts';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import type {
  ContestPatch,
  ContestRepository,
  FirstSeenRepository,
  PostedIndex,
  ThumbnailRepository,
} from '../core/ports/store.ts';
import { scopeOf } from '../core/workspace/settings.ts';

type Key = (...parts: string[]) => string;

/** Lua's cjson writes an empty array back as `{}`: the one array in a contest is put right. */
function parseContest(raw: string): Contest {
  const contest = JSON.parse(raw) as Contest;
  if (contest.result && !Array.isArray(contest.result.ranking)) contest.result.ranking = [];
  return contest;
}

/**
 * A contest becomes its channel's open contest only if none is open there.
 * KEYS: contest, channel's open slot, contest's channel note, workspace list.
 * ARGV: contest JSON, id, channel key, createdAt.
 */
const CREATE = `
if redis.call('EXISTS', KEYS[2]) == 1 or redis.call('EXISTS', KEYS[1]) == 1 then
  return redis.error_reply('CONFLICT')
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[2])
return 1
`;

/**
 * Compare-and-set on the state, merge, unset; leaving the open states frees the channel.
 * KEYS: contest, channel's open slot. ARGV: patch JSON, allowed states JSON ('' = any), unset JSON.
 */
const UPDATE = `
local raw = redis.call('GET', KEYS[1])
if not raw then return redis.error_reply('NOT_FOUND') end
local contest = cjson.decode(raw)
if ARGV[2] ~= '' then
  local ok = false
  for _, s in ipairs(cjson.decode(ARGV[2])) do if s == contest.state then ok = true end end
  if not ok then return redis.error_reply('CONFLICT ' .. contest.state) end
end
for k, v in pairs(cjson.decode(ARGV[1])) do contest[k] = v end
for _, k in ipairs(cjson.decode(ARGV[3])) do contest[k] = nil end
if contest.state ~= 'submissions' and contest.state ~= 'voting' then
  if redis.call('GET', KEYS[2]) == contest.id then redis.call('DEL', KEYS[2]) end
end
local out = cjson.encode(contest)
redis.call('SET', KEYS[1], out)
return out
`;

/**
 * The per-member entry limit and the submission window, checked and taken in one step, so 20
 * simultaneous entries from one member against a limit of 2 let exactly 2 in, and an entry
 * racing the voting phase is either in before it or refused. A repeat of the same clip is
 * accepted once. KEYS: entry order (zset), entries (hash), the member's entries (set), contest.
 * ARGV: clip id, entry JSON, enteredAt, limit. Returns 1 ok, 0 full, -1 closed.
 */
const ENTER = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 1 end
local raw = redis.call('GET', KEYS[4])
if not raw then return -1 end
local contest = cjson.decode(raw)
if contest.state ~= 'submissions' or tonumber(ARGV[3]) >= contest.votingOpensAt then return -1 end
if redis.call('SCARD', KEYS[3]) >= tonumber(ARGV[4]) then return 0 end
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
`;

/** KEYS: entry order, entries, the member's entries. ARGV: clip id. */
const WITHDRAW = `
local removed = redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
return removed
`;

type ContestRedis = Redis & {
  contestCreate(...args: string[]): Promise<number>;
  contestUpdate(...args: string[]): Promise<string>;
  contestEnter(...args: string[]): Promise<number>;
  contestWithdraw(...args: string[]): Promise<number>;
};

/** Contests in Redis: JSON records, Lua for every check-then-write. */
export function createRedisContests(client: Redis, key: Key): ContestRepository {
  const redis = client as ContestRedis;
  redis.defineCommand('contestCreate', { numberOfKeys: 4, lua: CREATE });
  redis.defineCommand('contestUpdate', { numberOfKeys: 2, lua: UPDATE });
  redis.defineCommand('contestEnter', { numberOfKeys: 4, lua: ENTER });
  redis.defineCommand('contestWithdraw', { numberOfKeys: 3, lua: WITHDRAW });
  const contestKey = (id: string) => key('contest', id);
  const openKey = (channelKey: string) => key('contest-open', channelKey);
  const channelNote = (id: string) => key('contest', id, 'channel');
  const listKey = (scope: string) => key('contests', scope);
  const orderKey = (id: string) => key('contest', id, 'entries');
  const entryKey = (id: string) => key('contest', id, 'entry');
  const memberKey = (id: string, memberId: string) => key('contest', id, 'by', memberId);
  const votesKey = (id: string, clipId: string) => key('contest', id, 'votes', clipId);

  return {
    async create(contest, channelKey) {
      try {
        await redis.contestCreate(
          contestKey(contest.id),
          openKey(channelKey),
          channelNote(contest.id),
          listKey(scopeOf(contest.place)),
          JSON.stringify(contest),
          contest.id,
          channelKey,
          String(contest.createdAt),
        );
      } catch (error) {
        if ((error as Error).message.includes('CONFLICT')) {
          throw new ReelbotError(ErrorCode.Conflict, 'This channel already has a contest running.');
        }
        throw error;
      }
    },
    async get(id) {
      const raw = await redis.get(contestKey(id));
      return raw ? parseContest(raw) : undefined;
    },
    async openIn(channelKey) {
      return (await redis.get(openKey(channelKey))) ?? undefined;
    },
    async list(scope, limit) {
      const ids = await redis.zrevrange(listKey(scope), 0, limit - 1);
      if (ids.length === 0) return [];
      const raws = await redis.mget(...ids.map(contestKey));
      return raws.filter((r): r is string => r !== null).map(parseContest);
    },
    async update(id: string, patch: ContestPatch, from?: readonly ContestState[]) {
      const set: Record<string, unknown> = {};
      const unset: string[] = [];
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) unset.push(k);
        else set[k] = v;
      }
      // The channel never changes after create, so reading it outside the script is safe.
      const channel = (await redis.get(channelNote(id))) ?? '';
      try {
        const raw = await redis.contestUpdate(
          contestKey(id),
          openKey(channel),
          JSON.stringify(set),
          from ? JSON.stringify(from) : '',
          JSON.stringify(unset),
        );
        return parseContest(raw);
      } catch (error) {
        const message = (error as Error).message;
        if (message.includes('NOT_FOUND')) {
          throw new ReelbotError(ErrorCode.NotFound, 'That contest does not exist.');
        }
        if (message.startsWith('CONFLICT ')) {
          throw new ReelbotError(ErrorCode.Conflict, `That contest is already ${message.slice(9)}.`, {
            message: `contest ${id} is ${message.slice(9)}, expected ${from?.join('|')}`,
          });
        }
        throw error;
      }
    },
    async enter(contestId, entry: ContestEntry, limit) {
      const outcome = await redis.contestEnter(
        orderKey(contestId),
        entryKey(contestId),
        memberKey(contestId, entry.author.id),
        contestKey(contestId),
        entry.clipId,
        JSON.stringify(entry),
        String(entry.enteredAt),
        String(limit),
      );
      return outcome === 1 ? 'ok' : outcome === 0 ? 'full' : 'closed';
    },
    async withdraw(contestId, clipId) {
      const raw = await redis.hget(entryKey(contestId), clipId);
      if (!raw) return false;
      const entry = JSON.parse(raw) as ContestEntry;
      const removed = await redis.contestWithdraw(
        orderKey(contestId),
        entryKey(contestId),
        memberKey(contestId, entry.author.id),
        clipId,
      );
      return removed === 1;
    },
    async entries(contestId) {
      // Same score: Redis orders by member, i.e. clip id, as the memory twin does.
      const ids = await redis.zrange(orderKey(contestId), '0', '-1');
      if (ids.length === 0) return [];
      const raws = await redis.hmget(entryKey(contestId), ...ids);
      return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as ContestEntry);
    },
    async recordVote(contestId, clipId, vote) {
      return (await redis.hsetnx(votesKey(contestId, clipId), vote.voter.id, JSON.stringify(vote))) === 1;
    },
    async retractVote(contestId, clipId, voterId) {
      return (await redis.hdel(votesKey(contestId, clipId), voterId)) === 1;
    },
    async votes(contestId, clipId) {
      const all = await redis.hgetall(votesKey(contestId, clipId));
      return Object.keys(all)
        .sort()
        .map((id) => JSON.parse(all[id]!));
    },
  };
}

/** Posted clips per workspace in a sorted set scored by time posted. */
export function createRedisPosted(redis: Redis, key: Key): PostedIndex {
  return {
    async add(scope, clipId, postedAt) {
      await redis.zadd(key('posted', scope), postedAt, clipId);
    },
    async since(scope, from, limit) {
      const newest = await redis.zrevrangebyscore(
        key('posted', scope),
        '+inf',
        String(from),
        'LIMIT',
        0,
        limit,
      );
      return newest.reverse();
    },
  };
}

/**
 * Thumbnails as binary strings. A small JPEG is a few KB; they expire with the clip's relevance
 * after 90 days so a busy workspace does not grow Redis without bound.
 */
export function createRedisThumbnails(redis: Redis, key: Key): ThumbnailRepository {
  const TTL_S = 90 * 24 * 3600;
  return {
    async get(clipId) {
      const bytes = await redis.getBuffer(key('thumb', clipId));
      return bytes ? new Uint8Array(bytes) : undefined;
    },
    async has(clipId) {
      return (await redis.exists(key('thumb', clipId))) === 1;
    },
    async put(clipId, jpeg) {
      await redis.set(key('thumb', clipId), Buffer.from(jpeg), 'EX', TTL_S);
    },
  };
}

/** First meetings in a hash per workspace; HSETNX keeps the first one without a read. */
export function createRedisFirstSeen(redis: Redis, key: Key): FirstSeenRepository {
  const seenKey = (scope: string) => key('first-seen', scope);
  return {
    async get(scope, memberIds) {
      const found = new Map<string, number>();
      if (memberIds.length === 0) return found;
      const values = await redis.hmget(seenKey(scope), ...memberIds);
      memberIds.forEach((id, i) => {
        const v = values[i];
        if (v) found.set(id, Number(v));
      });
      return found;
    },
    async note(scope, memberId, at) {
      // Meetings are noted as they happen, so the first write is the earliest one.
      await redis.hsetnx(seenKey(scope), memberId, String(at));
    },
  };
}
