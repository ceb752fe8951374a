import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { type MainProcess, startMain, waitFor } from './main-process.ts';

/**
 * The operator's endpoints on a real `node src/main.ts` (ROLE=all, Redis, the OpenAI-compatible
 * provider pointed at the simulator): health, readiness, Prometheus metrics after real clips, and
 * the queue dashboard behind ADMIN_TOKEN. No secret may appear in anything they answer.
 */
const API_KEY = 'sk-test-ops-http-do-not-print-me';
const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
const prefix = uniquePrefix('ops-http');
let sim: Simulator;
let main: MainProcess;

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 1000, mediaDir: tempDir('ops-http-sim') });
  main = await startMain({
    ...pipelineEnv(sim, prefix, { LOG_LEVEL: 'info', OPENAI_API_KEY: API_KEY }),
    ADMIN_TOKEN,
  });
});

afterAll(async () => {
  main?.child.kill('SIGTERM');
  await main?.exited;
  await sim?.close();
  await dropPrefix(prefix);
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${main.url}${path}`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const basic = (password: string) => ({
  authorization: `Basic ${Buffer.from(`anyone:${password}`).toString('base64')}`,
});

/** The value of one series in Prometheus text, matching its labels in any order. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',');
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z_:]+)(?:\{(.*)\})? (\S+)$/);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '')
      .split(/,(?=[a-z_]+=")/)
      .filter(Boolean)
      .sort()
      .join(',');
    if (have === want) return Number(m[3]);
  }
  return undefined;
}

async function makeClip(nonce: string, prompt: string) {
  const res = await fetch(`${main.url}/studio/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channel: 'general',
      member: 'ada',
      text: `/sora generate prompt:${prompt} duration:4`,
      nonce,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { message: { key: string } }).message.key;
}

describe('health and readiness', () => {
  it('/healthz says the process is up', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('/readyz checks Redis and says what it cannot know, without secrets', async () => {
    const res = await get('/readyz');
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({
      status: 'ready',
      redis: { ok: true },
      adapters: { studio: { ok: null } },
      providers: { openai: { ok: null } },
    });
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(ADMIN_TOKEN);
    expect(text).not.toContain(sim.url);
  });
});

describe('/metrics', () => {
  it('counts posted clips, spend, durations, provider errors by code and jobs by state', async () => {
    // One provider 429 on the first create: retried, and counted by code.
    sim.faults.set({ rateLimit: { count: 1, route: 'create', retryAfterMs: 200 } });
    const store = createRedisStore({ url: REDIS_URL, prefix });
    try {
      const keys = [
        await makeClip('ops-http-one', 'a red kite'),
        await makeClip('ops-http-two', 'a blue kite'),
      ];
      const ids = await Promise.all(keys.map(async (k) => (await store.messages.clipFor(k))!));
      await waitFor(
        async () =>
          (await Promise.all(ids.map((id) => store.clips.get(id)))).every((c) => c?.state === 'posted'),
        'both clips posted',
      );
      // A job reads `posted` a moment before it returns (the posted card and notices come last).
      await waitFor(async () => {
        const text = await (await get('/metrics')).text();
        return (
          sample(text, 'reelbot_jobs', { state: 'active' }) === 0 &&
          sample(text, 'reelbot_job_steps_running') === 0
        );
      }, 'both jobs finished');
      const clips = await Promise.all(ids.map((id) => store.clips.get(id)));
      const statusCalls = clips.reduce((n, c) => n + c!.statusCalls, 0);

      const res = await get('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      const sora = { provider: 'openai', model: 'sora-2' };
      expect(sample(text, 'reelbot_clips_posted_total', { ...sora, surface: 'studio' })).toBe(2);
      // sora-2 at $0.10 a second, two 4-second clips.
      expect(sample(text, 'reelbot_spend_usd_total', sora)).toBeCloseTo(0.8, 6);
      expect(sample(text, 'reelbot_render_seconds_count', sora)).toBe(2);
      expect(sample(text, 'reelbot_delivery_seconds_count', { surface: 'studio' })).toBe(2);
      expect(
        sample(text, 'reelbot_provider_errors_total', { provider: 'openai', code: 'PROVIDER_RATE_LIMITED' }),
      ).toBe(1);
      expect(
        sample(text, 'reelbot_provider_calls_total', { provider: 'openai', call: 'submit', outcome: 'ok' }),
      ).toBe(2);
      expect(
        sample(text, 'reelbot_provider_calls_total', { provider: 'openai', call: 'status', outcome: 'ok' }),
      ).toBe(statusCalls);
      expect(
        sample(text, 'reelbot_platform_calls_total', { surface: 'studio', call: 'upload', outcome: 'ok' }),
      ).toBe(2);
      expect(sample(text, 'reelbot_jobs', { state: 'active' })).toBe(0);
      expect(sample(text, 'reelbot_job_steps_running')).toBe(0);
      expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(ADMIN_TOKEN);

      // The provider answered this process's last call: readiness now says so.
      const ready = (await (await get('/readyz')).json()) as { providers: Record<string, { ok: boolean }> };
      expect(ready.providers.openai?.ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('the queue dashboard', () => {
  it('refuses without the token, or with a wrong one', async () => {
    for (const headers of [{}, bearer('not-the-admin-token-at-all'), basic('wrong-password-0000000')]) {
      const res = await get('/admin/queues', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic /);
      expect(await res.text()).not.toContain('bull');
    }
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
  });

  it('serves bull-board from the package with the token, and lists the clip queue', async () => {
    const page = await get('/admin/queues', bearer(ADMIN_TOKEN));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<base href="/admin/queues/"');
    expect(page.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    const script = html.match(/src="(static\/js\/main\.[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`/admin/queues/${script}`, basic(ADMIN_TOKEN));
    expect(asset.status).toBe(200);
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    const api = await get('/admin/queues/api/queues?activeQueue=clips&page=1', basic(ADMIN_TOKEN));
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
    expect(body.queues.map((q) => q.name)).toEqual(['clips']);
    expect(body.queues[0]!.readOnlyMode).toBe(true);
  });
});
