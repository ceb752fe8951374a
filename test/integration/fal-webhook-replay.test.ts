import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { decodeJobId } from '../../src/providers/fal/job-id.ts';
import { askFor, type FalWebhookRig, startFalWebhookRig } from '../helpers/webhook-checks.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * fal's webhook calls are not signed, so anyone can send them. A forged or repeated call wakes a
 * clip at most once per poll floor (POLL_MIN_MS), and the answer is the same whether or not the
 * id belongs to a live render, so the route cannot be used to learn which ids are live. The
 * render here lasts far longer than the test: the clip stays live throughout.
 */
const FLOOR_MS = 4000;
let app: App;
let base: string;
let rig: FalWebhookRig;

beforeAll(async () => {
  rig = await startFalWebhookRig('fal-webhook-replay', {
    renderMs: 120_000,
    env: { POLL_MIN_MS: String(FLOOR_MS), POLL_MAX_MS: '60000', LOG_LEVEL: 'silent' },
  });
  ({ app, base } = rig);
});

afterAll(async () => {
  await rig?.close();
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
