import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { createSimulator } from '../src/providers/simulator/index.ts';
import { pipelineEnv, tempDir } from '../test/helpers/pipeline.ts';
import { RecordingMessenger } from '../test/helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../test/helpers/redis.ts';
import { NO_MEMBER_LIMITS } from '../test/ops/main-process.ts';
import { type Row, say, until } from './lib.ts';

/** Time compression: every duration below is the real one divided by this. */
const SCALE = 20;
const RENDER_MS = 120_000 / SCALE;
const CLIPS = 40;

/** Status calls per clip for a 2-minute render, with the given poll floor and ceiling (real ms). */
async function statusCallsPerClip(
  pollMinMs: number,
  pollMaxMs: number,
): Promise<{ mean: number; max: number }> {
  const sim = await createSimulator({ port: 0, renderMs: RENDER_MS, mediaDir: tempDir('bench-poll-sim') });
  const prefix = uniquePrefix('bench-polling');
  const env = pipelineEnv(sim, prefix, {
    POLL_MIN_MS: String(Math.round(pollMinMs / SCALE)),
    POLL_MAX_MS: String(Math.round(pollMaxMs / SCALE)),
    CARD_EDIT_INTERVAL_MS: String(2000 / SCALE),
    WORKER_CONCURRENCY: '10',
    ...NO_MEMBER_LIMITS,
  });
  const app = await createApp(loadConfig(env), silentLogger, {
    messengers: [new RecordingMessenger('bench')],
  });
  try {
    await app.startWorker();
    const ids = await Promise.all(
      Array.from({ length: CLIPS }, async (_, i) => {
        const clip = await app.service.request({
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
    await dropPrefix(prefix);
  }
}

/**
 * Provider status calls per clip for a 2-minute render. Time-compressed 20x: the render takes
 * 6 s and every poll setting is divided by 20 too; the poll schedule depends only on ratios of
 * elapsed time, progress and those bounds, so the call count is the same as at full length.
 */
export async function benchPolling(): Promise<Row> {
  say('polling: adaptive (2 s floor, 30 s ceiling)');
  const adaptive = await statusCallsPerClip(2000, 30_000);
  say('polling: naive fixed 10 s');
  const fixed = await statusCallsPerClip(10_000, 10_000);
  return {
    what: 'Provider status calls per clip, 2-minute render (time-compressed 20x)',
    reelbot: `${adaptive.mean.toFixed(1)} mean, ${adaptive.max} max (adaptive polling)`,
    naive: `${fixed.mean.toFixed(1)} mean, ${fixed.max} max (fixed 10 s)`,
    target: '≤ 8 adaptive; 0 with webhooks',
    met: adaptive.max <= 8,
    note: "The bench runs the OpenAI-compatible provider, which has no webhook path, so every clip polls. fal's webhook (FAL_WEBHOOK_URL, /webhooks/fal) wakes a clip early, but the wake is itself a status check and polling stays on as the fallback, so it would not reach 0; it is not measured here.",
  };
}
