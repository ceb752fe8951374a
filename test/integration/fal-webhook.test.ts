import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/types.ts';
import type { App } from '../../src/app.ts';
import { expectWokenByWebhook, type FalWebhookRig, startFalWebhookRig } from '../helpers/webhook-checks.ts';

/**
 * fal's webhook wakes a rendering clip at once. The first status poll is set 20 s away, so a
 * clip posted within a few seconds can only have been woken by the webhook.
 */
let sim: Simulator;
let app: App;
let base: string;
let rig: FalWebhookRig;

beforeAll(async () => {
  rig = await startFalWebhookRig('fal-webhook', {
    renderMs: 600,
    webhook: true,
    env: { POLL_MIN_MS: '20000', POLL_MAX_MS: '30000' },
  });
  ({ app, sim, base } = rig);
});

afterAll(async () => {
  await rig?.close();
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
