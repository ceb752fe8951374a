/** A unit of work: which clip to move forward. */
export interface JobData {
  clipId: string;
}

/** What a handler decides: the job is finished, or should run again after a wait. */
export type JobOutcome = { kind: 'done' } | { kind: 'again'; delayMs: number };

export type JobHandler = (job: { id: string; data: JobData }) => Promise<JobOutcome>;

export interface EnqueueOptions {
  delayMs?: number;
  /** Lower runs first (BullMQ semantics); omitted means the default lane. */
  priority?: number;
}

/** A durable queue of clip jobs. Enqueue is idempotent on the job id. */
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
