import { join } from 'node:path';
import type { Config } from './config.ts';
import { Leaderboard } from './core/board/leaderboard.ts';
import { CardPresenter } from './core/card/card-presenter.ts';
import { CastService } from './core/cast/cast-service.ts';
import { Admission } from './core/clip/admission.ts';
import { ClipService } from './core/clip/clip-service.ts';
import { ContestService } from './core/contest/contest-service.ts';
import { KeyRouter } from './core/keys/key-routing.ts';
import { KEY_PROVIDERS, type KeyCheck, KeyService } from './core/keys/key-service.ts';
import { WorkspaceProviders } from './core/keys/workspace-providers.ts';
import { Moderation } from './core/moderation.ts';
import type { Place } from './core/place.ts';
import { type Clock, systemClock } from './core/ports/clock.ts';
import { isContestJob, type JobHandler, type JobQueue } from './core/ports/job-queue.ts';
import type { Logger } from './core/ports/logger.ts';
import type { MediaTool } from './core/ports/media.ts';
import type { Messenger, MessengerRegistry } from './core/ports/messenger.ts';
import type { ModerationScreen } from './core/ports/moderation.ts';
import type { Store } from './core/ports/store.ts';
import type { VideoProvider } from './core/ports/video-provider.ts';
import { ProviderRegistry } from './core/providers.ts';
import { liveRedactor, type Redact } from './core/redaction.ts';
import { KeyPacing } from './core/render/key-pacing.ts';
import { sweepMediaFiles } from './core/render/media-sweep.ts';
import { createRenderJob } from './core/render/render-job.ts';
import type { Services } from './core/services.ts';
import { StoryService } from './core/story/story-service.ts';
import { WorkspaceService } from './core/workspace/workspace-service.ts';
import { useFfmpeg } from './media/ffmpeg.ts';
import { createFfmpegMedia } from './media/ffmpeg-media.ts';
import { intakeImage } from './media/image.ts';
import { instrumentHandler, instrumentMessenger, instrumentProvider } from './ops/instrument.ts';
import { OpsMetrics } from './ops/metrics.ts';
import { QueueView } from './ops/queue-view.ts';
import { createProviders, providerCatalog, providerForKey } from './providers/index.ts';
import { createKeyCheck } from './providers/key-check.ts';
import { createOpenAIModeration } from './providers/openai/moderation.ts';
import { createBullQueue } from './queue/bullmq-queue.ts';
import { closeWithin } from './queue/close-within.ts';
import { createMemoryQueue } from './queue/memory-queue.ts';
import { secretsOf } from './secrets.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { createRedisStore } from './store/redis-store.ts';

/** The messengers of the surfaces that are switched on; adapters register theirs at start. */
export class Messengers implements MessengerRegistry {
  readonly #bySurface = new Map<string, Messenger>();
  readonly #metrics: OpsMetrics | undefined;
  constructor(metrics?: OpsMetrics) {
    this.#metrics = metrics;
  }
  register(messenger: Messenger): void {
    // Counted for /metrics (calls by outcome, 429s) without the adapters knowing.
    this.#bySurface.set(
      messenger.surface,
      this.#metrics ? instrumentMessenger(messenger, this.#metrics) : messenger,
    );
  }
  get(surface: string): Messenger | undefined {
    return this.#bySurface.get(surface);
  }
}

export interface AppParts {
  /** Replace the configured providers (tests pass a fake or a pointed adapter). */
  providers?: VideoProvider[];
  messengers?: Messenger[];
  clock?: Clock;
  media?: MediaTool;
  metrics?: OpsMetrics;
  /** Replace the configured content check (tests); `null` switches it off. */
  moderation?: ModerationScreen | null;
  /** Replace the check a new workspace key gets with its provider (tests). */
  keyCheck?: KeyCheck;
  /** Replace how a client is built for a workspace's key (tests point it at the simulator). */
  providerForKey?: (name: string, key: string) => VideoProvider | undefined;
}

/** Everything built from config: the shared core and its ports, before any surface starts. */
export interface App {
  config: Config;
  logger: Logger;
  store: Store;
  queue: JobQueue;
  providers: ProviderRegistry;
  messengers: Messengers;
  /** The core's use cases, one record for commands and surfaces. */
  services: Services;
  /** The one card presenter: the worker's and every surface's first card draw the same. */
  cards: CardPresenter;
  clock: Clock;
  /** Prometheus series for /metrics; adapters may report platform 429s here (`rateLimited`). */
  metrics: OpsMetrics;
  /** The queue's read side for metrics and the dashboard (Redis only). */
  queueView?: QueueView;
  /** The in-process simulator's base URL, when it is the provider. */
  simulatorUrl?: string;
  /** Every configured secret out of a text (the logs' redaction), for cards a surface draws itself. */
  redact: Redact;
  /** Start consuming clip jobs in this process. */
  startWorker(): Promise<void>;
  /** Stop the worker, then close queue, store and providers. */
  close(): Promise<void>;
}

