import { Redis } from 'ioredis';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { redisErrorListener } from '../../src/ops/redis-errors.ts';
import {
  CHANNEL_HISTORY,
  messageId,
  RESERVATION_TTL_MS,
  type StudioChange,
  type StudioMessage,
  type StudioRepository,
  UPLOAD_KEY_TTL_MS,
} from './repository.ts';

/**
 * Set a message's card and show it, in one step so a worker's edit and the request that reserved
 * the message never overwrite each other. `reveal` keeps a card a worker already drew.
 * KEYS: message hash. ARGV: card JSON, now, 'edit' | 'reveal'.
 * Returns 0 when the message is gone, 1 when it changed, 2 when it was shown for the first time.
 */
const SHOW = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local first = redis.call('HEXISTS', KEYS[1], 'hidden')
if ARGV[3] == 'reveal' then
  redis.call('HSETNX', KEYS[1], 'card', ARGV[1])
else
  redis.call('HSET', KEYS[1], 'card', ARGV[1], 'editedAt', ARGV[2])
end
redis.call('HDEL', KEYS[1], 'hidden')
redis.call('PERSIST', KEYS[1])
redis.call('HINCRBY', KEYS[1], 'rev', 1)
return 1 + first
`;

/**
 * Add or remove a reaction and bump the message's revision, only while the message exists.
 * KEYS: message hash, reaction set. ARGV: member id, '1' to add. Returns -1 (gone), 0 or 1.
 */
const REACT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local changed
if ARGV[2] == '1' then changed = redis.call('SADD', KEYS[2], ARGV[1])
else changed = redis.call('SREM', KEYS[2], ARGV[1]) end
if changed == 1 then redis.call('HINCRBY', KEYS[1], 'rev', 1) end
return changed
`;

type StudioRedis = Redis & {
  studioShow(key: string, card: string, now: string, mode: 'edit' | 'reveal'): Promise<number>;
  studioReact(message: string, reactions: string, member: string, on: '0' | '1'): Promise<number>;
};

/** Read a video in slices so a 50 MiB clip is never one Redis reply. */
const READ_SLICE = 1024 * 1024;

/**
 * The studio's messages in Redis: hashes per message, a sorted set per channel, pub/sub for changes.
 * It keeps a connection of its own rather than the app's key-value port: the port cannot express
 * the Lua scripts above or pub/sub, a subscriber needs a connection of its own anyway (a
 * subscribed ioredis client takes no other commands), and reaching the store's client would mean
 * an adapter importing src/store, which test/unit/adapter-boundary.test.ts forbids. Its retry
 * policy is the store's: three retries per request (src/store/redis-store.ts).
 */
