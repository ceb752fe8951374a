import { CardPresenter } from '../../src/core/card/card-presenter.ts';
import { Admission } from '../../src/core/clip/admission.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { ClipService } from '../../src/core/clip/clip-service.ts';
import { Moderation } from '../../src/core/moderation.ts';
import type { Place } from '../../src/core/place.ts';
import type { EnqueueOptions, JobOutcome, JobQueue } from '../../src/core/ports/job-queue.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { ModerationScreen } from '../../src/core/ports/moderation.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { createRenderJob } from '../../src/core/render/render-job.ts';
import type { SafetyDefaults } from '../../src/core/workspace/settings.ts';
import { WorkspaceService } from '../../src/core/workspace/workspace-service.ts';
import { settings } from './core-harness.ts';
import { createFakeMedia } from './fake-media.ts';
import { FakeProvider } from './fake-provider.ts';
import { RecordingMessenger } from './recording-messenger.ts';

/** 2026-10-01 12:00 UTC: noon, so "resets in" reads 12 h. */
export const NOON = Date.UTC(2026, 9, 1, 12);

/** A queue that records what was enqueued, with its options; the test drives the handler itself. */
export function recordingQueue() {
  const q = {
    jobs: [] as { id: string; options: EnqueueOptions }[],
    removed: [] as string[],
    async enqueue(id: string, _data: unknown, options: EnqueueOptions = {}) {
      if (!q.jobs.some((j) => j.id === id)) q.jobs.push({ id, options });
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
  return q satisfies JobQueue;
}

/**
 * The core with admission switched on (budgets, caps, rate limits, moderation, consent) over the
 * given store, a fake provider ($0.10/s: a 4 s clip is 40 cents), a manual clock and a job handler
 * the test runs by hand.
 */
export function safetySetup(
  store: Store,
  options: {
    defaults?: Partial<SafetyDefaults>;
    blocklist?: string[];
    screen?: ModerationScreen;
  } = {},
) {
  let now = NOON;
  const clock = { now: () => now };
  const provider = new FakeProvider();
  const providers = new ProviderRegistry([provider]);
  const queue = recordingQueue();
  const messenger = new RecordingMessenger('test');
  const messengers = { get: (s: string) => (s === 'test' ? messenger : undefined) };
  const logger = silentLogger;
  const moderation = new Moderation({
    blocklist: options.blocklist ?? [],
    clock,
    logger,
    ...(options.screen ? { screen: options.screen } : {}),
  });
  const admission = new Admission({
    store,
    providers,
    clock,
    logger,
    defaults: { ratePerMinute: 10_000, ...options.defaults },
    moderation,
    commandName: 'sora',
  });
  const workspace = new WorkspaceService({ store, providers, clock, logger, admission });
  const cards = new CardPresenter({ store, messengers, clock, logger, minIntervalMs: 0 });
  const service = new ClipService({ store, queue, providers, clock, logger, cards, admission });
  const handler = createRenderJob({
    store,
    providers,
    messengers,
    media: createFakeMedia(),
    clock,
    logger,
    settings,
  });
  const workspaceId = `w-${Math.random().toString(36).slice(2, 10)}`;
  const place: Place = { surface: 'test', workspaceId, channelId: 'c1' };

  /** Run a clip's job until it is done, jumping the clock by each delay it asks for. */
  async function run(clipId: string): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    for (let i = 0; i < 100; i++) {
      const outcome = await handler({ id: clipId, data: { clipId } });
      outcomes.push(outcome);
      if (outcome.kind === 'done') return outcomes;
      now += outcome.delayMs;
    }
    throw new Error('job did not finish');
  }

  const member = (i: number | string): Member => ({ id: `u${i}`, name: `Member ${i}` });
  const request = (
    author: Member,
    prompt = 'a paper boat in the rain',
    extra: { mentions?: Member[] } = {},
  ) => service.request({ prompt, options: { durationS: 4 }, author, place, ...extra });

  return {
    store,
    provider,
    queue,
    messenger,
    service,
    workspace,
    handler,
    run,
    place,
    member,
    request,
    clock,
    advance: (ms: number) => (now += ms),
    ledgerQuery: (memberId = 'u0') => ({
      scope: `test:${workspaceId}`,
      memberId,
      day: '2026-10-01',
      month: '2026-10',
    }),
  };
}
