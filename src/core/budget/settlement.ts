import type { Clip } from '../clip/clip.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { toCents } from './money.ts';
import { closeStoryBooks } from './story-books.ts';

/**
 * Give back a clip's reservation (it failed or was cancelled). Safe to call again: the ledger
 * refunds a reservation once, so a retried step never refunds twice. A story's clip is charged
 * for the shots its provider made instead (closeStoryBooks).
 */
export async function refundClip(
  store: Store,
  clip: Pick<Clip, 'id' | 'state'> & Partial<Pick<Clip, 'storyId' | 'shotIndex'>>,
  logger: Logger,
): Promise<void> {
  if (clip.storyId !== undefined && clip.shotIndex === undefined) {
    await closeStoryBooks(store, clip, logger);
    return;
  }
  if (await store.ledger.release(clip.id))
    logger.info({ clipId: clip.id, state: clip.state }, 'budget refunded');
}

/** Charge a delivered clip at its real cost in place of its reservation, once. */
export async function settleClip(
  store: Store,
  clip: Pick<Clip, 'id' | 'costUsd' | 'estimatedCostUsd'>,
  logger: Logger,
) {
  const cents = toCents(clip.costUsd ?? clip.estimatedCostUsd);
  if (await store.ledger.settle(clip.id, cents)) logger.info({ clipId: clip.id, cents }, 'budget settled');
}
