import { readFile } from 'node:fs/promises';
import { CardPresenter } from '../../src/core/card/card-presenter.ts';
import { Admission } from '../../src/core/clip/admission.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { ClipService } from '../../src/core/clip/clip-service.ts';
import { Moderation } from '../../src/core/moderation.ts';
import type { Place } from '../../src/core/place.ts';
import type { EnqueueOptions, JobHandler, JobQueue } from '../../src/core/ports/job-queue.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { Store } from '../../src/core/ports/store.ts';
import type { DownloadOptions, RenderRequest } from '../../src/core/ports/video-provider.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { createRenderJob } from '../../src/core/render/render-job.ts';
import { StoryService } from '../../src/core/story/story-service.ts';
import type { SafetyDefaults } from '../../src/core/workspace/settings.ts';
import { settings } from './core-harness.ts';
import { createFakeMedia } from './fake-media.ts';
import { FakeProvider } from './fake-provider.ts';
import { RecordingMessenger } from './recording-messenger.ts';
import { NOON } from './safety-harness.ts';

/**
 * A provider for story tests: each job's video is the text `video:<job id>`, so a test can tell
 * which shots were joined and which clip a shot started from. A job whose prompt contains `FAIL`
 * fails at the provider; `extends` records native extensions when `canExtend` is set.
 */
export class StoryProvider extends FakeProvider {
  readonly extensions: { from: string; prompt: string; durationS: number; idempotencyKey: string }[] = [];
  readonly #failing = new Set<string>();
  extend?: (
    jobId: string,
    request: { prompt: string; durationS: number; idempotencyKey: string },
  ) => Promise<string>;

  constructor(model: ConstructorParameters<typeof FakeProvider>[1] = {}, canExtend = false) {
    super('fake', model);
    this.statusOf = (id, call) =>
      this.#failing.has(id)
        ? {
            state: 'failed',
            failure: { code: 'RENDER_FAILED', message: 'The provider could not make this shot.' },
          }
        : call >= this.callsToFinish
          ? { state: 'completed', progress: 100 }
          : { state: 'rendering', progress: Math.round((call / this.callsToFinish) * 100) };
    if (canExtend) {
      this.extend = async (from, request) => {
        this.extensions.push({ from, ...request });
        const first = this.extensions.findIndex((e) => e.idempotencyKey === request.idempotencyKey);
        return `ext-${first + 1}`;
      };
    }
  }

  override async submit(request: RenderRequest): Promise<string> {
    const id = await super.submit(request);
    if (request.prompt.includes('FAIL')) this.#failing.add(id);
    return id;
  }

  override async download(id?: string, _options?: DownloadOptions): Promise<AsyncIterable<Uint8Array>> {
    await super.download();
    const bytes = new TextEncoder().encode(`video:${id}`);
    return (async function* () {
      yield bytes;
    })();
  }
}

/**
 * A queue that runs what it holds in time order on a manual clock, as BullMQ would: enqueue is a
 * no-op for a job waiting, delayed or running; wake runs a delayed job now.
 */
function schedulingQueue(clock: { now: () => number; set: (ms: number) => void }) {
  const due = new Map<string, { at: number; priority: number }>();
  const running = new Set<string>();
  const q = {
    enqueued: [] as string[],
    removed: [] as string[],
    async enqueue(id: string, _data: unknown, options: EnqueueOptions = {}) {
      if (due.has(id) || running.has(id)) return;
      q.enqueued.push(id);
      due.set(id, { at: clock.now() + (options.delayMs ?? 0), priority: options.priority ?? 0 });
    },
    async remove(id: string) {
      q.removed.push(id);
      due.delete(id);
    },
    async wake(id: string) {
      const job = due.get(id);
      if (!job || job.at <= clock.now()) return false;
      job.at = clock.now();
      return true;
    },
    async startWorker() {},
    async close() {},
    /** Run every job until none is left (at most `max` runs). */
    async drain(handler: JobHandler, max = 5000) {
      for (let i = 0; i < max; i++) {
        const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) return i;
        const [id, job] = next;
        if (job.at > clock.now()) clock.set(job.at);
        due.delete(id);
        running.add(id);
        const outcome = await handler({ id, data: { clipId: id } }).catch((error: unknown) => {
          // A worker that died mid-job: the job is handed to the next worker (BullMQ's stalled
          // job), after the lock runs out.
          due.set(id, { at: clock.now() + 1, priority: job.priority });
          throw error;
        });
        running.delete(id);
        if (outcome.kind === 'again')
          due.set(id, { at: clock.now() + outcome.delayMs, priority: job.priority });
      }
      throw new Error('jobs did not finish');
    },
  };
  return q satisfies JobQueue;
}

