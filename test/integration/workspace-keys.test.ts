import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Clip, isTerminal } from '../../src/core/clip/clip.ts';
import { english } from '../../src/core/i18n/translator.ts';
import { createLogger } from '../../src/logging.ts';
import { Readiness } from '../../src/ops/readiness.ts';
import { secretsOf } from '../../src/secrets.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

/**
 * Issue 17 end to end on Redis, the in-process app and the simulator: two workspaces with their
 * own keys and one on the operator's, served by one worker; the capped key never has more than
 * its cap at the provider, and nobody else waits behind it. Counts, not timings.
 */

const OPERATOR_KEY = 'sk-test-pipeline-key';
const keyA = `sk-ws-a-${randomBytes(16).toString('hex')}`;
const keyB = `sk-ws-b-${randomBytes(16).toString('hex')}`;
const placeOf = (workspaceId: string) => ({ surface: 'test', workspaceId, channelId: 'c1' });
const ada = { id: 'ada', name: 'Ada', admin: true };

let sim: Simulator;
let app: App;
let prefix: string;
const messenger = new RecordingMessenger('test');
const logLines: string[] = [];

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 300, mediaDir: tempDir('ws-keys-sim') });
  // The capped key: its provider account runs two at once and answers 429 past that.
  sim.faults.set({ keyLimits: { [keyA]: 2 } });
  prefix = uniquePrefix('ws-keys');
  const config = loadConfig(
    pipelineEnv(sim, prefix, {
      REELBOT_MASTER_KEY: randomBytes(32).toString('base64'),
      WORKER_CONCURRENCY: '8',
      POLL_MIN_MS: '100',
      POLL_MAX_MS: '300',
      LOG_LEVEL: 'debug',
    }),
  );
  const destination = new Writable({
    write(chunk, _enc, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: secretsOf(config), destination });
  app = await createApp(config, logger, { messengers: [messenger], media: createFakeMedia() });
  await app.services.keys.add('test:A', 'openai', keyA, ada);
  await app.services.keys.add('test:B', 'openai', keyB, ada);
  await app.services.keys.setCap('test:B', 'openai', 5);
  await app.startWorker();
});

afterAll(async () => {
  await app?.close();
  await sim?.close();
  await dropPrefix(prefix);
});

async function waitAll(ids: string[], timeoutMs: number): Promise<Clip[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const clips = await Promise.all(ids.map((id) => app.store.clips.get(id)));
    if (clips.every((c) => c && isTerminal(c.state))) return clips as Clip[];
    if (Date.now() > deadline) {
      const left = clips.filter((c) => !c || !isTerminal(c.state)).map((c) => c?.state);
      throw new Error(`${left.length} clips unfinished: ${left.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every value under the prefix, whatever its Redis type, as text. */
async function everyRedisValue(): Promise<string> {
  const redis = new Redis(REDIS_URL);
  const out: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        out.push(key);
        if (type === 'string') out.push((await redis.get(key)) ?? '');
        else if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'set') out.push(JSON.stringify(await redis.smembers(key)));
        else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
        else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, '0', '-1')));
        else if (type === 'stream') out.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return out.join('\n');
}

describe('workspaces’ own keys on one worker', () => {
  it('makes each clip with its workspace’s key, holds the capped key to 2 at the provider with no 429, and holds nobody else up', {
    timeout: 120_000,
  }, async () => {
    const ask = (workspaceId: string, n: number) =>
      app.services.clips.request({
        // One prompt for all: the simulator renders it once, so the test measures pacing, not ffmpeg.
        prompt: 'a paper boat in the rain',
        options: { durationS: 4 },
        author: { id: `m-${workspaceId}-${n % 7}`, name: 'Member' },
        place: placeOf(workspaceId),
      });
    const a: Clip[] = [];
    for (let n = 0; n < 50; n++) a.push(await ask('A', n));
    const others: Clip[] = [];
    for (let n = 0; n < 3; n++) others.push(await ask('B', n), await ask('C', n));

    // B's key and the operator's are not behind A's line: all of theirs end while A's go on.
    const otherEnds = await waitAll(
      others.map((c) => c.id),
      60_000,
    );
    expect(otherEnds.map((c) => c.state)).toEqual(Array(6).fill('posted'));
    const aEndedMeanwhile = (await Promise.all(a.map((c) => app.store.clips.get(c.id)))).filter(
      (c) => c && isTerminal(c.state),
    ).length;
    expect(aEndedMeanwhile).toBeLessThan(50);

    const aEnds = await waitAll(
      a.map((c) => c.id),
      100_000,
    );
    expect(aEnds.filter((c) => c.state === 'posted')).toHaveLength(50);

    const byKey = sim.stats().byKey;
    expect(byKey[keyA]).toMatchObject({ api: 'openai', creates: 50, rejected: 0 });
    expect(byKey[keyA]!.peakInFlight).toBe(2);
    expect(byKey[keyB]).toMatchObject({ creates: 3, rejected: 0 });
    expect(byKey[OPERATOR_KEY]).toMatchObject({ creates: 3, rejected: 0 });

    // The spend is on the key that made each clip: A's 50 on A's key, B's 3 on B's, none on C.
    const cents = (clips: Clip[]) => clips.reduce((sum, c) => sum + Math.round((c.costUsd ?? 0) * 100), 0);
    const bClips = otherEnds.filter((c) => c.place.workspaceId === 'B');
    expect(cents(aEnds)).toBeGreaterThan(0);
    expect(
      (await app.services.keys.list('test:A')).map((k) => [k.provider, Math.round(k.spentUsd * 100)]),
    ).toEqual([['openai', cents(aEnds)]]);
    expect((await app.services.keys.list('test:B')).map((k) => Math.round(k.spentUsd * 100))).toEqual([
      cents(bClips),
    ]);
    expect(await app.services.keys.list('test:C')).toEqual([]);

    // While A's clips waited for a slot, their cards said so.
    const said = [...messenger.posts.map((p) => p.card), ...messenger.edits.map((e) => e.card)];
    expect(said.some((card) => card.notice?.startsWith('Waiting for a free render slot at openai.'))).toBe(
      true,
    );
    // Posted cards no longer carry the waiting sentence.
    // A clip's notice is a catalog message (drawn in the card's language): read in English.
    expect(aEnds.every((c) => !english(c.notice ?? '').includes('Waiting for a free render slot'))).toBe(
      true,
    );
  });

  it('leaves no plaintext key in Redis, the logs, any card, the metrics or /readyz', async () => {
    const redisText = await everyRedisValue();
    const { body: metricsText } = await app.metrics.text();
    // /readyz's answer, built as main.ts builds it for a worker.
    const readiness = new Readiness({
      redisUrl: REDIS_URL,
      adapters: [],
      providers: app.providers.all().map((p) => p.name),
      metrics: app.metrics,
    });
    const ready = JSON.stringify(await readiness.check());
    await readiness.close();
    expect(ready).toContain('openai');
    expect(metricsText).toContain('reelbot_provider_calls_total');
    const cards = JSON.stringify([messenger.posts, messenger.edits, messenger.uploads.map((u) => u.card)]);
    const logs = logLines.join('');
    expect(logs).toContain('submitted to provider');
    for (const key of [keyA, keyB]) {
      expect(redisText).not.toContain(key);
      expect(logs).not.toContain(key);
      expect(cards).not.toContain(key);
      expect(metricsText).not.toContain(key);
      expect(ready).not.toContain(key);
    }
  });
});