/** The composition root's core: reads config, builds the parts. Surfaces attach to the result. */
export async function createApp(config: Config, logger: Logger, parts: AppParts = {}): Promise<App> {
  const clock = parts.clock ?? systemClock;
  // First, so the simulator and the media tool run the chosen ffmpeg and its version is logged.
  await useFfmpeg({ ...(config.media.ffmpegPath ? { configured: config.media.ffmpegPath } : {}), logger });
  const queueView = config.redis
    ? new QueueView({ redisUrl: config.redis.url, prefix: config.redis.prefix })
    : undefined;
  const metrics = parts.metrics ?? new OpsMetrics(queueView ? { jobCounts: () => queueView.counts() } : {});
  const providerSet = parts.providers
    ? { providers: parts.providers, close: async () => {} }
    : await createProviders(config, logger);
  const providers = new ProviderRegistry(providerSet.providers.map((p) => instrumentProvider(p, metrics)));

  let store: Store;
  let queue: JobQueue;
  if (config.redis) {
    store = createRedisStore({ url: config.redis.url, prefix: config.redis.prefix });
    queue = createBullQueue({
      redisUrl: config.redis.url,
      prefix: config.redis.prefix,
      lockMs: config.worker.lockMs,
      logger,
    });
  } else {
    logger.warn({}, 'REDIS_URL is not set: using the in-memory store and queue; everything is lost on exit');
    store = createMemoryStore();
    queue = createMemoryQueue(logger);
  }

  const keys = new KeyService({
    repo: store.keys,
    ...(config.keys.master ? { master: config.keys.master } : {}),
    clock,
    logger,
    // Before a key is saved: its provider's cheapest authenticated call (src/providers/key-check.ts).
    check: parts.keyCheck ?? createKeyCheck(config),
    defaultCaps: config.keys.defaultCaps,
    members: store.members,
  });
  try {
    // Before any clip runs: stored keys that do not open under this master key stop start-up.
    const { keys: stored } = await keys.verifyAll();
    if (stored > 0) logger.info({ keys: stored }, 'workspace provider keys open under the master key');
  } catch (error) {
    await queue.close();
    await store.close();
    await providerSet.close();
    throw error;
  }

  const messengers = new Messengers(metrics);
  for (const messenger of parts.messengers ?? []) messengers.register(messenger);
  const media = parts.media ?? createFfmpegMedia(join(config.mediaDir, 'clips'));
  // Provider text on a card goes through the same redaction as the logs: every configured secret,
  // and every workspace key once it has been decrypted.
  const redact = liveRedactor(secretsOf(config));
  const cards = new CardPresenter({
    store,
    messengers,
    clock,
    logger,
    minIntervalMs: config.worker.cardEditIntervalMs,
    labelOf: (id) => labelOf(id),
    canEdit: (clip) => providers.canEdit(clip),
    redact,
  });
  const moderation = new Moderation({
    blocklist: config.safety.blocklist,
    clock,
    logger,
    ...moderationScreen(config, parts),
  });
  const admission = new Admission({
    store,
    providers,
    clock,
    logger,
    defaults: config.safety.defaults,
    moderation,
    commandName: config.commandName,
  });
  // A workspace's keys bring their providers: its models are accepted, its clips fail over in its
  // own order (src/core/keys/workspace-providers.ts). Clients for its keys are built from the
  // operator's provider factories, at the operator's base URLs.
  const keyedClient = parts.providerForKey ?? providerForKey(config, logger);
  const catalog = providerCatalog(keyedClient);
  const workspaceProviders = new WorkspaceProviders({
    keys,
    providers,
    catalog,
    operatorKeysFor: config.keys.operatorKeysFor,
    preferred: async (place) => (await admission.settingsFor(place)).provider,
  });
  const providersFor = (place: Place) => workspaceProviders.for(place);
  // A model only a workspace's key brings still has its label on cards.
  const labelOf = (id: string) =>
    providers.labelOf(id) ??
    KEY_PROVIDERS.flatMap((name) => catalog(name)?.capabilities().models ?? []).find((m) => m.id === id)
      ?.label;
  const workspace = new WorkspaceService({ store, providers, clock, logger, admission, providersFor });
  const contests = new ContestService({
    store,
    queue,
    clock,
    logger,
    messengers,
    commandName: config.commandName,
    minWindowMs: config.contests.minWindowMs,
    // The workspace's vote reaction, else each surface's default (Discord an emoji, Slack a
    // reaction name, the studio 👍): what that surface's messenger reads reactions by.
    voteEmojiFor: async (place) =>
      (await workspace.effective(place)).voteEmoji ??
      (place.surface === 'discord'
        ? config.votes.discordEmoji
        : place.surface === 'slack'
          ? config.votes.slackReaction
          : '👍'),
    // A contest started without the command's channel language is drawn in the workspace's.
    languageFor: async (place) => (await workspace.languages(place)).channel,
  });
  const clips = new ClipService({
    store,
    queue,
    providers,
    clock,
    logger,
    cards,
    admission,
    contests,
    providersFor,
  });
  const services: Services = {
    clips,
    cast: new CastService({
      store,
      clips,
      clock,
      logger,
      intake: (bytes) => intakeImage(bytes),
      commandName: config.commandName,
    }),
    workspace,
    contests,
    keys,
    leaderboard: new Leaderboard({ store, messengers, clock }),
    providers,
    stories: new StoryService({
      store,
      queue,
      providers,
      clock,
      logger,
      admission,
      limits: config.stories,
      providersFor,
    }),
  };
  // A workspace's own key makes its clips, paced to that key's cap; the operator's keys are used
  // for the rest as OPERATOR_KEYS_FOR allows.
  const keyed = new WeakMap<VideoProvider, VideoProvider>();
  const router = new KeyRouter({
    keys,
    providers,
    forKey: (name, key) => {
      const client = keyedClient(name, key);
      if (!client) return undefined;
      // Counted in /metrics like the operator's clients (one wrapper per client).
      const wrapped = keyed.get(client) ?? instrumentProvider(client, metrics);
      keyed.set(client, wrapped);
      return wrapped;
    },
    operatorKeysFor: config.keys.operatorKeysFor,
    operatorCaps: config.keys.operatorCaps,
    commandName: config.commandName,
    notices: { keyValue: store.keyValue, messengers, logger },
  });
  const pacing = new KeyPacing({
    slots: store.keySlots,
    store,
    clock,
    // A slot outlives the longest gap between a clip's steps at the provider, plus a dead
    // worker's lock: a crash frees it within this, a live render never loses it.
    leaseMs:
      Math.max(4 * config.worker.pollMaxMs, ...providers.all().map((p) => 2 * (p.webhookFallbackMs ?? 0))) +
      config.worker.lockMs,
    recheckMs: config.worker.pollMinMs,
  });
  const renderJob = createRenderJob({
    route: (clip) => router.route(clip),
    providersFor,
    labelOf,
    pacing,
    store,
    providers,
    messengers,
    media,
    queue,
    clock,
    logger,
    metrics,
    redact,
    settings: {
      pollMinMs: config.worker.pollMinMs,
      pollMaxMs: config.worker.pollMaxMs,
      cardEditIntervalMs: config.worker.cardEditIntervalMs,
      maxRetries: config.worker.maxRetries,
      renderTimeoutMs: config.worker.renderTimeoutMs,
      maxClipBytes: config.worker.maxClipBytes,
      downloadTimeoutMs: config.worker.downloadTimeoutMs,
      ...config.failover,
    },
  });

  // One queue carries clip steps and contest phases; each job says which it is.
  const handler: JobHandler = (job) =>
    isContestJob(job.data) ? contests.runPhase(job.data.contestId, job.data.phase) : renderJob(job);

  return {
    config,
    logger,
    store,
    queue,
    providers,
    messengers,
    services,
    cards,
    clock,
    metrics,
    ...(queueView ? { queueView } : {}),
    ...(providerSet.simulatorUrl ? { simulatorUrl: providerSet.simulatorUrl } : {}),
    redact,
    async startWorker() {
      // Before taking jobs: files a crash left behind would otherwise stay until the disk fills.
      await sweepMediaFiles({ store, media, logger }).catch((error: unknown) =>
        logger.warn({ err: (error as Error).message }, 'media directory sweep failed; continuing'),
      );
      await queue.startWorker(instrumentHandler(handler, metrics), config.worker.concurrency);
    },
    async close() {
      // Each part gets a bounded close: after Redis went away a QUIT can wait on reconnects, and
      // a shutdown must still finish (the queue bounds its own worker by the lock length).
      await queue.close();
      await closeWithin(
        2000,
        async () => queueView?.close(),
        async () => {},
      );
      await closeWithin(
        3000,
        () => store.close(),
        async () => {},
      );
      await closeWithin(
        3000,
        () => providerSet.close(),
        async () => {},
      );
    },
  };
}

/** The content check: a test's own, or OpenAI's moderation endpoint when configured. */
function moderationScreen(config: Config, parts: AppParts): { screen?: ModerationScreen } {
  if (parts.moderation !== undefined) return parts.moderation ? { screen: parts.moderation } : {};
  const setting = config.safety.moderation;
  if (setting.kind === 'off') return {};
  return {
    screen: createOpenAIModeration({
      apiKey: setting.apiKey,
      ...(setting.baseUrl ? { baseURL: setting.baseUrl } : {}),
    }),
  };
}
