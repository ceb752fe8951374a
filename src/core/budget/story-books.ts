import { type Clip, isTerminal } from '../clip/clip.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { toCents } from './money.ts';

/**
 * Close the books of a story that ended without being posted (failed, cancelled). Its one
 * reservation, made at admission for every shot it buys, becomes a charge for the shots the
 * provider made (they stay clips of their own) and the rest is released; with no shot made it
 * is released whole. While a shot is still in flight (a story cancelled mid-render: a bought
 * shot cannot be un-bought) nothing is closed yet; the render job calls again as each shot ends.
 * Safe to call again: the ledger settles or releases a reservation once.
 */
export async function closeStoryBooks(
  store: Store,
  storyClip: Pick<Clip, 'id' | 'state'>,
  logger: Logger,
): Promise<void> {
  if (await shotsInFlight(store, storyClip.id)) return;
  const cents = await madeCents(store, storyClip.id);
  if (cents > 0) {
    if (await store.ledger.settle(storyClip.id, cents))
      logger.info({ clipId: storyClip.id, cents }, 'story charged for the shots made');
  } else if (await store.ledger.release(storyClip.id)) {
    logger.info({ clipId: storyClip.id, state: storyClip.state }, 'budget refunded');
  }
}

/** True while a shot this story bought is neither made nor ended. */
async function shotsInFlight(store: Store, storyId: string): Promise<boolean> {
  const story = await store.stories.get(storyId);
  for (const shot of story?.shots ?? []) {
    if (!shot.own) continue;
    const clip = await store.clips.get(shot.clipId);
    if (clip && !isTerminal(clip.state)) return true;
  }
  return false;
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
