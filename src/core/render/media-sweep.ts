import { isTerminal } from '../clip/clip.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { Store } from '../ports/store.ts';

/**
 * At a worker's start: remove the temp files of clips that are no longer in progress (posted,
 * failed, cancelled, or gone from the store), which a crash or kill left behind. A clip still in
 * progress keeps all its files, since another worker sharing the directory may be writing one
 * now; its next step keeps only the one it needs (render-job's ownFiles).
 */
export async function sweepMediaFiles(deps: {
  store: Store;
  media: MediaTool;
  logger: Logger;
}): Promise<{ removed: string[]; kept: string[] }> {
  const { store, media, logger } = deps;
  const removed: string[] = [];
  const kept: string[] = [];
  for (const clipId of await media.clipsWithFiles()) {
    const clip = await store.clips.get(clipId);
    if (clip && !isTerminal(clip.state)) {
      kept.push(clipId);
      continue;
    }
    await media.discard(clipId);
    removed.push(clipId);
  }
  if (removed.length > 0 || kept.length > 0) {
    logger.info(
      { removedFor: removed.length, keptFor: kept.length },
      'media directory swept: files of finished clips removed',
    );
  }
  return { removed, kept };
}
