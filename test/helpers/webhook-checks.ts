import { expect } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountProviderWebhooks } from '../../src/providers/webhooks.ts';
import { tempDir, waitForEnd } from './pipeline.ts';
import { RecordingMessenger } from './recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from './redis.ts';

/** A 4-second landscape clip asked for in the webhook tests' one channel. */
export function askFor(app: App, prompt: string, author: Member = { id: 'u1', name: 'Ada' }) {
  return app.services.clips.request({
    prompt,
    options: { durationS: 4, size: '1280x720' },
    author,
    place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
  });
}

/**
 * A clip posted within seconds, with the app's first poll 20 s or more away: only the provider's
 * webhook can have woken it. `statusCalls`: 1 where the webhook only wakes (the status call
 * decides), 0 where a signed completion is trusted.
 */
export async function expectWokenByWebhook(app: App, sim: Simulator, statusCalls: 0 | 1): Promise<void> {
  const clip = await askFor(app, 'a heron lifting off a misty lake');
  const done = await waitForEnd(app, clip.id, 12_000);
  expect(done.state).toBe('posted');
  expect(done.statusCalls).toBe(statusCalls);
  expect(sim.stats().webhooksDelivered).toBeGreaterThanOrEqual(1);
}

/** The app on Redis with fal served by the simulator, its webhook route mounted: what both fal webhook tests run. */
export interface FalWebhookRig {
  app: App;
  sim: Simulator;
  /** The HTTP server's base URL (the webhook is `${base}/webhooks/fal`). */
  base: string;
  close(): Promise<void>;
}

export async function startFalWebhookRig(
  name: string,
  /** `webhook`: fal is told to call this server's /webhooks/fal when a render ends. */
  options: { renderMs: number; env: Record<string, string>; webhook?: boolean },
): Promise<FalWebhookRig> {
  const prefix = uniquePrefix(name);
  const http = new HttpRouter(silentLogger);
  const sim = await createSimulator({
    port: 0,
    renderMs: options.renderMs,
    mediaDir: tempDir(`${name}-sim`),
  });
  const base = await http.listen(0, '127.0.0.1');
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'fal',
    FAL_KEY: `${name}-test`,
    FAL_BASE_URL: sim.falUrl,
    FAL_MODELS: 'fal-ai/veo3.1',
    MEDIA_DIR: tempDir(`${name}-media`),
    ...(options.webhook ? { FAL_WEBHOOK_URL: `${base}/webhooks/fal` } : {}),
    ...options.env,
  });
  const app = await createApp(config, silentLogger, { messengers: [new RecordingMessenger('test')] });
  mountProviderWebhooks(http, {
    service: app.services.clips,
    logger: silentLogger,
    fal: { provider: 'fal', claims: app.store.keyValue, wakeFloorMs: config.worker.pollMinMs },
  });
  await app.startWorker();
  return {
    app,
    sim,
    base,
    async close() {
      await app.close();
      await http.close();
      await sim.close();
      await dropPrefix(prefix);
    },
  };
}
