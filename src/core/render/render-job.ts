import { settleClip } from '../budget/settlement.ts';
import { CardPresenter } from '../card/card-presenter.ts';
import { castReferences, type ReferenceImage } from '../cast/cast-references.ts';
import { type Clip, type ClipFailure, type ClipState, isTerminal } from '../clip/clip.ts';
import { STYLES } from '../clip/styles.ts';
import { asReelbotError, ErrorCode } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { KeyRoute } from '../keys/key-routing.ts';
import type { Clock } from '../ports/clock.ts';
import { isContestJob, type JobHandler, type JobOutcome, type JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import { type Metrics, noMetrics } from '../ports/metrics.ts';
import type { ClipPatch, Store } from '../ports/store.ts';
import type { ProviderRegistry } from '../providers.ts';
import { noRedaction, type Redact } from '../redaction.ts';
import { createStoryStep } from '../story/story-step.ts';
import { scopeOf } from '../workspace/settings.ts';
import { createDelivery } from './delivery.ts';
import type { DownloadLimits } from './download.ts';
import { Failover, type FailoverSettings } from './failover.ts';
import { failureOf, finalFailure, redactFailure } from './final-failure.ts';
import { idempotencyKey } from './idempotency.ts';
import { type KeyPacing, pacedNotice, sameNotice, unpacedNotice } from './key-pacing.ts';
import { RenderProgress } from './render-progress.ts';
import { closeBooks, createShotSteps, isShot, isStoryClip } from './shot-steps.ts';

export interface RenderJobSettings extends FailoverSettings, DownloadLimits {
  /** Floor and ceiling of the adaptive status-poll delay. */
  pollMinMs: number;
  pollMaxMs: number;
  /** At most one progress edit per card in this window (Discord: keep to one per 2 s). */
  cardEditIntervalMs: number;
  /** Transient failures (429, 5xx, network) retried per step before the clip fails. */
  maxRetries: number;
  /** A render still unfinished after this long fails with RENDER_TIMED_OUT. */
  renderTimeoutMs: number;
}

export interface RenderJobDeps {
  store: Store;
  providers: ProviderRegistry;
  messengers: MessengerRegistry;
  media: MediaTool;
  clock: Clock;
  logger: Logger;
  settings: RenderJobSettings;
  /** Told when a clip is rendered, posted or failed (operators' metrics); default: nothing. */
  metrics?: Metrics;
  /**
   * The configured secrets' redaction (the logs' own): a failure's text, often a provider's own
   * words, is stored and shown through it. Default: none.
   */
  redact?: Redact;
  /**
   * Which key makes each clip (a workspace's own, else the operator's) and its pacing; default:
   * the configured provider with the operator's key, unpaced.
   */
  route?: (clip: Clip) => Promise<KeyRoute>;
  /** The providers a clip's workspace may fail over to, in its order (default: the operator's). */
  providersFor?: (place: Clip['place']) => Promise<ProviderRegistry>;
  /** A model's label when the operator's providers do not offer it (one a workspace key brings). */
  labelOf?: (modelId: string) => string | undefined;
  /** Render slots per key, for clips whose route is paced. */
  pacing?: KeyPacing;
  /** Where a story's job starts its shots' jobs; needed only for stories. */
  queue?: JobQueue;
}

const done: JobOutcome = { kind: 'done' };
const again = (delayMs: number): JobOutcome => ({ kind: 'again', delayMs });

/** The index key that finds a clip from its provider's job id (provider webhooks). */
export const providerJobKey = (provider: string, providerJobId: string) => `job:${provider}:${providerJobId}`;

export { idempotencyKey } from './idempotency.ts';

/**
 * Moves one clip forward: queued -> submitted -> rendering -> fetching -> delivering -> posted.
 * Every step reads the clip first and skips what is already done, so a worker that dies anywhere
 * is replaced by one that finishes the clip without a second provider submission or delivery.
 * While the provider renders, the job goes back to the queue with a delay instead of holding a
 * worker slot.
 */
export function createRenderJob(deps: RenderJobDeps): JobHandler {
  const { store, providers, messengers, media, clock, settings } = deps;
  const metrics = deps.metrics ?? noMetrics;
  const redact = deps.redact ?? noRedaction;
  const routeOf = async (clip: Clip): Promise<KeyRoute> =>
    deps.route ? deps.route(clip) : { provider: providers.get(clip.provider) };

  async function update(clip: Clip, patch: ClipPatch, from: readonly ClipState[] = [clip.state]) {
    return store.clips.update(clip.id, { ...patch, updatedAt: clock.now() }, from);
  }

  const cards = new CardPresenter({
    store,
    messengers,
    clock,
    logger: deps.logger,
    minIntervalMs: settings.cardEditIntervalMs,
    labelOf: deps.labelOf ?? ((id) => providers.labelOf(id)),
    canEdit: (clip) => providers.canEdit(clip),
    redact,
  });
  const failover = new Failover({
    store,
    providers,
    clock,
    settings,
    ...(deps.providersFor ? { providersFor: deps.providersFor } : {}),
  });
  const showCard = (clip: Clip, force: boolean, etaS?: number) =>
    cards.show(clip, { force, ...(etaS !== undefined ? { etaS } : {}) });
  const progress = new RenderProgress({
    store,
    messengers,
    clock,
    settings,
    update,
    show: (clip, options) => cards.show(clip, options),
  });
  // Fetch, fit and post a rendered clip (fail() is hoisted, called only once a step runs).
  const { fetch, deliver } = createDelivery({
    store,
    messengers,
    media,
    clock,
    logger: deps.logger,
    metrics,
    limits: settings,
    cards,
    update,
    fail,
    show: showCard,
  });
  // A story's shots: where each starts, a source fetched again, a made shot kept for the join.
  const { startOf, redownload, keepShot, storyEnded } = createShotSteps({
    store,
    media,
    logger: deps.logger,
    limits: settings,
    queue: deps.queue,
    update,
    routeOf,
    fetch,
    show: showCard,
  });

  async function fail(clip: Clip, failure: ClipFailure): Promise<JobOutcome> {
    // Stored redacted, so no later reader of the clip (any surface, any process) can show a key.
    const redacted = redactFailure(failure, redact);
    const failed = await update(clip, { state: 'failed', failure: redacted, filePath: undefined });
    metrics.failed(failed);
    await closeBooks(store, failed, deps.logger);
    // A failed contest entry frees its slot, so the member can enter another clip.
    if (failed.contestId) await store.contests.withdraw(failed.contestId, failed.id);
    if (clip.filePath) await media.remove(clip.filePath);
    await showCard(failed, true);
    return done;
  }

  async function submit(clip: Clip, route: KeyRoute, log: Logger): Promise<JobOutcome> {
    let current = clip;
    if (!current.providerJobId) {
      if (await failover.isDown(downName(current, route))) {
        const moved = await failover.move(
          current,
          ErrorCode.ProviderUnavailable,
          log,
          downName(current, route),
        );
        if (moved) return again(0);
      }
      const provider = route.provider;
      // The key is at its cap: wait in the queue (no worker slot held) for a free render slot.
      if (route.slot && deps.pacing && !(await deps.pacing.take(current, route.slot))) {
        const notice = pacedNotice(current, current.provider);
        if (!sameNotice(notice, current.notice))
          await showCard(await update(current, { notice }, ['queued']), true);
        return again(deps.pacing.recheckMs);
      }
      // A likeness: its pictures, with consent checked again now (it may have changed while the
      // clip waited), on a model that takes them (failover may have moved it).
      let referenceImages: ReferenceImage[] | undefined;
      if (current.cast?.length && current.origin !== 'edit') {
        const model = provider.capabilities().models.find((m) => m.id === current.options.model);
        const lent = await castReferences(store, current, model?.references ?? 0);
        if ('failure' in lent) return fail(current, lent.failure);
        if (lent.images.length === 0) {
          return fail(
            current,
            failureOf(
              ErrorCode.ReferencesUnsupported,
              msg('error.cast.likenessUnsupported', { model: model?.label ?? current.options.model }),
            ),
          );
        }
        referenceImages = lent.images;
      }
      // A shot that continues another clip: the provider's own extension, or that clip's last frame.
      const start = current.firstFrameFrom ? await startOf(current, provider) : undefined;
      const unpaced = unpacedNotice(current.notice);
      current = await update(
        current,
        {
          submitStartedAt: clock.now(),
          ...(!sameNotice(unpaced, current.notice) ? { notice: unpaced } : {}),
        },
        ['queued'],
      );
      const key = idempotencyKey(current.id, 'submit');
      const source = current.origin === 'edit' ? await store.clips.get(current.parentId!) : undefined;
      const providerJobId =
        start?.extendJobId && provider.extend
          ? await provider.extend(start.extendJobId, {
              prompt: renderPrompt(current),
              durationS: current.options.durationS,
              idempotencyKey: key,
            })
          : source?.providerJobId && provider.remix
            ? await provider.remix(source.providerJobId, renderPrompt(current), key)
            : await provider.submit({
                prompt: renderPrompt(current),
                model: current.options.model,
                durationS: current.options.durationS,
                size: current.options.size,
                ...(current.options.referenceImageUrl
                  ? { referenceImageUrl: current.options.referenceImageUrl }
                  : {}),
                ...(start?.firstFrame ? { firstFrame: start.firstFrame } : {}),
                ...(referenceImages ? { referenceImages } : {}),
                idempotencyKey: key,
              });
      // Persisted before anything else: from here on a resumed worker polls, never re-buys.
      current = await update(
        current,
        {
          providerJobId,
          ...(start ? { startedFrom: start.extendJobId ? 'extension' : 'lastFrame' } : {}),
          // Set or cleared: after a failover the clip may be bought with another kind of key.
          madeWith: route.ownKey ? 'workspace-key' : undefined,
        },
        ['queued'],
      );
      // A provider webhook names only its job: index it so the webhook can wake this clip.
      await store.messages.link(providerJobKey(current.provider, providerJobId), current.id);
      log.info({ providerJobId }, 'submitted to provider');
    }
    current = await update(current, { state: 'submitted', submittedAt: clock.now(), retries: 0 }, ['queued']);
    await showCard(current, true);
    // With signed webhooks the first look is only the safety net; else the adaptive polls begin.
    return again(route.provider.webhookFallbackMs ?? settings.pollMinMs);
  }

  async function poll(clip: Clip, route: KeyRoute, log: Logger): Promise<JobOutcome | Clip> {
    const provider = route.provider;
    // Still at the provider: the key's render slot stays this clip's (the lease is renewed).
    if (route.slot && deps.pacing) await deps.pacing.renew(clip, route.slot);
    if (clip.reportedDoneAt !== undefined && provider.webhookFallbackMs !== undefined) {
      // The provider's signed webhook said so (ClipService.wake): no status call needed.
      const rendered = await update(clip, {
        state: 'fetching',
        progress: 100,
        renderedAt: clock.now(),
        retries: 0,
      });
      progress.learn(clip, clip.reportedDoneAt);
      metrics.rendered(rendered);
      return rendered;
    }
    // Between status calls the card moves on at the last reading's rate; no provider call.
    if (progress.ticks(clip)) return progress.tick(clip);
    const elapsedMs = clock.now() - (clip.submittedAt ?? clip.createdAt);
    const status = await provider.status(clip.providerJobId!);
    const calls = clip.statusCalls + 1;
    if (status.state === 'failed') {
      log.info({ failure: status.failure }, 'provider reported failure');
      return fail(
        await store.clips.update(clip.id, { statusCalls: calls }),
        status.failure ?? failureOf(ErrorCode.RenderFailed, msg('error.render.failed')),
      );
    }
    if (status.state === 'completed') {
      const rendered = await update(clip, {
        state: 'fetching',
        progress: 100,
        statusCalls: calls,
        renderedAt: clock.now(),
        retries: 0,
      });
      progress.learn(clip, rendered.renderedAt!);
      metrics.rendered(rendered);
      return rendered;
    }
    if (elapsedMs > settings.renderTimeoutMs) {
      return fail(await store.clips.update(clip.id, { statusCalls: calls }), {
        code: ErrorCode.RenderTimedOut,
        message:
          'The render took far longer than it should and was given up. Nothing was charged; try again.',
      });
    }
    // Still in the provider's line (a clip it had started stays rendering: states only move on).
    if (status.state === 'queued' && clip.state === 'submitted')
      return progress.waiting(clip, status, calls, provider);
    return progress.rendering(clip, status, calls, provider);
  }

  /**
   * The one place that owns a clip's temp files. From the download on, a step may leave files
   * behind on any path (delivered, failed, refused, cancelled under it, thrown); when it ends,
   * only the file the stored clip still points at for a later attempt stays, and none once the
   * clip is finished. fail() removes that last one. Files left by a crash go at the next start
   * (sweepMediaFiles).
   */
  async function ownFiles<T>(clipId: string, log: Logger, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      try {
        const latest = await store.clips.get(clipId);
        // A made shot keeps its file until its story is joined (the story's job removes it).
        const keep = latest && (!isTerminal(latest.state) || isShot(latest)) ? latest.filePath : undefined;
        await media.discard(clipId, keep);
      } catch (error) {
        log.warn({ err: (error as Error).message }, "could not remove the clip's temp files");
      }
    }
  }

  const storyStep = createStoryStep({
    store,
    queue: deps.queue,
    media,
    clock,
    pollMs: settings.pollMaxMs,
    update,
    redownload,
    // A story's clip is joined here, never downloaded: its route is only the delivery's signature.
    deliver: async (clip, log) => deliver(clip, await routeOf(clip), log),
    fail,
    show: showCard,
  });

  async function step(clip: Clip, route: KeyRoute, log: Logger): Promise<JobOutcome> {
    if (isStoryClip(clip)) return ownFiles(clip.id, log, () => storyStep(clip, log));
    let current = clip;
    for (;;) {
      switch (current.state) {
        case 'queued':
          if (isShot(current) && !current.providerJobId && (await storyEnded(current))) {
            // Its story was cancelled or failed before this shot was bought: buy nothing.
            const cancelled = await update(current, {
              state: 'cancelled',
              failure: failureOf(ErrorCode.Cancelled, msg('error.story.ended')),
            });
            await closeBooks(store, cancelled, deps.logger);
            return done;
          }
          return submit(current, route, log);
        case 'submitted':
        case 'rendering': {
          const result = await poll(current, route, log);
          if ('kind' in result) return result;
          current = result;
          break;
        }
        case 'fetching':
        case 'delivering': {
          const ready = current;
          if (isShot(ready)) return ownFiles(ready.id, log, () => keepShot(ready, route, log));
          return ownFiles(ready.id, log, async () =>
            deliver(ready.state === 'fetching' ? await fetch(ready, route, log) : ready, route, log),
          );
        }
        default:
          return done;
      }
    }
  }

  return async (job) => {
    if (isContestJob(job.data)) return done; // src/app.ts sends those to the contest service
    const clip = await store.clips.get(job.data.clipId);
    if (!clip) return done;
    if (isTerminal(clip.state)) {
      // A worker that died between finishing a clip and its books left them open: close them
      // now (both are no-ops when already done).
      if (clip.state === 'posted') await settleClip(store, clip, deps.logger);
      else await closeBooks(store, clip, deps.logger);
      await deps.pacing?.settle(clip);
      return done;
    }
    const log = deps.logger.child({ clipId: clip.id, jobId: job.id });
    let route: KeyRoute | undefined;
    try {
      route = await routeOf(clip);
      return await step(clip, route, log);
    } catch (error) {
      const latest = await store.clips.get(clip.id);
      if (!latest || isTerminal(latest.state)) return done; // cancelled or finished elsewhere
      const err = asReelbotError(error);
      if (err.code === ErrorCode.Conflict) return again(0);
      // The provider refused the workspace's own key: its admins hear it once (key-notice.ts).
      if (err.code === ErrorCode.ProviderAuth && route?.refused) {
        await route
          .refused(latest)
          .catch((e) => log.warn({ err: (e as Error).message }, 'key notice failed'));
      }
      // A story's clip renders nothing itself; its shots fail over as clips of their own.
      if (!isStoryClip(latest) && failover.wants(latest, err, latest.retries)) {
        const moved = await failover.move(latest, err.code, log, route ? downName(latest, route) : undefined);
        if (moved) {
          await showCard(moved, true);
          return again(0);
        }
      }
      if (err.retryable && latest.retries < settings.maxRetries) {
        const delayMs =
          err.retryAfterMs ?? Math.min(settings.pollMaxMs, settings.pollMinMs * 2 ** latest.retries);
        log.warn(
          { code: err.code, err: err.message, retries: latest.retries + 1, delayMs },
          'transient failure',
        );
        await store.clips.update(clip.id, { retries: latest.retries + 1 });
        return again(delayMs);
      }
      log.warn({ code: err.code, err: err.message }, 'clip failed');
      return fail(latest, finalFailure(err));
    } finally {
      // A clip that left its key's provider (rendered, failed, moved elsewhere) frees the slot.
      if (route?.slot && deps.pacing) await deps.pacing.settle(clip, route.slot);
    }
  };
}

/**
 * What a failover marks down: the provider, or with a workspace's own key that provider for that
 * workspace alone (a revoked key of one workspace leaves the operator's and others' keys in use).
 */
function downName(clip: Pick<Clip, 'provider' | 'place'>, route: KeyRoute): string {
  return route.ownKey ? `${clip.provider}@${scopeOf(clip.place)}` : clip.provider;
}

/** The prompt sent to the provider: the member's words, with the chosen style as direction. */
export function renderPrompt(clip: Pick<Clip, 'prompt' | 'options'>): string {
  const style = clip.options.style;
  return style ? `${clip.prompt}\n\nStyle: ${STYLES[style] ?? style}.` : clip.prompt;
}
