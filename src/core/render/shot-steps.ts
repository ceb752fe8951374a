import { refundClip } from '../budget/settlement.ts';
import { closeStoryBooks } from '../budget/story-books.ts';
import { type Clip, type ClipState, isTerminal } from '../clip/clip.ts';
import { asReelbotError, ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { KeyRoute } from '../keys/key-routing.ts';
import type { JobOutcome, JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { ClipPatch, Store } from '../ports/store.ts';
import { type DownloadLimits, downloadClip } from './download.ts';

/** The clip a story posts (its id is the story's), as opposed to one of its shots. */
export const isStoryClip = (clip: Pick<Clip, 'storyId' | 'shotIndex'>) =>
  clip.storyId !== undefined && clip.shotIndex === undefined;
/** A shot of a story: rendered and kept as a clip of its own, never posted on its own. */
export const isShot = (clip: Pick<Clip, 'storyId' | 'shotIndex'>) =>
  clip.storyId !== undefined && clip.shotIndex !== undefined;

/**
 * A clip's reservation is refunded (a story's closes on what its shots made); a shot that ends
 * after its story was cancelled or failed closes the story's books once no shot is in flight.
 */
export async function closeBooks(store: Store, clip: Clip, logger: Logger) {
  if (isShot(clip)) {
    const story = await store.clips.get(clip.storyId!);
    if (story && (story.state === 'cancelled' || story.state === 'failed'))
      await closeStoryBooks(store, story, logger);
    return;
  }
  await refundClip(store, clip, logger);
}

export interface ShotStepsDeps {
  store: Store;
  media: MediaTool;
  logger: Logger;
  /** The download's bounds, for a source fetched again. */
  limits: DownloadLimits;
  /** Where a made shot wakes its story's job; needed only for stories. */
  queue?: JobQueue;
  /** The render job's own clip update (stamps updatedAt, guards the state). */
  update: (clip: Clip, patch: ClipPatch, from?: readonly ClipState[]) => Promise<Clip>;
  /** Which key's client serves a clip (the one that bought it). */
  routeOf: (clip: Clip) => Promise<KeyRoute>;
  /** The render job's fetch step: downloads a rendered clip to a worker-local file. */
  fetch: (clip: Clip, route: KeyRoute, log: Logger) => Promise<Clip>;
  show: (clip: Clip, force: boolean) => Promise<unknown>;
}

export interface ShotSteps {
  startOf: (
    shot: Clip,
    provider: { name: string; extend?: unknown },
  ) => Promise<{ extendJobId?: string; firstFrame?: { bytes: Uint8Array; mimeType: 'image/png' } }>;
  redownload: (source: Clip, ownerId: string) => Promise<string>;
  keepShot: (clip: Clip, route: KeyRoute, log: Logger) => Promise<JobOutcome>;
  storyEnded: (shot: Clip) => Promise<boolean>;
}

/**
 * The steps a story's shots take that a single clip does not: where a continuing shot starts
 * (an extension or a source's last frame), a source fetched again, a made shot kept for its
 * story's join instead of posted, and whether its story is already over.
 */
export function createShotSteps(deps: ShotStepsDeps): ShotSteps {
  const { store, media, update, routeOf, fetch } = deps;
  const settings = deps.limits;
  const showCard = deps.show;
  const done: JobOutcome = { kind: 'done' };

  /**
   * Where a continuing shot starts: the provider's own extension of the source's job (a native
   * extension on the same provider), else the source's last frame, read from its file here or
   * from a fresh download of it (removed once read).
   */
  async function startOf(
    shot: Clip,
    provider: { name: string; extend?: unknown },
  ): Promise<{ extendJobId?: string; firstFrame?: { bytes: Uint8Array; mimeType: 'image/png' } }> {
    const source = await store.clips.get(shot.firstFrameFrom!);
    if (!source?.providerJobId) {
      throw new ReelbotError(ErrorCode.SourceGone, msg('error.shot.sourceGone'));
    }
    const story = shot.storyId ? await store.stories.get(shot.storyId) : undefined;
    if (story?.native && provider.extend && source.provider === provider.name) {
      return { extendJobId: source.providerJobId };
    }
    const kept = source.filePath && (await media.exists(source.filePath)) ? source.filePath : undefined;
    const path = kept ?? (await redownload(source, shot.id));
    try {
      return { firstFrame: { bytes: await media.lastFrame(path), mimeType: 'image/png' } };
    } finally {
      if (!kept) await media.remove(path);
    }
  }

  /** A clip's video again from its provider, into a file named for `ownerId` (who removes it). */
  async function redownload(source: Clip, ownerId: string): Promise<string> {
    if (!source.providerJobId) {
      throw new ReelbotError(ErrorCode.SourceGone, msg('error.shot.videoGone'));
    }
    try {
      const { path } = await downloadClip({
        // The key that bought the source (a workspace's own, else the operator's) fetches it again.
        provider: (await routeOf(source)).provider,
        providerJobId: source.providerJobId,
        clipId: ownerId,
        media,
        limits: settings,
        stillWanted: async () => {
          const latest = await store.clips.get(ownerId);
          return latest !== undefined && !isTerminal(latest.state);
        },
      });
      return path;
    } catch (error) {
      // Posted videos are not kept on disk: a continuation fetches its source again while the
      // provider still serves it. Past that (an expired or deleted video) it is gone for good.
      const err = asReelbotError(error);
      if (err.retryable || err.code === ErrorCode.DiskFull) throw err;
      throw new ReelbotError(ErrorCode.SourceGone, msg('error.shot.continueGone'), {
        cause: err,
        message: `source ${source.id} could not be fetched again: ${err.message}`,
      });
    }
  }

  /**
   * A shot the provider made: fetched and kept (its file is the story's to join), and ended as a
   * clip of its own, with no delivery of its own. Its story's job is woken to go on at once.
   */
  async function keepShot(clip: Clip, route: KeyRoute, log: Logger): Promise<JobOutcome> {
    const fetched = clip.state === 'fetching' ? await fetch(clip, route, log) : clip;
    const made = await update(fetched, {
      state: 'posted',
      progress: 100,
      costUsd: fetched.estimatedCostUsd,
      retries: 0,
    });
    log.info({ storyId: made.storyId, shot: (made.shotIndex ?? 0) + 1 }, 'shot made');
    await closeBooks(store, made, deps.logger);
    await showCard(made, true);
    await deps.queue?.wake(made.storyId!);
    return done;
  }

  /** True once a shot's story is over without being posted (cancelled, failed). */
  async function storyEnded(shot: Clip): Promise<boolean> {
    const story = await store.clips.get(shot.storyId!);
    return !story || story.state === 'cancelled' || story.state === 'failed';
  }

  return { startOf, redownload, keepShot, storyEnded };
}
