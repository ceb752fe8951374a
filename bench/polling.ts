import { createSimulator } from '../simulator/index.ts';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { HttpRouter } from '../src/http/router.ts';
import { mountProviderWebhooks } from '../src/providers/webhooks.ts';
import { pipelineEnv, tempDir } from '../test/helpers/pipeline.ts';
import { RecordingMessenger } from '../test/helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../test/helpers/redis.ts';
import { NO_MEMBER_LIMITS } from '../test/ops/main-process.ts';
import { type Row, say, until } from './lib.ts';

/** Time compression: every duration below is the real one divided by this. */
const SCALE = 20;
const RENDER_MS = 120_000 / SCALE;
const CLIPS = 40;

const WEBHOOK_SECRET = `whsec_${Buffer.from('reelbot-bench-webhook-secret').toString('base64')}`;

/**
 * Status calls per clip for a 2-minute render, with the given poll floor and ceiling (real ms);
 * with `webhooks`, the simulator sends OpenAI's signed `video.completed` to the app's
 * /webhooks/openai, as a project with a webhook endpoint does.
 */
async function statusCallsPerClip(
  pollMinMs: number,
  pollMaxMs: number,
  webhooks = false,
): Promise<{ mean: number; max: number }> {
  const http = new HttpRouter(silentLogger);
  const base = webhooks ? await http.listen(0, '127.0.0.1') : undefined;
  const sim = await createSimulator({
    port: 0,
    renderMs: RENDER_MS,
    mediaDir: tempDir('bench-poll-sim'),
    ...(base ? { webhook: { url: `${base}/webhooks/openai`, secret: WEBHOOK_SECRET } } : {}),
  });
  const prefix = uniquePrefix('bench-polling');
  const env = pipelineEnv(sim, prefix, {
    POLL_MIN_MS: String(Math.round(pollMinMs / SCALE)),
    POLL_MAX_MS: String(Math.round(pollMaxMs / SCALE)),
    CARD_EDIT_INTERVAL_MS: String(2000 / SCALE),
    WORKER_CONCURRENCY: '10',
    ...NO_MEMBER_LIMITS,
    // The safety-net poll at its default (5 min), compressed like everything else.
    ...(webhooks
      ? { OPENAI_WEBHOOK_SECRET: WEBHOOK_SECRET, OPENAI_WEBHOOK_FALLBACK_MS: String(300_000 / SCALE) }
      : {}),
  });
  const app = await createApp(loadConfig(env), silentLogger, {
    messengers: [new RecordingMessenger('bench')],
  });
  if (webhooks) {
    mountProviderWebhooks(http, {
      service: app.services.clips,
      logger: silentLogger,
      openai: { provider: 'openai', secret: WEBHOOK_SECRET },
    });
  }
  try {
    await app.startWorker();
    const ids = await Promise.all(
      Array.from({ length: CLIPS }, async (_, i) => {
        const clip = await app.services.clips.request({
          prompt: 'a two-minute tracking shot through a market',
          options: { durationS: 4, size: '720x1280' },
          author: { id: `u${i}`, name: 'Member' },
          place: { surface: 'bench', workspaceId: 'w', channelId: 'c' },
        });
        return clip.id;
      }),
    );
    await until(
      async () =>
        (await Promise.all(ids.map((id) => app.store.clips.get(id)))).every((c) => c?.state === 'posted'),
      'polling clips posted',
      120_000,
    );
    const calls = (await Promise.all(ids.map((id) => app.store.clips.get(id)))).map((c) => c!.statusCalls);
    return { mean: calls.reduce((a, b) => a + b, 0) / calls.length, max: Math.max(...calls) };
  } finally {
    await app.close();
    await sim.close();
    if (base) await http.close();
    await dropPrefix(prefix);
  }
}

/**
 * Provider status calls per clip for a 2-minute render. Time-compressed 20x: the render takes
 * 6 s and every poll setting is divided by 20 too; the poll schedule depends only on ratios of
 * elapsed time, progress and those bounds, so the call count is the same as at full length.
 */
export async function benchPolling(): Promise<Row[]> {
  say('polling: adaptive (2 s floor, 30 s ceiling)');
  const adaptive = await statusCallsPerClip(2000, 30_000);
  say('polling: adaptive with OpenAI webhooks');
  const hooked = await statusCallsPerClip(2000, 30_000, true);
  say('polling: naive fixed 10 s');
  const fixed = await statusCallsPerClip(10_000, 10_000);
  const naive = `${fixed.mean.toFixed(1)} mean, ${fixed.max} max (fixed 10 s)`;
  return [
    {
      what: 'Provider status calls per clip, 2-minute render (time-compressed 20x), adaptive polling',
      reelbot: `${adaptive.mean.toFixed(1)} mean, ${adaptive.max} max`,
      naive,
      target: '≤ 8',
      met: adaptive.max <= 8,
    },
    {
      what: 'Provider status calls per clip, 2-minute render (time-compressed 20x), with OpenAI webhooks',
      reelbot: `${hooked.mean.toFixed(1)} mean, ${hooked.max} max`,
      naive,
      target: '0',
      met: hooked.max === 0,
      note: `With OPENAI_WEBHOOK_SECRET set, a clip's first status check is the safety net at OPENAI_WEBHOOK_FALLBACK_MS (5 min by default, compressed here like every other duration), and the signed \`video.completed\`, verified with the openai SDK, is trusted: the clip is fetched with no status call. A render longer than the safety net, or a lost webhook, costs one call per 5 minutes.`,
    },
  ];
}
