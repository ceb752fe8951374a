import { ErrorCode, ReelbotError } from '../errors.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import { providerJobKey } from '../render/render-job.ts';

/**
 * A provider says a render finished (webhook): check on the clip now instead of at its next
 * poll. An unsigned call only wakes the job, so the status call stays the source of truth and a
 * forged or repeated one costs at most one early status check. A completion whose signature
 * the caller verified (`signed`) is recorded, and the job fetches without asking again. False
 * when no rendering clip has that job.
 */
export async function wakeForProvider(
  deps: { store: Store; queue: JobQueue; clock: Clock },
  provider: string,
  providerJobId: string,
  signed?: { completed: true },
): Promise<boolean> {
  const clipId = await deps.store.messages.clipFor(providerJobKey(provider, providerJobId));
  const clip = clipId ? await deps.store.clips.get(clipId) : undefined;
  if (!clip || clip.providerJobId !== providerJobId) return false;
  if (clip.state !== 'submitted' && clip.state !== 'rendering') return false;
  if (signed?.completed && clip.reportedDoneAt === undefined) {
    try {
      await deps.store.clips.update(clip.id, { reportedDoneAt: deps.clock.now() }, [
        'submitted',
        'rendering',
      ]);
    } catch (error) {
      // The job moved on meanwhile (it saw the end itself): nothing to record or wake.
      if (error instanceof ReelbotError && error.code === ErrorCode.Conflict) return false;
      throw error; // the store is away: a 5xx makes the provider send the webhook again
    }
  }
  return deps.queue.wake(clip.id);
}
