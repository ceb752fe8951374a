import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapters } from '../../adapters/index.ts';
import type { SurfaceAdapter } from '../../adapters/types.ts';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { adapterContext } from '../../src/adapter-context.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountOpsRoutes } from '../../src/ops/http.ts';
import { Readiness } from '../../src/ops/readiness.ts';
import { pipelineEnv, tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { PrivateRedis } from '../helpers/redis-server.ts';
import { askFor } from '../helpers/webhook-checks.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill: Redis crashes (SIGKILL) and comes back while clips render. The test runs its own
 * redis-server on a free port, never the shared one, and builds the process as main.ts does:
 * app, studio, /readyz, worker. While Redis is away /readyz says 503 and the studio answers 503
 * within STUDIO_REQUEST_TIMEOUT_MS instead of hanging; once Redis answers again /readyz is 200
 * within 10 s, and every clip asked for before the crash is posted once, bought once.
 */
const CLIPS = 6;
/** The requirement: ready again this soon after Redis answers (a bound, not a benchmark). */
const READY_AGAIN_MS = 10_000;
const STUDIO_TIMEOUT_MS = 1000;

let redis: PrivateRedis;
let sim: Simulator;
let app: App;
let http: HttpRouter;
let readiness: Readiness;
let adapters: SurfaceAdapter[] = [];
let base: string;
const messenger = new RecordingMessenger('test');

beforeAll(async () => {
  redis = await PrivateRedis.start();
  sim = await createSimulator({ port: 0, renderMs: 4000, mediaDir: tempDir('outage-sim') });
  const config = loadConfig(
    pipelineEnv(sim, 'drill-outage', {
      REDIS_URL: redis.url,
      STUDIO: 'on',
      STUDIO_REQUEST_TIMEOUT_MS: String(STUDIO_TIMEOUT_MS),
      // The production lock: a worker cut off for a few seconds keeps its jobs.
      JOB_LOCK_MS: '30000',
    }),
  );
  app = await createApp(config, silentLogger, { messengers: [messenger] });
  http = new HttpRouter(silentLogger);
  adapters = await createAdapters(adapterContext(app, http), config);
  readiness = new Readiness({
    redisUrl: redis.url,
    adapters,
    providers: app.providers.all().map((p) => p.name),
    metrics: app.metrics,
  });
  mountOpsRoutes(http, { metrics: app.metrics, readiness, logger: silentLogger });
  for (const adapter of adapters) app.messengers.register(adapter.messenger);
  for (const adapter of adapters) await adapter.start();
  await app.startWorker();
  base = await http.listen(0, '127.0.0.1');
}, 30_000);

afterAll(async () => {
  // A failed run may end with Redis down: closing waits on it, so bring it back first.
  if (redis && !redis.answers()) await redis.start();
  for (const adapter of adapters) await adapter.stop().catch(() => {});
  await http?.close();
  await readiness?.close();
  await app?.close();
  await sim?.close();
  await redis?.kill();
});

const readyz = async () => (await fetch(`${base}/readyz`)).status;

/** A studio request; a hang fails the test through the abort long before vitest's timeout. */
async function studio(path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    ...(body
      ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
      : {}),
    signal: AbortSignal.timeout(STUDIO_TIMEOUT_MS + 4000),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
}

describe('drill: Redis crashes and comes back', () => {
  it('is ready again within 10 s, answers 503 meanwhile, and posts every clip once', {
    timeout: 120_000,
  }, async () => {
    const clips = await Promise.all(
      Array.from({ length: CLIPS }, (_, i) => askFor(app, `a lighthouse in fog, take ${i}`)),
    );
    await waitFor(async () => {
      const stored = await Promise.all(clips.map((c) => app.store.clips.get(c.id)));
      return stored.every((c) => c?.providerJobId !== undefined);
    }, 'every clip to be submitted');
    expect(await readyz()).toBe(200);
    // appendfsync everysec: a second on, what Redis acknowledged is in the append-only file.
    await new Promise((r) => setTimeout(r, 1200));

    await redis.kill();
    expect(await readyz()).toBe(503);
    const command = await studio('/studio/api/commands', {
      channel: 'general',
      member: 'ada',
      text: '/sora generate prompt:a kite over dunes duration:4',
      nonce: 'outage-nonce-0001',
    });
    expect(command).toMatchObject({ status: 503, body: { error: { code: 'UNAVAILABLE' } } });
    expect(await studio('/studio/api/messages?channel=general')).toMatchObject({
      status: 503,
      body: { error: { code: 'UNAVAILABLE' } },
    });
    expect(await readyz()).toBe(503);

    await redis.start();
    await waitFor(async () => (await readyz()) === 200, '/readyz to be 200 again', READY_AGAIN_MS);

    const done = await Promise.all(clips.map((c) => waitForEnd(app, c.id, 90_000)));
    expect(done.map((c) => c.state)).toEqual(clips.map(() => 'posted'));
    // Posted once each (a second upload of a clip would carry its own key) and bought once each.
    expect(messenger.uploads.map((u) => u.card.clipId).sort()).toEqual(clips.map((c) => c.id).sort());
    expect(sim.stats().creates).toBe(CLIPS);
    // And the studio works again.
    expect((await studio('/studio/api/messages?channel=general')).status).toBe(200);
  });
});
