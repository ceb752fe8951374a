import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Clip, isTerminal } from '../../src/core/clip/clip.ts';
import { english } from '../../src/core/i18n/translator.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../helpers/redis.ts';

/**
 * Issue 17, the operator's own key paced like a workspace's: PROVIDER_CONCURRENCY caps it, the
 * simulator answers 429 past the account's limit as a provider does, and 20 clips all get made
 * with never more than the cap at the provider. Real app, Redis, BullMQ; counts, not timings.
 */
const OPERATOR_KEY = 'sk-test-pipeline-key';
const messenger = new RecordingMessenger('test');
let sim: Simulator;
let app: App;
let prefix: string;

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 300, mediaDir: tempDir('operator-pacing-sim') });
  // The operator's account runs two at once and answers 429 past that.
  sim.faults.set({ keyLimits: { [OPERATOR_KEY]: 2 } });
  prefix = uniquePrefix('operator-pacing');
  const config = loadConfig(
    pipelineEnv(sim, prefix, {
      PROVIDER_CONCURRENCY: 'openai:2',
      WORKER_CONCURRENCY: '8',
      POLL_MIN_MS: '100',
      POLL_MAX_MS: '300',
    }),
  );
  app = await createApp(config, silentLogger, { messengers: [messenger], media: createFakeMedia() });
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
    if (Date.now() > deadline) throw new Error('clips unfinished');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the operator’s own key, paced', () => {
  it('holds 20 clips to the cap of 2 at the provider, with no 429, and posts them all', {
    timeout: 90_000,
  }, async () => {
    expect(app.config.keys.operatorCaps).toMatchObject({ openai: 2, fal: 2, runway: 1 });
    const clips: Clip[] = [];
    for (let n = 0; n < 20; n++) {
      clips.push(
        await app.services.clips.request({
          prompt: 'a paper boat in the rain',
          options: { durationS: 4 },
          author: { id: `m${n % 5}`, name: 'Member' },
          // Several workspaces: the operator's key is one line for the whole deployment.
          place: { surface: 'test', workspaceId: `W${n % 3}`, channelId: 'c1' },
        }),
      );
    }
    const ended = await waitAll(
      clips.map((c) => c.id),
      80_000,
    );
    expect(ended.filter((c) => c.state === 'posted')).toHaveLength(20);
    const stats = sim.stats().byKey[OPERATOR_KEY];
    expect(stats).toMatchObject({ api: 'openai', creates: 20, rejected: 0 });
    expect(stats!.peakInFlight).toBe(2);
    // Clips over the cap waited in the queue, their cards saying so; none was made with a
    // workspace key, and posted cards no longer carry the waiting sentence.
    const said = [...messenger.posts.map((p) => p.card), ...messenger.edits.map((e) => e.card)];
    expect(said.some((card) => card.notice?.startsWith('Waiting for a free render slot at openai.'))).toBe(
      true,
    );
    expect(ended.every((c) => c.madeWith === undefined)).toBe(true);
    expect(ended.every((c) => !english(c.notice ?? '').includes('Waiting for a free render slot'))).toBe(
      true,
    );
  });
});
