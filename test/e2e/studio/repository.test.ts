import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStudioRepository } from '../../../adapters/studio/memory-repository.ts';
import { createRedisStudioRepository } from '../../../adapters/studio/redis-repository.ts';
import {
  CHANNEL_HISTORY,
  type StudioChange,
  type StudioRepository,
} from '../../../adapters/studio/repository.ts';
import type { ClipCard } from '../../../src/core/card/card.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';

const card = (state: ClipCard['state'], progress = 0): ClipCard => ({
  clipId: 'c1',
  locale: 'en',
  prompt: 'a paper boat',
  author: { id: 'ada', name: 'Ada' },
  state,
  progress,
  model: 'sora-2',
  durationS: 4,
  size: '1280x720',
  estimatedCostUsd: 0.4,
  actions: [],
});
const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
const file = { name: 'clip.mp4', contentType: 'video/mp4' };
const prefixes: string[] = [];

/** The same contract for both twins: what the page and the worker rely on. */
describe.each([
  ['in memory', () => createMemoryStudioRepository()],
  [
    'in Redis',
    () => {
      const prefix = uniquePrefix('studio-repo');
      prefixes.push(prefix);
      return createRedisStudioRepository({ url: REDIS_URL, prefix });
    },
  ],
])('the studio repository %s', (_name, make) => {
  let repo: StudioRepository;
  let changes: StudioChange[];
  let unsubscribe: () => Promise<void>;

  beforeEach(async () => {
    repo = make();
    changes = [];
    unsubscribe = await repo.subscribe((c) => changes.push(c));
  });
  afterEach(async () => {
    await unsubscribe();
    await repo.close();
  });
  /** Pub/sub delivers asynchronously; wait until the expected number of changes arrived. */
  const heard = async (count: number) => {
    await expect.poll(() => changes.length).toBe(count);
    return changes;
  };

  it('keeps a reserved card hidden and silent until it is revealed', async () => {
    const reserved = await repo.reserve('general', 1000);
    expect(reserved).toMatchObject({ hidden: true, kind: 'card', channel: 'general' });
    expect(await repo.list('general', 10)).toEqual([]);

    expect(await repo.reveal(reserved.id, card('queued'))).toBe(true);
    expect(await heard(1)).toEqual([{ channel: 'general', id: reserved.id, removed: false }]);
    const shown = await repo.get(reserved.id);
    expect(shown).toMatchObject({ card: { state: 'queued' }, rev: 1 });
    expect(shown?.hidden).toBeUndefined();
    expect((await repo.list('general', 10)).map((m) => m.id)).toEqual([reserved.id]);
  });

  it('lets a worker’s edit win over a later reveal of the initial card', async () => {
    const reserved = await repo.reserve('general', 1000);
    expect(await repo.edit(reserved.id, card('rendering', 40), 2000)).toBe(true);
    expect(await repo.reveal(reserved.id, card('queued'))).toBe(true);
    expect(await repo.get(reserved.id)).toMatchObject({ card: { state: 'rendering', progress: 40 }, rev: 2 });
  });

  it('forgets a refused request’s reservation without a word to the page', async () => {
    const reserved = await repo.reserve('general', 1000);
    await repo.remove(reserved.id);
    expect(await repo.get(reserved.id)).toBeUndefined();
    expect(await repo.edit(reserved.id, card('rendering'), 2000)).toBe(false);
    await repo.remove('m404-abcdef');
    await repo.post('general', { kind: 'text', text: 'after' }, 3000);
    expect((await heard(1))[0]!.id).not.toBe(reserved.id);
  });

  it('lists messages in the order they were asked for, newest last', async () => {
    const first = await repo.reserve('general', 1000);
    const second = await repo.post('general', { kind: 'text', text: 'hello' }, 2000);
    await repo.reveal(first.id, card('queued'));
    await repo.post('other', { kind: 'text', text: 'elsewhere' }, 2500);
    expect((await repo.list('general', 10)).map((m) => m.id)).toEqual([first.id, second.id]);
    expect((await repo.list('general', 1)).map((m) => m.id)).toEqual([second.id]);
  });

  // Once per idempotency key is the Messenger contract's (messenger-contract.test.ts).
  it('stores an upload and serves its bytes by range', async () => {
    const a = await repo.upload(
      'general',
      'reelbot-c1-deliver',
      { card: card('posted', 100), file },
      bytes,
      1000,
    );
    expect(await repo.list('general', 10)).toHaveLength(1);
    expect(a).toMatchObject({
      kind: 'clip',
      file: { name: 'clip.mp4', contentType: 'video/mp4', bytes: 5000 },
    });
    expect(await repo.videoSize(a.id)).toBe(5000);
    expect(Buffer.from((await repo.readVideo(a.id, 100, 199))!)).toEqual(
      Buffer.from(bytes.subarray(100, 200)),
    );
    expect(Buffer.from((await repo.readVideo(a.id, 0, 4999))!)).toEqual(Buffer.from(bytes));
    await heard(1);

    await repo.remove(a.id);
    expect(await heard(2)).toContainEqual({ channel: 'general', id: a.id, removed: true });
    expect(await repo.videoSize(a.id)).toBeUndefined();
    expect(await repo.readVideo(a.id, 0, 10)).toBeUndefined();
  });

  it('records each member’s reaction once, and can take it back', async () => {
    const message = await repo.post('general', { kind: 'card', card: card('posted', 100) }, 1000);
    expect(await repo.react(message.id, 'bob', true)).toBe(true);
    expect(await repo.react(message.id, 'bob', true)).toBe(false);
    expect(await repo.react(message.id, 'ada', true)).toBe(true);
    expect(await repo.reactions(message.id)).toEqual(['ada', 'bob']);
    expect(await repo.react(message.id, 'bob', false)).toBe(true);
    expect(await repo.react(message.id, 'bob', false)).toBe(false);
    expect(await repo.reactions(message.id)).toEqual(['ada']);
    expect((await repo.get(message.id))!.rev).toBe(4);
    expect(await repo.react('m404-abcdef', 'bob', true)).toBe(false);
    expect(await heard(4)).toHaveLength(4);
  });

  it(`keeps the newest ${CHANNEL_HISTORY} messages of a channel`, async () => {
    const first = await repo.upload('general', 'k-first', { card: card('posted', 100), file }, bytes, 0);
    for (let i = 0; i < CHANNEL_HISTORY; i++)
      await repo.post('general', { kind: 'text', text: `m${i}` }, i + 1);
    const listed = await repo.list('general', CHANNEL_HISTORY + 10);
    expect(listed).toHaveLength(CHANNEL_HISTORY);
    expect(listed[0]!.text).toBe('m0');
    expect(await repo.get(first.id)).toBeUndefined();
    expect(await repo.videoSize(first.id)).toBeUndefined();
  });
});

describe('the Redis repository across processes', () => {
  const prefix = uniquePrefix('studio-repo-x');
  afterAll(async () => {
    for (const p of [...prefixes, prefix]) await dropPrefix(p);
  });

  it('announces a worker’s changes to the bot process and expires abandoned reservations', async () => {
    const bot = createRedisStudioRepository({ url: REDIS_URL, prefix });
    const worker = createRedisStudioRepository({ url: REDIS_URL, prefix });
    const raw = new Redis(REDIS_URL);
    try {
      const changes: StudioChange[] = [];
      await bot.subscribe((c) => changes.push(c));
      const reserved = await bot.reserve('general', 1000);
      expect(await raw.pttl(`${prefix}:studio:msg:${reserved.id}`)).toBeGreaterThan(0);

      await worker.edit(reserved.id, card('rendering', 50), 2000);
      await expect.poll(() => changes).toEqual([{ channel: 'general', id: reserved.id, removed: false }]);
      expect(await raw.pttl(`${prefix}:studio:msg:${reserved.id}`)).toBe(-1);
      expect(await bot.get(reserved.id)).toMatchObject({ card: { progress: 50 } });
    } finally {
      raw.disconnect();
      await bot.close();
      await worker.close();
    }
  });
});