/**
 * The core with admission (budgets, caps) and stories over the given store: a story provider at
 * $0.10/s (a 4 s shot is 40 cents), a manual clock, fake media that records joins and frames.
 */
export function storySetup(
  store: Store,
  options: {
    defaults?: Partial<SafetyDefaults>;
    model?: ConstructorParameters<typeof FakeProvider>[1];
    canExtend?: boolean;
    limits?: { maxSeconds: number; maxShots: number };
  } = {},
) {
  let now = NOON;
  const clock = { now: () => now, set: (ms: number) => (now = ms) };
  const provider = new StoryProvider(options.model, options.canExtend);
  const providers = new ProviderRegistry([provider]);
  const queue = schedulingQueue(clock);
  const messenger = new RecordingMessenger('test');
  const messengers = { get: (s: string) => (s === 'test' ? messenger : undefined) };
  const logger = silentLogger;
  const moderation = new Moderation({ blocklist: ['forbidden'], clock, logger });
  const admission = new Admission({
    store,
    providers,
    clock,
    logger,
    defaults: { ratePerMinute: 10_000, ...options.defaults },
    moderation,
    commandName: 'sora',
  });
  const cards = new CardPresenter({ store, messengers, clock, logger, minIntervalMs: 0 });
  const clips = new ClipService({ store, queue, providers, clock, logger, cards, admission });
  const stories = new StoryService({
    store,
    queue,
    providers,
    clock,
    logger,
    admission,
    limits: options.limits ?? { maxSeconds: 60, maxShots: 6 },
  });
  const media = createFakeMedia();
  // What was joined and which video each last frame came from, read as text (the story
  // provider's videos are `video:<job id>`), so a test names shots by their provider jobs.
  const joins: { clipId: string; inputs: string[]; transition: 'cut' | 'fade'; fadeS?: number }[] = [];
  const frames = new Map<string, string>();
  const baseJoin = media.join.bind(media);
  const baseFrame = media.lastFrame.bind(media);
  media.join = async (clipId, inputs, joinOptions) => {
    const contents = await Promise.all(inputs.map(async (p) => (await readFile(p)).toString()));
    joins.push({
      clipId,
      inputs: contents,
      transition: joinOptions.transition,
      ...(joinOptions.fadeS !== undefined ? { fadeS: joinOptions.fadeS } : {}),
    });
    return baseJoin(clipId, inputs, joinOptions);
  };
  media.lastFrame = async (path) => {
    const frame = await baseFrame(path);
    frames.set(Buffer.from(frame).toString('hex'), (await readFile(path)).toString());
    return frame;
  };
  /** The video a first frame was read from, or undefined for none. */
  const frameSource = (bytes: Uint8Array | undefined) =>
    bytes ? (frames.get(Buffer.from(bytes).toString('hex')) ?? 'unknown frame') : undefined;
  /** The render job of one worker process over a store (a crashing one, in crash tests). */
  const makeHandler = (over: Store) =>
    createRenderJob({ store: over, providers, messengers, media, clock, logger, settings, queue });
  const handler = makeHandler(store);
  const workspaceId = `w-${Math.random().toString(36).slice(2, 10)}`;
  const place: Place = { surface: 'test', workspaceId, channelId: 'c1' };
  const member = (i: number | string): Member => ({ id: `u${i}`, name: `Member ${i}` });
  return {
    store,
    provider,
    queue,
    messenger,
    media,
    joins,
    frames,
    frameSource,
    clips,
    stories,
    cards,
    handler,
    place,
    member,
    clock,
    makeHandler,
    drain: (h: JobHandler = handler) => queue.drain(h),
    ledgerQuery: (memberId = 'u0') => ({
      scope: `test:${workspaceId}`,
      memberId,
      day: '2026-10-01',
      month: '2026-10',
    }),
  };
}
