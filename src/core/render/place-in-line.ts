import type { Clip } from '../clip/clip.ts';
import type { Store } from '../ports/store.ts';
import type { RenderStatus } from '../ports/video-provider.ts';

/**
 * A clip's place in line, 1-based. A render waiting for its next status poll holds no worker
 * slot, so reelbot's own queue drains in milliseconds: the wait a member really has is at the
 * provider. Cards show the provider's own place where it reports one (fal), else this
 * deployment's clips still waiting at that provider ahead of it, earliest submission first; and
 * no place where nothing waits ahead (a "#1" only says it is next, or about to render).
 */

/** A position beyond this is no line a member waits in: a provider's reply not to be shown. */
const MAX_POSITION = 1_000_000;

/**
 * The place of a clip the provider reports queued: fal's `queue_position` counts the requests
 * ahead of it, 0 when it is next (https://docs.fal.ai/model-apis/model-endpoints/queue), so one
 * more; else its rank among this deployment's clips waiting there (ClipRepository).
 */
export function placeAtProvider(status: RenderStatus, rank: number | undefined): number | undefined {
  if (status.state !== 'queued') return undefined;
  const position = status.queuePosition;
  if (position === undefined) return rank;
  return Number.isSafeInteger(position) && position >= 0 && position <= MAX_POSITION
    ? position + 1
    : undefined;
}

/** The place a card shows: only one with someone ahead of it. */
export function shownPlace(place: number | undefined): number | undefined {
  return place !== undefined && place > 1 ? place : undefined;
}

/**
 * The place for a clip's card as it stands. Still in reelbot's own queue, the clips of this
 * deployment already waiting at its provider are ahead of it too, so the number only counts
 * down from there; waiting at the provider, the place its last status call gave.
 */
export async function placeInLine(store: Store, clip: Clip): Promise<number | undefined> {
  if (clip.state === 'queued') {
    const [own, atProvider] = await Promise.all([
      store.clips.waitingPosition(clip.id),
      store.clips.providerWaitingCount(clip.provider),
    ]);
    return own === undefined ? undefined : own + atProvider;
  }
  return clip.state === 'submitted' ? clip.placeInLine : undefined;
}
