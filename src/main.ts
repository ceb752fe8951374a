import { createAdapters } from '../adapters/index.ts';
import { adapterContext } from './adapter-context.ts';
import { createApp } from './app.ts';
import { type Config, loadConfig, loadDotEnv } from './config.ts';
import { ConfigError, ReelbotError } from './core/errors.ts';
import { HttpRouter } from './http/router.ts';
import { createLogger } from './logging.ts';
import { mountOpsRoutes } from './ops/http.ts';
import { Readiness } from './ops/readiness.ts';
import { waitForRedis } from './ops/redis-wait.ts';
import { onStopSignals, runShutdown } from './ops/shutdown.ts';
import { mountProviderWebhooks } from './providers/webhooks.ts';
import { secretsOf } from './secrets.ts';

/** The composition root: read config, build the parts, start the roles this process plays. */
async function main(): Promise<void> {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`reelbot: cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    secrets: secretsOf(config),
    format: config.logFormat,
  });
  // Absent Redis is one line and exit 1 (below), not a client per part retrying forever.
  if (config.redis) await waitForRedis(config.redis.url, config.redis.startupWaitMs, logger);
  const app = await createApp(config, logger);
  const http = new HttpRouter(logger);

  // Every role registers the messengers (workers post results); only the bot role listens.
  const adapters = await createAdapters(adapterContext(app, http), config);
  const readiness = new Readiness({
    ...(config.redis ? { redisUrl: config.redis.url } : {}),
    // A worker's adapters are not started: their connections say nothing about it.
    adapters: config.role === 'worker' ? [] : adapters,
    providers: app.providers.all().map((p) => p.name),
    metrics: app.metrics,
    // Only processes that download clips need room for them.
    ...(config.role === 'bot'
      ? {}
      : { media: { dir: config.mediaDir, minFreeBytes: config.media.minFreeBytes } }),
  });
  mountOpsRoutes(http, {
    metrics: app.metrics,
    readiness,
    ...(app.queueView ? { queueView: app.queueView } : {}),
    ...config.ops,
    logger,
  });
  mountProviderWebhooks(http, {
    service: app.services.clips,
    logger,
    ...(config.providers.some((p) => p.kind === 'fal')
      ? { fal: { provider: 'fal', claims: app.store.keyValue, wakeFloorMs: config.worker.pollMinMs } }
      : {}),
    ...openaiWebhook(config),
  });
  for (const adapter of adapters) app.messengers.register(adapter.messenger);
  if (config.role !== 'worker') {
    for (const adapter of adapters) await adapter.start();
  }
  if (config.role !== 'bot') {
    await app.startWorker();
    logger.info({ concurrency: config.worker.concurrency }, 'worker started');
  }
  const url = await http.listen(config.http.port, config.http.host);
  logger.info({ url, role: config.role, surfaces: adapters.map((a) => a.surface) }, 'reelbot is running');

  onStopSignals(
    async (signal) => {
      logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing running steps');
      readiness.drain();
      // Inbound first (no new commands), then HTTP, then the worker: BullMQ's close waits for
      // the steps running now; their jobs go back to the queue and resume on another worker.
      const result = await runShutdown(
        [
          { name: 'adapters', run: async () => void (await Promise.all(adapters.map((a) => a.stop()))) },
          { name: 'http', run: () => http.close() },
          { name: 'worker and connections', run: () => app.close() },
          { name: 'readiness probe', run: () => readiness.close() },
        ],
        { timeoutMs: config.shutdownTimeoutMs, logger },
      );
      if (result.inTime) logger.info({ failed: result.failed }, 'stopped');
      else logger.error({ pending: result.pending }, 'shutdown timed out: exiting with steps still running');
      return result;
    },
    { logger, exit: (code) => process.exit(code) },
  );
}

// A start-up failure we can name (a refused token, a model not in a catalog) is one line, not a
// stack trace: the operator's next step is in the sentence.
await main().catch((error: unknown) => {
  if (!(error instanceof ReelbotError)) throw error;
  console.error(`reelbot: cannot start: ${error.message}`);
  process.exit(1);
});

/** The OpenAI webhook route, when the project's signing secret is configured. */
function openaiWebhook(config: Config): { openai?: { provider: string; secret: string } } {
  for (const p of config.providers) {
    if (p.kind === 'openai' && p.webhookSecret)
      return { openai: { provider: 'openai', secret: p.webhookSecret } };
  }
  return {};
}
