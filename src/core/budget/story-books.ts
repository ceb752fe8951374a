import type { Clip } from '../clip/clip.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { toCents } from './money.ts';

/**
 * Close the books of a story that ended without being posted (failed, cancelled). Its one
 * reservation, made at admission for every shot it buys, becomes a charge for the shots the
 * provider made (they stay clips of their own) and the rest is released; with no shot made it
 * is released whole. Safe to call again: the ledger settles or releases a reservation once.
 */
export async function closeStoryBooks(
  store: Store,
  storyClip: Pick<Clip, 'id' | 'state'>,
  logger: Logger,
): Promise<void> {
  const cents = await madeCents(store, storyClip.id);
  if (cents > 0) {
    if (await store.ledger.settle(storyClip.id, cents))
      logger.info({ clipId: storyClip.id, cents }, 'story charged for the shots made');
  } else if (await store.ledger.release(storyClip.id)) {
    logger.info({ clipId: storyClip.id, state: storyClip.state }, 'budget refunded');
  }
}

/** What the shots this story bought and the provider made cost, in whole cents each. */
export async function madeCents(store: Store, storyId: string): Promise<number> {
  const story = await store.stories.get(storyId);
  if (!story) return 0;
  let cents = 0;
  for (const shot of story.shots) {
    if (!shot.own) continue;
    const clip = await store.clips.get(shot.clipId);
    if (clip?.state === 'posted') cents += toCents(clip.estimatedCostUsd);
  }
  return cents;
}
