import type { Redis } from 'ioredis';
import type { AllowMode, CastRecord, CastRepository } from '../core/cast/cast-repository.ts';

type Key = (...parts: string[]) => string;

/**
 * Add a picture atomically. KEYS: record hash, pictures hash, handles hash, members set.
 * ARGV: member id, name, picture id, bytes, max, handle ('' for none). Lua strings are binary
 * safe (https://redis.io/docs/latest/develop/interact/programmability/lua-api/), so the JPEG goes
 * in as it is.
 */
const ADD_PICTURE = `
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[5]) then return 'full' end
local handle = ARGV[6]
if handle ~= '' then
  local holder = redis.call('HGET', KEYS[3], handle)
  if holder and holder ~= ARGV[1] then return 'taken' end
  local old = redis.call('HGET', KEYS[1], 'handle')
  if old and old ~= handle then redis.call('HDEL', KEYS[3], old) end
  redis.call('HSET', KEYS[3], handle, ARGV[1])
  redis.call('HSET', KEYS[1], 'handle', handle)
end
if redis.call('HEXISTS', KEYS[1], 'allow') == 0 then redis.call('HSET', KEYS[1], 'allow', 'me') end
redis.call('HSET', KEYS[1], 'name', ARGV[2])
redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
redis.call('SADD', KEYS[4], ARGV[1])
return 'ok'
`;

/** Delete a cast. KEYS: record hash, pictures hash, approved set, handles hash, members set. ARGV: member id. */
const REMOVE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local handle = redis.call('HGET', KEYS[1], 'handle')
if handle and redis.call('HGET', KEYS[4], handle) == ARGV[1] then redis.call('HDEL', KEYS[4], handle) end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
redis.call('SREM', KEYS[5], ARGV[1])
return 1
`;

/** Run only while the record exists. KEYS: record hash, then the key to change. ARGV: op, a, b. */
const IF_CAST = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] == 'allow' then redis.call('HSET', KEYS[1], 'allow', ARGV[2])
elseif ARGV[1] == 'approve' then redis.call('SADD', KEYS[2], ARGV[2])
else redis.call('SREM', KEYS[2], ARGV[2]) end
return 1
`;

interface CastRedis extends Redis {
  castAdd(...args: (string | Buffer | number)[]): Promise<string>;
  castRemove(...args: string[]): Promise<number>;
  castIf(...args: string[]): Promise<number>;
}

/** Cast records in Redis: a hash per member, pictures as binary hash fields, handles in one hash. */
export function createRedisCast(client: Redis, key: Key): CastRepository {
  const redis = client as CastRedis;
  redis.defineCommand('castAdd', { numberOfKeys: 4, lua: ADD_PICTURE });
  redis.defineCommand('castRemove', { numberOfKeys: 5, lua: REMOVE });
  redis.defineCommand('castIf', { numberOfKeys: 2, lua: IF_CAST });
  const recordKey = (scope: string, id: string) => key('cast', scope, 'm', id);
  const picturesKey = (scope: string, id: string) => key('cast', scope, 'm', id, 'pictures');
  const approvedKey = (scope: string, id: string) => key('cast', scope, 'm', id, 'approved');
  const clipsKey = (scope: string, id: string) => key('cast', scope, 'm', id, 'clips');
  const handlesKey = (scope: string) => key('cast', scope, 'handles');
  const membersKey = (scope: string) => key('cast', scope, 'members');

  const read = async (scope: string, memberId: string): Promise<CastRecord | undefined> => {
    const [fields, approved, ids] = await Promise.all([
      redis.hgetall(recordKey(scope, memberId)),
      redis.smembers(approvedKey(scope, memberId)),
      redis.hkeys(picturesKey(scope, memberId)),
    ]);
    if (!fields.allow) return undefined;
    return {
      memberId,
      name: fields.name ?? memberId,
      ...(fields.handle ? { handle: fields.handle } : {}),
      allow: fields.allow as AllowMode,
      approved: approved.sort(),
      // Picture ids start with the time they were added, so their order is the ids' order.
      pictureIds: ids.sort(),
    };
  };

  return {
    async addPicture(scope, member, picture, { max, handle }) {
      const result = await redis.castAdd(
        recordKey(scope, member.id),
        picturesKey(scope, member.id),
        handlesKey(scope),
        membersKey(scope),
        member.id,
        member.name,
        picture.id,
        Buffer.from(picture.bytes.buffer, picture.bytes.byteOffset, picture.bytes.byteLength),
        max,
        handle ?? '',
      );
      return result as 'ok' | 'full' | 'taken';
    },
    async setAllow(scope, memberId, allow) {
      return (
        (await redis.castIf(recordKey(scope, memberId), recordKey(scope, memberId), 'allow', allow)) === 1
      );
    },
    async setApproved(scope, memberId, otherId, approved) {
      const op = approved ? 'approve' : 'unapprove';
      return (
        (await redis.castIf(recordKey(scope, memberId), approvedKey(scope, memberId), op, otherId)) === 1
      );
    },
    get: read,
    async list(scope) {
      const ids = await redis.smembers(membersKey(scope));
      const records = await Promise.all(ids.map((id) => read(scope, id)));
      return records.filter((r): r is CastRecord => r !== undefined);
    },
    async pictures(scope, memberId) {
      const all = await redis.hgetallBuffer(picturesKey(scope, memberId));
      return Object.entries(all)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, bytes]) => ({ id, bytes: new Uint8Array(bytes) }));
    },
    async remove(scope, memberId) {
      const removed = await redis.castRemove(
        recordKey(scope, memberId),
        picturesKey(scope, memberId),
        approvedKey(scope, memberId),
        handlesKey(scope),
        membersKey(scope),
        memberId,
      );
      return removed === 1;
    },
    async noteClip(scope, memberId, clipId, at) {
      await redis.zadd(clipsKey(scope, memberId), 'NX', at, clipId);
    },
    async clips(scope, memberId, limit) {
      if (limit <= 0) return [];
      return redis.zrevrange(clipsKey(scope, memberId), 0, limit - 1);
    },
  };
}
