/** Move a clip forward one step of its render. */
export interface ClipJobData {
  clipId: string;
}

/** Move a contest to its next phase (open voting, or close and announce) at the right moment. */
export interface ContestJobData {
  contestId: string;
  phase: 'voting' | 'close';
}

/**
 * A unit of work: a clip to move forward or a contest phase. Untagged, so clip jobs already in a
 * queue (stored as `{ clipId }`) read as before.
 */
export type JobData = ClipJobData | ContestJobData;

/** True for a contest phase job. */
export function isContestJob(data: JobData): data is ContestJobData {
  return 'contestId' in data;
}

/** What a handler decides: the job is finished, or should run again after a wait. */
export type JobOutcome = { kind: 'done' } | { kind: 'again'; delayMs: number };

export type JobHandler = (job: { id: string; data: JobData }) => Promise<JobOutcome>;

export interface EnqueueOptions {
  delayMs?: number;
  /** Lower runs first (BullMQ semantics); omitted means the default lane. */
  priority?: number;
}

/** A durable queue of clip and contest jobs. Enqueue is idempotent on the job id. */
export interface JobQueue {
  /** Stop consuming and release connections; running handlers finish or are handed back. */
  close(): Promise<void>;
  /** Add a job unless one with this id is already waiting, delayed or running. */
  enqueue(jobId: string, data: JobData, options?: EnqueueOptions): Promise<void>;
  /** Drop a waiting or delayed job (cancel); a running one finishes its current step. */
  remove(jobId: string): Promise<void>;
  /** Run a delayed job now (a provider webhook said its render finished); false if not delayed. */
  wake(jobId: string): Promise<boolean>;
  /** Start consuming with at most `concurrency` handlers at once in this process. */
  startWorker(handler: JobHandler, concurrency: number): Promise<void>;
}
