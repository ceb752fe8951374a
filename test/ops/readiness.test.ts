import { afterEach, describe, expect, it } from 'vitest';
import type { ClipCard } from '../../src/core/card/card.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { Messenger } from '../../src/core/ports/messenger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { mountOpsRoutes } from '../../src/ops/http.ts';
import { instrumentMessenger } from '../../src/ops/instrument.ts';
import { OpsMetrics } from '../../src/ops/metrics.ts';
import { QueueView } from '../../src/ops/queue-view.ts';
import { Readiness, type ReadyAdapter } from '../../src/ops/readiness.ts';
import { REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

/** Readiness, tokens and platform-429 counting on the shared router, in process. */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(options: {
  redisUrl?: string;
  adapters?: ReadyAdapter[];
  providers?: string[];
  adminToken?: string;
  metricsToken?: string;
  queue?: boolean;
}) {
  const metrics = new OpsMetrics({ processMetrics: false });
  const readiness = new Readiness({
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    adapters: options.adapters ?? [],
    providers: options.providers ?? ['openai'],
    metrics,
  });
  const queueView = options.queue
    ? new QueueView({ redisUrl: REDIS_URL, prefix: uniquePrefix('ops-readiness') })
    : undefined;
  const http = new HttpRouter(silentLogger);
  mountOpsRoutes(http, {
    metrics,
    readiness,
    ...(queueView ? { queueView } : {}),
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    logger: silentLogger,
  });
  const url = await http.listen(0, '127.0.0.1');
  closers.push(async () => {
    await http.close();
    await readiness.close();
    await queueView?.close();
  });
  const readyz = async () => {
    const res = await fetch(`${url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { url, metrics, readiness, readyz };
}

describe('/readyz', () => {
  it('is ready with Redis answering and adapters connected', async () => {
    const { readyz } = await serve({
      redisUrl: REDIS_URL,
      adapters: [{ surface: 'discord', ready: async () => true }, { surface: 'studio' }],
    });
    expect(await readyz()).toEqual({
      status: 200,
      body: {
        status: 'ready',
        redis: { ok: true },
        adapters: { discord: { ok: true }, studio: { ok: null, detail: 'does not report its connection' } },
        providers: { openai: { ok: null, detail: 'no call made by this process yet' } },
      },
    });
  });

  it('is not ready when Redis does not answer, and never shows the URL', async () => {
    const secretUrl = 'redis://:hunter2-password@127.0.0.1:1';
    const { readyz } = await serve({ redisUrl: secretUrl });
    const { status, body } = await readyz();
    expect(status).toBe(503);
    expect(body).toMatchObject({
      status: 'not ready',
      redis: { ok: false, detail: 'Redis did not answer PING' },
    });
    expect(JSON.stringify(body)).not.toContain('hunter2');
  });

  it('is not ready when an adapter is disconnected or its check throws', async () => {
    const { readyz } = await serve({
      adapters: [
        { surface: 'discord', ready: async () => false },
        {
          surface: 'slack',
          ready: async () => {
            throw new Error('socket closed');
          },
        },
      ],
    });
    const { status, body } = await readyz();
    expect(status).toBe(503);
    expect(body.adapters).toEqual({
      discord: { ok: false, detail: 'not connected' },
      slack: { ok: false, detail: 'connection check failed' },
    });
  });

  it('follows the last provider call: a 429 is still ready, a retired model on every provider is not', async () => {
    const { metrics, readyz } = await serve({ providers: ['openai', 'fal'] });
    metrics.providerCall('openai', 'status', 0.1, ErrorCode.ProviderRateLimited);
    expect((await readyz()).status).toBe(200);
    metrics.providerCall('openai', 'submit', 0.1, ErrorCode.ModelNotFound);
    expect((await readyz()).status).toBe(200); // fal has not said it is down
    metrics.providerCall('fal', 'submit', 0.1, ErrorCode.ProviderAuth);
    const { status, body } = await readyz();
    expect(status).toBe(503);
    expect((body.providers as Record<string, { ok: boolean }>).fal?.ok).toBe(false);
    metrics.providerCall('fal', 'status', 0.1);
    expect((await readyz()).status).toBe(200);
  });

  it('says "shutting down" once draining, so load balancers stop sending work', async () => {
    const { readiness, readyz } = await serve({});
    readiness.drain();
    expect(await readyz()).toMatchObject({ status: 503, body: { status: 'shutting down' } });
  });
});

describe('tokens', () => {
  it('keeps the dashboard off without ADMIN_TOKEN, and says how to turn it on', async () => {
    const { url } = await serve({ queue: true });
    const res = await fetch(`${url}/admin/queues`, {
      headers: { authorization: 'Bearer anything-at-all-000' },
    });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('the queue dashboard is off: set ADMIN_TOKEN to turn it on');
  });

  it('asks for METRICS_TOKEN on /metrics when it is set', async () => {
    const token = 'metrics-token-0123456789';
    const { url } = await serve({ metricsToken: token });
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('reelbot_spend_usd_total');
  });
});

describe('platform calls', () => {
  it('counts calls by outcome and a failure with a retry-after as a 429', async () => {
    const metrics = new OpsMetrics({ processMetrics: false });
    let calls = 0;
    const flaky: Messenger = {
      surface: 'slack',
      say: async () => ({ surface: 'slack', id: 's1' }),
      post: async () => ({ surface: 'slack', id: 'm1' }),
      edit: async () => {
        calls++;
        if (calls === 1) {
          throw new ReelbotError(ErrorCode.DeliveryFailed, 'Slack is busy.', {
            retryable: true,
            retryAfterMs: 1000,
          });
        }
      },
      upload: async () => ({ surface: 'slack', id: 'u1' }),
      remove: async () => {},
      uploadLimit: async () => 1000,
    };
    const messenger = instrumentMessenger(flaky, metrics);
    const place = { surface: 'slack', workspaceId: 'T1', channelId: 'C1' };
    const card = {} as ClipCard;
    await messenger.post(place, card);
    await expect(messenger.edit({ surface: 'slack', id: 'm1' }, card)).rejects.toThrow('Slack is busy.');
    await messenger.edit({ surface: 'slack', id: 'm1' }, card);
    const text = (await metrics.text()).body;
    expect(text).toContain('reelbot_platform_calls_total{surface="slack",call="post",outcome="ok"} 1');
    expect(text).toContain(
      'reelbot_platform_calls_total{surface="slack",call="edit",outcome="DELIVERY_FAILED"} 1',
    );
    expect(text).toContain('reelbot_platform_calls_total{surface="slack",call="edit",outcome="ok"} 1');
    expect(text).toContain('reelbot_platform_rate_limited_total{surface="slack"} 1');
  });
});
