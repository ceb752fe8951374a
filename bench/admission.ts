import type { Simulator } from '../simulator/types.ts';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { pipelineEnv } from '../test/helpers/pipeline.ts';
import { dropPrefix, uniquePrefix } from '../test/helpers/redis.ts';
import { NO_MEMBER_LIMITS } from '../test/ops/main-process.ts';
import { type Row, say } from './lib.ts';

const REQUESTS = 5000;
const PARALLEL = 64;

/** Run `count` calls with at most `parallel` in flight; requests per second. */
async function throughput(count: number, parallel: number, call: (i: number) => Promise<unknown>) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await call(next++);
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

/**
 * Admission: ClipService.request (validate, store the clip, add its BullMQ job) on the real
 * Redis, no worker running, 64 requests in flight. The naive design buys the video inside the
 * request (provider create before answering), here against the local simulator.
 */
export async function benchAdmission(sim: Simulator): Promise<Row> {
  const prefix = uniquePrefix('bench-admission');
  const app = await createApp(loadConfig(pipelineEnv(sim, prefix, { ...NO_MEMBER_LIMITS })), silentLogger);
  const request = (i: number) =>
    app.services.clips.request({
      prompt: `admission ${i}`,
      options: { durationS: 4, size: '720x1280' },
      author: { id: `u${i % 97}`, name: 'Member' },
      place: { surface: 'bench', workspaceId: 'w', channelId: 'c' },
    });
  try {
    await throughput(200, PARALLEL, request); // warm-up: connections, scripts loaded
    say(`admission: ${REQUESTS} requests`);
    const rps = await throughput(REQUESTS, PARALLEL, (i) => request(200 + i));
    const provider = app.providers.primary();
    say('admission (naive: buy inside the request)');
    const naiveRps = await throughput(REQUESTS / 5, PARALLEL, async (i) => {
      const clip = await request(100_000 + i);
      await provider.submit({
        prompt: 'admission naive',
        model: clip.options.model,
        durationS: clip.options.durationS,
        size: clip.options.size,
        idempotencyKey: `bench-naive-${prefix}-${i}`,
      });
    });
    return {
      what: 'Admission throughput: `ClipService.request` into BullMQ on Redis (64 in flight)',
      reelbot: `${Math.round(rps).toLocaleString('en')} requests/s`,
      naive: `${Math.round(naiveRps).toLocaleString('en')} requests/s (provider create inside the request, local simulator)`,
      target: '≥ 2,000 requests/s',
      met: rps >= 2000,
    };
  } finally {
    await app.close();
    await dropPrefix(prefix);
    sim.reset();
  }
}
