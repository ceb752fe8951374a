import { asReelbotError } from '../core/errors.ts';
import type { JobHandler } from '../core/ports/job-queue.ts';
import type { Messenger } from '../core/ports/messenger.ts';
import type { VideoProvider } from '../core/ports/video-provider.ts';
import type { OpsMetrics } from './metrics.ts';

/**
 * Wrappers that count what crosses the ports, so the core and the adapters stay free of metrics
 * code. The composition root wraps every provider, messenger and the job handler once.
 */

async function timed<T>(run: () => Promise<T>, record: (seconds: number, code?: string) => void): Promise<T> {
  const start = performance.now();
  try {
    const value = await run();
    record((performance.now() - start) / 1000);
    return value;
  } catch (error) {
    record((performance.now() - start) / 1000, asReelbotError(error).code);
    throw error;
  }
}

/** The provider with every call counted and timed, and its last outcome kept for /readyz. */
export function instrumentProvider(provider: VideoProvider, metrics: OpsMetrics): VideoProvider {
  const record = (call: string) => (seconds: number, code?: string) =>
    metrics.providerCall(provider.name, call, seconds, code);
  const wrapped: VideoProvider = {
    name: provider.name,
    capabilities: () => provider.capabilities(),
    submit: (request) => timed(() => provider.submit(request), record('submit')),
    status: (id) => timed(() => provider.status(id), record('status')),
    download: (id, options) => timed(() => provider.download(id, options), record('download')),
    ...(provider.webhookFallbackMs !== undefined ? { webhookFallbackMs: provider.webhookFallbackMs } : {}),
  };
  // Only where the provider has it: the registry offers Edit video by its presence.
  const remix = provider.remix?.bind(provider);
  if (remix) wrapped.remix = (id, prompt, key) => timed(() => remix(id, prompt, key), record('remix'));
  // Stories extend natively by its presence too (a provider's own `videos.extend`).
  const extend = provider.extend?.bind(provider);
  if (extend) wrapped.extend = (id, request) => timed(() => extend(id, request), record('extend'));
  return wrapped;
}

/**
 * The messenger with every platform call counted by outcome. A failure that carries a wait
 * (Retry-After) is the platform's 429 reaching the worker; 429s a client library waits out by
 * itself (discord.js) never get here, and adapters report those through `metrics.rateLimited`.
 */
export function instrumentMessenger(messenger: Messenger, metrics: OpsMetrics): Messenger {
  const surface = messenger.surface;
  const count =
    <A extends unknown[], R>(call: string, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        const value = await run(...args);
        metrics.platformCalls.inc({ surface, call, outcome: 'ok' });
        return value;
      } catch (error) {
        const err = asReelbotError(error);
        metrics.platformCalls.inc({ surface, call, outcome: err.code });
        if (err.retryAfterMs !== undefined) metrics.rateLimited(surface);
        throw error;
      }
    };
  const voters = messenger.voters?.bind(messenger);
  const link = messenger.link?.bind(messenger);
  return {
    surface,
    say: count('say', (place, text, options) => messenger.say(place, text, options)),
    ...(voters ? { voters: count('voters', voters) } : {}),
    ...(link ? { link } : {}),
    post: count('post', (place, card) => messenger.post(place, card)),
    edit: count('edit', (ref, card) => messenger.edit(ref, card)),
    upload: count('upload', (place, file, card, key) => messenger.upload(place, file, card, key)),
    remove: count('remove', (ref) => messenger.remove(ref)),
    uploadLimit: (place) => messenger.uploadLimit(place),
  };
}

/** The job handler with running steps gauged and step times observed. */
export function instrumentHandler(handler: JobHandler, metrics: OpsMetrics): JobHandler {
  return async (job) => {
    metrics.stepsRunning.inc();
    const end = metrics.stepSeconds.startTimer();
    try {
      return await handler(job);
    } finally {
      end();
      metrics.stepsRunning.dec();
    }
  };
}
