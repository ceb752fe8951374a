import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { createSimulator } from '../../src/providers/simulator/index.ts';
import type { Simulator } from '../../src/providers/simulator/types.ts';
import { mountProviderWebhooks } from '../../src/providers/webhooks.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { expectWokenByWebhook } from '../helpers/webhook-checks.ts';

/**
 * fal's webhook wakes a rendering clip at once. The first status poll is set 20 s away, so a
 * clip posted within a few seconds can only have been woken by the webhook.
 */
let sim: Simulator;
let app: App;
let base: string;
const http = new HttpRouter(silentLogger);
const prefix = uniquePrefix('fal-webhook');

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 600, mediaDir: tempDir('falhook-sim') });
  base = await http.listen(0, '127.0.0.1');
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'fal',
    FAL_KEY: 'fal-webhook-test',
    FAL_BASE_URL: sim.falUrl,
    FAL_MODELS: 'fal-ai/veo3.1',
    FAL_WEBHOOK_URL: `${base}/webhooks/fal`,
    POLL_MIN_MS: '20000',
    POLL_MAX_MS: '30000',
    MEDIA_DIR: tempDir('falhook-media'),
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

describe('fal webhooks', () => {
  it('wake a rendering clip, which is posted long before its next poll', async () => {
    await expectWokenByWebhook(app, sim, 1);
  });

  it('answer a call about no known job without waking anything, and refuse one that is not a webhook', async () => {
    const unknown = await fetch(`${base}/webhooks/fal?endpoint=fal-ai/veo3.1`, {
      method: 'POST',
      body: JSON.stringify({ request_id: 'not-ours-1234', status: 'OK' }),
    });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toEqual({ ok: true });
    const junk = await fetch(`${base}/webhooks/fal`, { method: 'POST', body: 'not json' });
    expect(junk.status).toBe(400);
  });
});
