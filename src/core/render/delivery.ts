import { settleClip } from '../budget/settlement.ts';
import type { CardPresenter } from '../card/card-presenter.ts';
import { noticeCast } from '../cast/cast-notice.ts';
import { type Clip, type ClipFailure, type ClipState, isTerminal } from '../clip/clip.ts';
import { noticeRemix } from '../clip/remix-notice.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { KeyRoute } from '../keys/key-routing.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobOutcome } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Metrics } from '../ports/metrics.ts';
import type { ClipPatch, Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import { type DownloadLimits, downloadClip } from './download.ts';
import { failureOf } from './final-failure.ts';
import { idempotencyKey } from './idempotency.ts';

export interface DeliveryDeps {
  store: Store;
  messengers: MessengerRegistry;
  media: MediaTool;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** The download's bounds (size, deadline). */
  limits: DownloadLimits;
  cards: CardPresenter;
  /** The render job's own clip update (stamps updatedAt, guards the state). */
  update: (clip: Clip, patch: ClipPatch, from?: readonly ClipState[]) => Promise<Clip>;
  /** The render job's failure: stored, refunded, shown. */
  fail: (clip: Clip, failure: ClipFailure) => Promise<JobOutcome>;
  show: (clip: Clip, force: boolean) => Promise<unknown>;
}

export interface Delivery {
  fetch: (clip: Clip, route: KeyRoute, log: Logger) => Promise<Clip>;
  deliver: (clip: Clip, route: KeyRoute, log: Logger) => Promise<JobOutcome>;
}

/**
 * A rendered clip's way out: fetched from its provider to a worker-local file, fitted under the
 * channel's upload limit, posted once (the surface sees one idempotency key on every retry),
 * settled and shown, with a thumbnail kept for leaderboards.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const { store, messengers, media, clock, metrics, cards, update, fail } = deps;
  const settings = deps.limits;
  const showCard = deps.show;
  const done: JobOutcome = { kind: 'done' };

  /**
   * Download to a worker-local file, bounded (size, deadline, cancel) and checked to be a real
   * video. Also used when a resumed worker lacks the file.
   */
  async function download(clip: Clip, route: KeyRoute) {
    return downloadClip({
      provider: route.provider,
      providerJobId: clip.providerJobId!,
      clipId: clip.id,
      media,
      limits: settings,
      stillWanted: async () => {
        const latest = await store.clips.get(clip.id);
        return latest !== undefined && !isTerminal(latest.state);
      },
    });
  }

  async function fetch(clip: Clip, route: KeyRoute, log: Logger): Promise<Clip> {
    const { path, info, thumbnail } = await download(clip, route);
    log.info({ bytes: info.bytes, durationS: info.durationS }, 'fetched clip');
    if (thumbnail) await keepThumbnail(clip.id, thumbnail);
    return update(clip, {
      state: 'delivering',
      filePath: path,
      media: { ...info, reencoded: false },
      retries: 0,
    });
  }

  async function deliver(clip: Clip, route: KeyRoute, log: Logger): Promise<JobOutcome> {
    const messenger = messengers.get(clip.place.surface);
    if (!messenger) {
      throw new ReelbotError(ErrorCode.DeliveryFailed, msg('error.delivery.notConnected'), {
        retryable: true,
        message: `no messenger for surface ${clip.place.surface}`,
      });
    }
    let current = clip;
    if (!current.delivery) {
      let path = current.filePath;
      let info = current.media;
      if (!path || !info || !(await media.exists(path))) {
        // A worker on another machine fetched it, or the temp file is gone: fetch again.
        const fetched = await download(current, route);
        if (fetched.thumbnail) await keepThumbnail(current.id, fetched.thumbnail);
        path = fetched.path;
        info = { ...fetched.info, reencoded: false };
        current = await update(current, { filePath: path, media: info });
      }
      const limit = await messenger.uploadLimit(current.place);
      if (info.bytes > limit) {
        const fitted = await media.fitUnder(path, limit);
        if (!fitted) {
          return fail(
            current,
            failureOf(
              ErrorCode.TooLarge,
              msg('error.delivery.tooLarge', { size: mib(info.bytes), limit: mib(limit) }),
            ),
          );
        }
        await media.remove(path);
        path = fitted;
        info = { ...(await media.probe(path)), reencoded: true };
        current = await update(current, { filePath: path, media: info });
        log.info({ bytes: info.bytes, limit }, 're-encoded to fit the upload limit');
      }
      const posted = { ...current, state: 'posted' as const, progress: 100 };
      const delivery = await messenger.upload(
        current.place,
        { path, name: `reelbot-${current.id}.mp4`, bytes: info.bytes, contentType: 'video/mp4' },
        await cards.render(posted),
        idempotencyKey(current.id, 'deliver'),
      );
      if (delivery.key) await store.messages.link(delivery.key, current.id);
      current = await update(current, { delivery });
      log.info({ bytes: info.bytes }, 'delivered clip');
      // Made with the download's check; only a tool that could not make one then tries again.
      if (!(await store.thumbnails.has(current.id))) await makeThumbnail(current.id, path, log);
    }
    // The clip is delivered, so its cost is real: settle before it reads as posted, so whoever
    // sees it posted sees its books closed (settling twice is a no-op if this step is retried).
    await settleClip(
      store,
      { id: current.id, costUsd: current.estimatedCostUsd, estimatedCostUsd: current.estimatedCostUsd },
      deps.logger,
    );
    // On the workspace's own key, its spend is that key's too (once per clip, like the ledger).
    await route.spend?.(current);
    const posted = await update(current, {
      state: 'posted',
      progress: 100,
      postedAt: clock.now(),
      costUsd: current.estimatedCostUsd,
      filePath: undefined,
      retries: 0,
    });
    metrics.posted(posted);
    await store.posted.add(scopeOf(posted.place), posted.id, posted.postedAt!);
    if (current.filePath) await media.remove(current.filePath);
    // Deleted while it was uploading (delete cannot stop an upload in flight): take it down now.
    if (posted.deletedAt) {
      await cards.takeDown(posted);
      return done;
    }
    await showCard(posted, true);
    await noticeCast({ store, messengers, logger: log }, posted).catch((error) =>
      log.warn({ err: (error as Error).message }, 'cast notice failed'),
    );
    await noticeRemix({ store, messengers, logger: log }, posted).catch((error) =>
      // A notice is a courtesy: the clip is posted and credited on its card either way.
      log.warn({ err: (error as Error).message }, 'remix notice failed'),
    );
    return done;
  }

  /** A frame for leaderboards, kept in the store so any process can serve it; best effort. */
  async function keepThumbnail(clipId: string, jpeg: Uint8Array) {
    await store.thumbnails.put(clipId, jpeg).catch(() => {});
  }

  async function makeThumbnail(clipId: string, path: string, log: Logger) {
    const jpeg = media.thumbnail ? await media.thumbnail(path).catch(() => undefined) : undefined;
    if (jpeg) await keepThumbnail(clipId, jpeg);
    else if (media.thumbnail) log.warn({}, 'no thumbnail could be made');
  }

  return { fetch, deliver };
}

/** Bytes in MiB; the message shows one decimal (`{size, number, ::.0}`), in the reader's digits. */
function mib(bytes: number): number {
  return bytes / 1024 / 1024;
}
