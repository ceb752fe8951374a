import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, signWebhook } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountProviderWebhooks } from '../../src/providers/webhooks.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { askFor, expectWokenByWebhook } from '../helpers/webhook-checks.ts';

/**
 * OpenAI's signed video webhooks: a verified `video.completed` is trusted, so the clip is fetched
 * at once with no status call. The first status poll is minutes away (the safety net), so a clip
 * posted within a few seconds can only have been woken by the webhook.
 */
const SECRET = `whsec_${Buffer.from('reelbot-openai-webhook-test-secret').toString('base64')}`;
let sim: Simulator;
let app: App;
let base: string;
const http = new HttpRouter(silentLogger);
const prefix = uniquePrefix('openai-webhook');

beforeAll(async () => {
  base = await http.listen(0, '127.0.0.1');
  sim = await createSimulator({
    port: 0,
    renderMs: 600,
    mediaDir: tempDir('oaihook-sim'),
    webhook: { url: `${base}/webhooks/openai`, secret: SECRET },
  });
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'openai',
    OPENAI_API_KEY: 'sk-openai-webhook-test',
    OPENAI_BASE_URL: sim.url,
    OPENAI_WEBHOOK_SECRET: SECRET,
    MODERATION: 'off',
    POLL_MIN_MS: '20000',
    POLL_MAX_MS: '30000',
    MEDIA_DIR: tempDir('oaihook-media'),
  });
  app = await createApp(config, silentLogger, { messengers: [new RecordingMessenger('test')] });
  const openai = config.providers.find((p) => p.kind === 'openai');
  expect(openai && 'webhookSecret' in openai && openai.webhookSecret).toBe(SECRET);
  mountProviderWebhooks(http, {
    service: app.services.clips,
    logger: silentLogger,
    openai: { provider: 'openai', secret: SECRET },
  });
  await app.startWorker();
});

afterAll(async () => {
  await app.close();
  await http.close();
  await sim.close();
  await dropPrefix(prefix);
});

/** POST an event to the route, signed with `secret` (or unsigned). */
async function post(event: unknown, secret?: string) {
  const body = JSON.stringify(event);
  const id = `msg_${Math.random().toString(36).slice(2)}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) {
    headers['webhook-id'] = id;
    headers['webhook-timestamp'] = timestamp;
    headers['webhook-signature'] = signWebhook(secret, id, timestamp, body);
  }
  const res = await fetch(`${base}/webhooks/openai`, { method: 'POST', body, headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const event = (type: string, id: string) => ({
  id: 'evt_test',
  object: 'event',
  created_at: Math.floor(Date.now() / 1000),
  type,
  data: { id },
});

describe('OpenAI video webhooks', () => {
  it('fetch a clip whose signed completion arrived, with no status call at all', async () => {
    await expectWokenByWebhook(app, sim, 0);
  });

  it('refuse a call that is unsigned or signed with another secret, and wake nothing', async () => {
    // [slow]: the simulator renders it 10x longer, so its own webhook cannot come first.
    const clip = await askFor(app, 'a slow pan across a frozen harbour [slow]', { id: 'u2', name: 'Bob' });
    // Submitted, and now waiting 20 s for its first poll (the render takes 6 s).
    let current = await app.store.clips.get(clip.id);
    for (let i = 0; i < 100 && !current?.providerJobId; i++) {
      await new Promise((r) => setTimeout(r, 20));
      current = await app.store.clips.get(clip.id);
    }
    const videoId = current!.providerJobId!;
    const forged = await post(event('video.completed', videoId), 'whsec_b3RoZXItc2VjcmV0');
    expect(forged.status).toBe(400);
    expect(String(forged.body.error)).toMatch(/signature/);
    const unsigned = await post(event('video.completed', videoId));
    expect(unsigned.status).toBe(400);
    // Neither was believed: nothing recorded, no status call, still rendering.
    const after = await app.store.clips.get(clip.id);
    expect(after).toMatchObject({ statusCalls: 0, state: 'submitted' });
    expect(after?.reportedDoneAt).toBeUndefined();
    // With webhooks on, the safety-net poll is OPENAI_WEBHOOK_FALLBACK_MS away (5 min by default).
    expect(app.providers.get('openai').webhookFallbackMs).toBe(5 * 60_000);
    await app.services.clips.cancel(clip.id, { id: 'u2', name: 'Bob' });
  });

  it('answer a signed event about something else, or an unknown video, without waking anything', async () => {
    expect(await post(event('batch.completed', 'batch_1'), SECRET)).toEqual({
      status: 200,
      body: { woke: false },
    });
    expect(await post(event('video.completed', 'video_not_ours'), SECRET)).toEqual({
      status: 200,
      body: { woke: false },
    });
  });
});
