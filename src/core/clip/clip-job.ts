import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import type { Admission } from './admission.ts';
import type { Clip, MessageRef } from './clip.ts';

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

/**
 * The last steps of admitting a stored clip (a single clip or a story's): a card the surface
 * posted itself finds its clip (votes and buttons on it), the job is queued, and the member's
 * request is remembered for their next one.
 */
export async function queueAdmitted(
  deps: { store: Store; queue: JobQueue; admission?: Admission | undefined },
  clip: Clip,
  card: MessageRef | undefined,
): Promise<void> {
  if (card?.key) await deps.store.messages.link(card.key, clip.id);
  await enqueueClip(deps.queue, clip);
  await deps.admission?.remember(clip.place, clip.author);
}
