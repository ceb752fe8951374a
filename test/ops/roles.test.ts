import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStudioRepository } from '../../adapters/studio/redis-repository.ts';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { type MainProcess, NO_MEMBER_LIMITS, startMain, waitFor } from './main-process.ts';

/**
 * The many-machine deployment on one machine: one `ROLE=bot` process takes the commands (the
 * studio's HTTP API), two `ROLE=worker` processes render them from the one queue they share.
 * Each worker says what it delivered in its log ("delivered clip", with its pid and the clip id).
 */
const CLIPS = 24;
const prefix = uniquePrefix('ops-roles');
let sim: Simulator;
let env: Record<string, string>;
const processes: MainProcess[] = [];

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 2000, mediaDir: tempDir('roles-sim') });
  env = pipelineEnv(sim, prefix, {
    LOG_LEVEL: 'info',
    WORKER_CONCURRENCY: '2',
    JOB_LOCK_MS: '10000',
    ...NO_MEMBER_LIMITS,
  });
});

afterAll(async () => {
  for (const p of processes) p.child.kill('SIGKILL');
  await sim?.close();
  await dropPrefix(prefix);
});

describe('one bot process and two worker processes', () => {
  it('share one queue: both workers render, every clip is posted once', { timeout: 90_000 }, async () => {
    const [bot, ...workers] = await Promise.all([
      startMain({ ...env, ROLE: 'bot' }),
      startMain({ ...env, ROLE: 'worker' }),
      startMain({ ...env, ROLE: 'worker' }),
    ]);
    processes.push(bot!, ...workers);
    const store = createRedisStore({ url: REDIS_URL, prefix });
    const repository = createRedisStudioRepository({ url: REDIS_URL, prefix });
    try {
      const ids: string[] = [];
      for (let i = 0; i < CLIPS; i++) {
        const res = await fetch(`${bot!.url}/studio/api/commands`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            channel: 'general',
            member: 'ada',
            text: '/sora generate prompt:a paper boat in the rain duration:4',
            nonce: `roles-${i}-${prefix.slice(-6)}`,
          }),
        });
        expect(res.status).toBe(200);
        const body = (await res.json()) as { kind: string; message?: { key: string } };
        const clipId = await store.messages.clipFor(body.message!.key);
        ids.push(clipId!);
      }
      expect(new Set(ids).size).toBe(CLIPS);

      await waitFor(
        async () =>
          (await Promise.all(ids.map((id) => store.clips.get(id)))).every((c) => c?.state === 'posted'),
        'every clip posted',
        60_000,
      );
      const deliveredBy = workers.map((w) =>
        w.lines.filter((l) => l.msg === 'delivered clip').map((l) => ({ clipId: l.clipId, pid: l.pid })),
      );
      for (const [i, delivered] of deliveredBy.entries()) {
        expect(delivered.length, `worker ${i + 1}'s share`).toBeGreaterThan(0);
        expect(new Set(delivered.map((d) => d.pid))).toEqual(new Set([workers[i]!.pid]));
      }
      const all = deliveredBy.flat().map((d) => d.clipId as string);
      expect(all.sort()).toEqual([...ids].sort());
      expect(bot!.lines.filter((l) => l.msg === 'delivered clip')).toHaveLength(0);
      expect(sim.stats().creates).toBe(CLIPS);

      const videos = (await repository.list('general', 300)).filter((m) => m.kind === 'clip');
      expect(videos.map((m) => m.card?.clipId).sort()).toEqual([...ids].sort());
      console.log(`roles: worker shares ${deliveredBy.map((d) => d.length).join(' + ')} of ${CLIPS}`);
    } finally {
      await repository.close();
      await store.close();
    }
    for (const p of [bot!, ...workers]) p.child.kill('SIGTERM');
    expect(await Promise.all([bot!, ...workers].map((p) => p.exited))).toEqual([0, 0, 0]);
  });
});
