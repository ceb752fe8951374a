import type { JobQueue } from '../ports/job-queue.ts';
import type { Clip } from './clip.ts';

/**
 * Queue a clip's job (one job per clip, named by its id, so queueing twice is harmless), with
 * its fair-queue priority.
 */
export async function enqueueClip(queue: JobQueue, clip: Pick<Clip, 'id' | 'priority'>): Promise<void> {
  await queue.enqueue(clip.id, { clipId: clip.id }, clip.priority ? { priority: clip.priority } : {});
}

/** A repeated request: make sure its job exists (the first caller may have died before queueing). */
export async function requeueIfQueued(queue: JobQueue, clip: Clip): Promise<Clip> {
  if (clip.state === 'queued') await enqueueClip(queue, clip);
  return clip;
}
