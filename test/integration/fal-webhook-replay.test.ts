import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { decodeJobId } from '../../src/providers/fal/job-id.ts';
import { createSimulator } from '../../src/providers/simulator/index.ts';
import type { Simulator } from '../../src/providers/simulator/types.ts';
import { mountProviderWebhooks } from '../../src/providers/webhooks.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { askFor } from '../helpers/webhook-checks.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * fal's webhook calls are not signed, so anyone can send them. A forged or repeated call wakes a
 * clip at most once per poll floor (POLL_MIN_MS), and the answer is the same whether or not the
 * id belongs to a live render, so the route cannot be used to learn which ids are live. The
 * render here lasts far longer than the test: the clip stays live throughout.
 */
const FLOOR_MS = 4000;
let sim: Simulator;
let app: App;
let base: string;
const http = new HttpRouter(silentLogger);
const prefix = uniquePrefix('fal-webhook-replay');

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 120_000, mediaDir: tempDir('falreplay-sim') });
  base = await http.listen(0, '127.0.0.1');
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'fal',
    FAL_KEY: 'fal-webhook-replay-test',
    FAL_BASE_URL: sim.falUrl,
    FAL_MODELS: 'fal-ai/veo3.1',
    POLL_MIN_MS: String(FLOOR_MS),
    POLL_MAX_MS: '60000',
    MEDIA_DIR: tempDir('falreplay-media'),
    LOG_LEVEL: 'silent',
  });
  app = await createApp(config, silentLogger, { messengers: [new RecordingMessenger('test')] });
  mountProviderWebhooks(http, {
    service: app.services.clips,
    logger: silentLogger,
    fal: { provider: 'fal', claims: app.store.claims, wakeFloorMs: config.worker.pollMinMs },
  });
  await app.startWorker();
});

afterAll(async () => {
  await app.close();
  await http.close();
  await sim.close();
  await dropPrefix(prefix);
});

describe('fal webhook calls from anyone', () => {
  it('wake a job at most once per poll floor, and answer alike for live and forged ids', async () => {
    const asked = await askFor(app, 'a tram crossing a bridge in the rain');
    let liveJobId = '';
    await waitFor(async () => {
      liveJobId = (await app.store.clips.get(asked.id))?.providerJobId ?? '';
      return liveJobId !== '';
    }, 'the clip to be submitted');
    const { endpoint, requestId } = decodeJobId(liveJobId);
    const forgedRequestId = 'forged-0000-1111-2222';

    // Count the wakes the route asks the core for (the route calls it before any later answer).
    const woken: string[] = [];
    const wake = app.services.clips.wake.bind(app.services.clips);
    app.services.clips.wake = (provider, jobId, signed) => {
      woken.push(jobId);
      return wake(provider, jobId, signed);
    };
    const call = async (id: string) => {
      const res = await fetch(`${base}/webhooks/fal?endpoint=${endpoint}`, {
        method: 'POST',
        body: JSON.stringify({ request_id: id, status: 'OK' }),
      });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    };

    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push(await call(requestId));
      answers.push(await call(forgedRequestId));
    }
    expect(answers[0]).toEqual({ status: 200, type: 'application/json', body: '{"ok":true}' });
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const forgedJobId = liveJobId.replace(requestId, forgedRequestId);
    expect(woken.filter((id) => id === liveJobId)).toHaveLength(1);
    expect(woken.filter((id) => id === forgedJobId)).toHaveLength(1);
    expect(woken).toHaveLength(2);

    // The floor is a floor, not a ban: once it has passed, the next call wakes the clip again.
    await new Promise((r) => setTimeout(r, FLOOR_MS + 250));
    expect(await call(requestId)).toEqual(answers[0]);
    expect(woken.filter((id) => id === liveJobId)).toHaveLength(2);
    expect((await app.store.clips.get(asked.id))?.state).toMatch(/^(submitted|rendering)$/);
  });
});
