import { isTerminal } from '../clip/clip.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { Store } from '../ports/store.ts';

/**
 * At a worker's start: remove the temp files of clips that are no longer in progress (posted,
 * failed, cancelled, or gone from the store), which a crash or kill left behind. A clip still in
 * progress (or a shot of a story in progress) keeps all its files, since another worker sharing the directory may be writing one
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
    // A made shot's file waits for its story's join (the story's job removes it after posting).
    const story =
      clip?.storyId !== undefined && clip.shotIndex !== undefined
        ? await store.clips.get(clip.storyId)
        : undefined;
    if ((clip && !isTerminal(clip.state)) || (story && !isTerminal(story.state))) {
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
