import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStudioRepository } from '../../adapters/studio/redis-repository.ts';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { isTerminal } from '../../src/core/clip/clip.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { NO_MEMBER_LIMITS, startMain, waitFor } from './main-process.ts';

/**
 * SIGTERM to a real `ROLE=worker` process while clips are in flight: it stops taking jobs, lets
 * the steps it is running finish, hands every job back, closes its connections and exits 0. The
 * job lock is a minute long, so a worker that died holding jobs would leave them stuck for the
 * whole test: the replacement finishing everything proves the jobs were handed back, not stalled.
 */
const CLIPS = 12;
const prefix = uniquePrefix('ops-shutdown');
let sim: Simulator;
let env: Record<string, string>;
let producer: App;
let queue: Queue;

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 3000, mediaDir: tempDir('shutdown-sim') });
  env = pipelineEnv(sim, prefix, {
    LOG_LEVEL: 'info',
    JOB_LOCK_MS: '60000',
    WORKER_CONCURRENCY: '4',
    POLL_MIN_MS: '300',
    POLL_MAX_MS: '600',
    SHUTDOWN_TIMEOUT_MS: '15000',
    ...NO_MEMBER_LIMITS,
  });
  producer = await createApp(loadConfig(env), silentLogger);
  queue = new Queue('clips', { connection: { url: REDIS_URL }, prefix });
});

afterAll(async () => {
  await queue?.close();
  await producer?.close();
  await sim?.close();
  await dropPrefix(prefix);
});

const activeJobs = async () => (await queue.getJobCounts('active')).active ?? 0;

describe('a worker told to stop', () => {
  it('finishes its running steps, hands its jobs back and exits 0; a new worker finishes every clip', {
    timeout: 90_000,
  }, async () => {
    const first = await startMain({ ...env, ROLE: 'worker' });
    const ids: string[] = [];
    for (let i = 0; i < CLIPS; i++) {
      const clip = await producer.services.clips.request({
        prompt: 'a lighthouse beam sweeping through fog',
        options: { durationS: 4, size: '720x1280' },
        author: { id: `u${i}`, name: 'Member' },
        place: { surface: 'studio', workspaceId: 'local', channelId: 'general' },
      });
      ids.push(clip.id);
    }
    // Slow answers, so provider calls are in the middle of running when the signal arrives.
    sim.faults.set({ latencyMs: 700 });
    await waitFor(async () => {
      const clips = await Promise.all(ids.map((id) => producer.store.clips.get(id)));
      return clips.some((c) => c?.state === 'rendering') && (await activeJobs()) > 0;
    }, 'renders under way with a step running');
    const activeAtSignal = await activeJobs();

    first.child.kill('SIGTERM');
    const code = await Promise.race([
      first.exited,
      new Promise((r) => setTimeout(() => r('still running after 20 s'), 20_000)),
    ]);
    expect(code).toBe(0);
    expect(first.lines.some((l) => l.msg === 'shutting down: finishing running steps')).toBe(true);
    expect(first.lines.find((l) => l.msg === 'stopped')).toMatchObject({ failed: [] });
    // Nothing is left locked by the stopped worker: every job is waiting or delayed again.
    expect(activeAtSignal).toBeGreaterThan(0);
    expect(await activeJobs()).toBe(0);
    const unfinished = (await Promise.all(ids.map((id) => producer.store.clips.get(id)))).filter(
      (c) => c && !isTerminal(c.state),
    );
    expect(unfinished.length).toBeGreaterThan(0);

    sim.faults.reset();
    const second = await startMain({ ...env, ROLE: 'worker' });
    await waitFor(
      async () =>
        (await Promise.all(ids.map((id) => producer.store.clips.get(id)))).every(
          (c) => c?.state === 'posted',
        ),
      'every clip posted',
      45_000,
    );
    expect(sim.stats().creates).toBe(CLIPS);

    const repository = createRedisStudioRepository({ url: REDIS_URL, prefix });
    try {
      const videos = (await repository.list('general', 300)).filter((m) => m.kind === 'clip');
      expect(videos.map((m) => m.card?.clipId).sort()).toEqual([...ids].sort());
    } finally {
      await repository.close();
    }

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