export function createRedisStudioRepository(options: {
  url: string;
  prefix: string;
  logger?: Logger;
}): StudioRepository {
  const redis = new Redis(options.url, { maxRetriesPerRequest: 3 }) as StudioRedis;
  redis.on('error', redisErrorListener(options.logger, 'studio repository'));
  redis.defineCommand('studioShow', { numberOfKeys: 1, lua: SHOW });
  redis.defineCommand('studioReact', { numberOfKeys: 2, lua: REACT });
  const key = (...parts: string[]) => [options.prefix, 'studio', ...parts].join(':');
  const changesChannel = key('changes');
  const subscribers = new Set<Redis>();

  const announce = async (change: StudioChange) => {
    await redis.publish(changesChannel, JSON.stringify(change));
  };

  function decode(hash: Record<string, string>): StudioMessage | undefined {
    if (!hash.id) return undefined;
    const message: StudioMessage = {
      id: hash.id,
      channel: hash.channel!,
      kind: hash.kind as StudioMessage['kind'],
      seq: Number(hash.seq),
      createdAt: Number(hash.createdAt),
      rev: Number(hash.rev ?? 0),
    };
    if (hash.editedAt) message.editedAt = Number(hash.editedAt);
    if (hash.hidden) message.hidden = true;
    if (hash.card) message.card = JSON.parse(hash.card) as ClipCard;
    if (hash.text !== undefined) message.text = hash.text;
    if (hash.board) message.board = JSON.parse(hash.board) as StudioMessage['board'];
    if (hash.notify) message.notify = JSON.parse(hash.notify) as string[];
    if (hash.file) message.file = JSON.parse(hash.file) as StudioMessage['file'];
    return message;
  }

  function encode(message: StudioMessage): Record<string, string> {
    const hash: Record<string, string> = {
      id: message.id,
      channel: message.channel,
      kind: message.kind,
      seq: String(message.seq),
      createdAt: String(message.createdAt),
      rev: String(message.rev),
    };
    if (message.hidden) hash.hidden = '1';
    if (message.card) hash.card = JSON.stringify(message.card);
    if (message.text !== undefined) hash.text = message.text;
    if (message.board) hash.board = JSON.stringify(message.board);
    if (message.notify) hash.notify = JSON.stringify(message.notify);
    if (message.file) hash.file = JSON.stringify(message.file);
    return hash;
  }

  async function get(id: string) {
    return decode(await redis.hgetall(key('msg', id)));
  }

  async function fresh(channel: string, now: number, fields: Partial<StudioMessage>): Promise<StudioMessage> {
    const seq = await redis.incr(key('seq'));
    return { id: messageId(seq), channel, kind: 'card', seq, createdAt: now, rev: 1, ...fields };
  }

  async function write(message: StudioMessage, video?: Uint8Array) {
    const tx = redis.multi();
    if (video)
      tx.set(key('video', message.id), Buffer.from(video.buffer, video.byteOffset, video.byteLength));
    tx.hset(key('msg', message.id), encode(message));
    if (message.hidden) tx.pexpire(key('msg', message.id), RESERVATION_TTL_MS);
    tx.zadd(key('channel', message.channel), message.seq, message.id);
    await tx.exec();
  }

  async function drop(id: string, channel: string) {
    await redis
      .multi()
      .del(key('msg', id), key('video', id), key('reactions', id))
      .zrem(key('channel', channel), id)
      .exec();
  }

  /** Keep the channel to its history length; reserved ids that expired are cleaned here too. */
  async function trim(channel: string) {
    const count = await redis.zcard(key('channel', channel));
    if (count <= CHANNEL_HISTORY) return;
    const old = await redis.zrange(key('channel', channel), '0', String(count - CHANNEL_HISTORY - 1));
    for (const id of old) {
      await drop(id, channel);
      await announce({ channel, id, removed: true });
    }
  }

  async function show(id: string, card: ClipCard, now: number, mode: 'edit' | 'reveal') {
    const result = await redis.studioShow(key('msg', id), JSON.stringify(card), String(now), mode);
    if (result === 0) return false;
    const channel = await redis.hget(key('msg', id), 'channel');
    if (!channel) return true;
    if (result === 2) await trim(channel);
    await announce({ channel, id, removed: false });
    return true;
  }

  return {
    async reserve(channel, now) {
      const message = await fresh(channel, now, { hidden: true, rev: 0 });
      await write(message);
      return message;
    },
    reveal: (id, card) => show(id, card, Date.now(), 'reveal'),
    edit: (id, card, now) => show(id, card, now, 'edit'),
    async post(channel, content, now) {
      const message = await fresh(channel, now, content);
      await write(message);
      await trim(channel);
      await announce({ channel, id: message.id, removed: false });
      return message;
    },
    async upload(channel, idempotencyKey, content, bytes, now) {
      const claimKey = key('upload', idempotencyKey);
      const base = await fresh(channel, now, {});
      const claimed = await redis.set(claimKey, base.id, 'PX', UPLOAD_KEY_TTL_MS, 'NX');
      const id = claimed ? base.id : ((await redis.get(claimKey)) ?? base.id);
      if (!claimed) {
        const earlier = await get(id);
        if (earlier) return earlier;
      }
      // The first delivery, or one that died after claiming the key: write the message under its id.
      const message: StudioMessage = {
        ...base,
        id,
        kind: 'clip',
        card: content.card,
        file: { ...content.file, bytes: bytes.byteLength },
      };
      await write(message, bytes);
      await trim(channel);
      await announce({ channel, id: message.id, removed: false });
      return message;
    },
    async remove(id) {
      const [channel, hidden] = await redis.hmget(key('msg', id), 'channel', 'hidden');
      if (!channel) return;
      await drop(id, channel);
      if (!hidden) await announce({ channel, id, removed: true });
    },
    get,
    async list(channel, limit) {
      const ids = await redis.zrevrange(key('channel', channel), 0, limit - 1);
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(key('msg', id));
      const replies = (await pipeline.exec()) ?? [];
      const messages: StudioMessage[] = [];
      const expired: string[] = [];
      replies.forEach(([, hash], i) => {
        const message = decode((hash ?? {}) as Record<string, string>);
        if (!message) expired.push(ids[i]!);
        else if (!message.hidden) messages.push(message);
      });
      if (expired.length) await redis.zrem(key('channel', channel), ...expired);
      return messages.reverse();
    },
    async react(id, memberId, on) {
      const changed = await redis.studioReact(key('msg', id), key('reactions', id), memberId, on ? '1' : '0');
      if (changed !== 1) return false;
      const channel = await redis.hget(key('msg', id), 'channel');
      if (channel) await announce({ channel, id, removed: false });
      return true;
    },
    async reactions(id) {
      return (await redis.smembers(key('reactions', id))).sort();
    },
    async videoSize(id) {
      const size = await redis.strlen(key('video', id));
      return size > 0 ? size : undefined;
    },
    async readVideo(id, start, end) {
      const parts: Buffer[] = [];
      for (let from = start; from <= end; from += READ_SLICE) {
        const part = await redis.getrangeBuffer(key('video', id), from, Math.min(end, from + READ_SLICE - 1));
        if (part.length === 0) break;
        parts.push(part);
      }
      return parts.length ? Buffer.concat(parts) : undefined;
    },
    async subscribe(listener) {
      const subscriber = redis.duplicate();
      // A duplicate copies the options, not the listeners.
      subscriber.on('error', redisErrorListener(options.logger, 'studio changes subscriber'));
      subscribers.add(subscriber);
      subscriber.on('message', (_channel: string, payload: string) => {
        try {
          listener(JSON.parse(payload) as StudioChange);
        } catch {
          // A malformed payload on our channel is someone else's mistake; ignore it.
        }
      });
      await subscriber.subscribe(changesChannel);
      return async () => {
        subscribers.delete(subscriber);
        await subscriber.quit();
      };
    },
    async close() {
      for (const subscriber of subscribers) await subscriber.quit();
      subscribers.clear();
      await redis.quit();
    },
  };
}
