import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import { type Clip, isTerminal } from '../../src/core/clip/clip.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { Messenger } from '../../src/core/ports/messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from './redis.ts';

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `reelbot-${name}-`));

/** Environment for an app that renders through the simulator on real Redis. */
export function pipelineEnv(sim: Simulator, prefix: string, extra: Record<string, string> = {}) {
  return {
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'openai',
    OPENAI_API_KEY: 'sk-test-pipeline-key',
    OPENAI_BASE_URL: sim.url,
    POLL_MIN_MS: '200',
    POLL_MAX_MS: '1000',
    CARD_EDIT_INTERVAL_MS: '0',
    JOB_LOCK_MS: '5000',
    JOB_MAX_RETRIES: '3',
    MEDIA_DIR: tempDir('media'),
    LOG_LEVEL: 'silent',
    // Pipeline tests make many clips per member quickly; the caps have their own tests
    // (test/integration/budget.test.ts, fair-queue.test.ts).
    MEMBER_MAX_ACTIVE: '1000',
    RATE_LIMIT_PER_MINUTE: '10000',
    // The simulator's injected faults (429s, shutdown) hit /v1/moderations too; the content check
    // is tested on its own (test/integration/moderation.test.ts sets MODERATION=openai).
    MODERATION: 'off',
    ...extra,
  };
}

/** The simulator, and an app on real Redis wired to it, with the given messengers. */
export async function startPipeline(
  name: string,
  messengers: Messenger[],
  options: { renderMs?: number; env?: Record<string, string> } = {},
) {
  const sim = await createSimulator({
    port: 0,
    renderMs: options.renderMs ?? 1200,
    mediaDir: tempDir('sim'),
  });
  const prefix = uniquePrefix(name);
  const config: Config = loadConfig(pipelineEnv(sim, prefix, options.env));
  const app: App = await createApp(config, silentLogger, { messengers });
  await app.startWorker();
  const queue = new Queue('clips', { connection: { url: REDIS_URL }, prefix });
  const redis = new Redis(REDIS_URL);
  const pendingJobs = async () => {
    const counts = await queue.getJobCounts('wait', 'delayed', 'active', 'prioritized', 'waiting-children');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };
  return {
    sim,
    app,
    prefix,
    /** Jobs BullMQ still holds in any non-finished state. */
    pendingJobs,
    /**
     * Jobs left once the queue settles: a clip is marked finished a moment before BullMQ retires
     * its job, so wait (up to 5 s) for the count to reach zero before reporting it.
     */
    async jobsLeft() {
      const deadline = Date.now() + 5000;
      let left = await pendingJobs();
      while (left > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        left = await pendingJobs();
      }
      return left;
    },
    /** Clip records stored under this app's prefix. */
    async storedClips() {
      let count = 0;
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:clip:*`, 'COUNT', 1000);
        cursor = next;
        count += keys.length;
      } while (cursor !== '0');
      return count;
    },
    /** Jobs a worker is running right now. */
    async activeJobs() {
      return (await queue.getJobCounts('active')).active ?? 0;
    },
    async close() {
      redis.disconnect();
      await queue.close();
      await app.close();
      await sim.close();
      await dropPrefix(prefix);
    },
  };
}

/** Poll the store until the clip reaches a terminal state. */
export async function waitForEnd(app: App, clipId: string, timeoutMs = 30_000): Promise<Clip> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const clip = await app.store.clips.get(clipId);
    if (clip && isTerminal(clip.state)) return clip;
    if (Date.now() > deadline) throw new Error(`clip ${clipId} still ${clip?.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
