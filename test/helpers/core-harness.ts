import { CardPresenter } from '../../src/core/card/card-presenter.ts';
import { ClipService } from '../../src/core/clip/clip-service.ts';
import { ContestService } from '../../src/core/contest/contest-service.ts';
import type {
  EnqueueOptions,
  JobData,
  JobHandler,
  JobOutcome,
  JobQueue,
} from '../../src/core/ports/job-queue.ts';
import { type Logger, silentLogger } from '../../src/core/ports/logger.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import type { Redact } from '../../src/core/redaction.ts';
import { createRenderJob, type RenderJobSettings } from '../../src/core/render/render-job.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createFakeMedia } from './fake-media.ts';
import { FakeProvider } from './fake-provider.ts';
import { RecordingMessenger } from './recording-messenger.ts';

/**
 * The core with in-memory ports, driven by hand: the test calls the render job itself and a
 * manual clock jumps by each delay the job asks for.
 */
export const settings: RenderJobSettings = {
  pollMinMs: 2000,
  pollMaxMs: 30_000,
  cardEditIntervalMs: 2000,
  maxRetries: 3,
  renderTimeoutMs: 600_000,
  maxClipBytes: 1024 * 1024,
  downloadTimeoutMs: 60_000,
  failoverAfter: 2,
  providerDownMs: 60_000,
};

/** A queue that only records; the test drives the handler itself, with a manual clock. */
function recordingQueue(): JobQueue & {
  jobs: string[];
  removed: string[];
  queued: Map<string, { data: JobData; delayMs: number }>;
} {
  const q = {
    jobs: [] as string[],
    removed: [] as string[],
    /** Every job enqueued, with its data and delay (contest phases are checked by these). */
    queued: new Map<string, { data: JobData; delayMs: number }>(),
    async enqueue(id: string, data: JobData, options: EnqueueOptions = {}) {
      if (!q.jobs.includes(id)) q.jobs.push(id);
      if (!q.queued.has(id)) q.queued.set(id, { data, delayMs: options.delayMs ?? 0 });
    },
    async remove(id: string) {
      q.removed.push(id);
    },
    async wake() {
      return false;
    },
    async startWorker() {},
    async close() {},
  };
  return q;
}

export function setup(
  options: {
    shrinkTo?: number;
    providers?: FakeProvider[];
    logger?: Logger;
    store?: Store;
    /** The configured secrets' redaction, as src/app.ts builds it. */
    redact?: Redact;
    /** Render-job settings that differ from `settings` (download bounds, retries). */
    settings?: Partial<RenderJobSettings>;
  } = {},
) {
  let now = 1_000_000;
  const clock = { now: () => now };
  const store = options.store ?? createMemoryStore();
  const all = options.providers ?? [new FakeProvider()];
  const provider = all[0]!;
  const providers = new ProviderRegistry(all);
  const logger = options.logger ?? silentLogger;
  const messenger = new RecordingMessenger('test');
  const media = createFakeMedia(options);
  const queue = recordingQueue();
  const messengers = { get: (s: string) => (s === 'test' ? messenger : undefined) };
  const redact = options.redact ? { redact: options.redact } : {};
  const cards = new CardPresenter({ store, messengers, clock, logger, minIntervalMs: 0, ...redact });
  /** A new ContestService and ClipService over the same store and queue: a restarted process. */
  const services = () => {
    const contests = new ContestService({
      store,
      queue,
      clock,
      logger,
      messengers,
      voteEmojiFor: async () => '👍',
      commandName: 'sora',
      minWindowMs: 60_000,
    });
    return {
      contests,
      service: new ClipService({ store, queue, providers, clock, logger, cards, contests }),
    };
  };
  const { contests, service } = services();
  const handler = createRenderJob({
    store,
    providers,
    messengers,
    media,
    clock,
    logger,
    settings: { ...settings, ...options.settings },
    ...redact,
  });
  /** Run the job until it is done, advancing the clock by each requested delay. */
  async function run(clipId: string, h: JobHandler = handler, maxSteps = 100): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    for (let i = 0; i < maxSteps; i++) {
      const outcome = await h({ id: clipId, data: { clipId } });
      outcomes.push(outcome);
      if (outcome.kind === 'done') return outcomes;
      now += outcome.delayMs;
    }
    throw new Error('job did not finish');
  }
  const request = (prompt = 'a paper boat in the rain') =>
    service.request({
      prompt,
      options: { durationS: 4 },
      author: { id: 'u1', name: 'Ada' },
      place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
    });
  return {
    store,
    provider,
    messenger,
    media,
    queue,
    service,
    contests,
    services,
    handler,
    run,
    request,
    clock,
    advance: (ms: number) => (now += ms),
  };
}
