import { DelayedError, Queue, Worker } from 'bullmq';
import type { EnqueueOptions, JobData, JobHandler, JobQueue } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import { redisErrorListener } from '../ops/redis-errors.ts';
import { closeWithin } from './close-within.ts';
// Side effect: BullMQ's Worker.close must not wait forever on a connection between reconnects.
import './ioredis-disconnect.ts';

export interface BullQueueOptions {
  redisUrl: string;
  /** Key prefix, shared with the store so one Redis can serve several bots. */
  prefix: string;
  /** A worker that stops renewing its lock for this long is presumed dead; its job is resumed. */
  lockMs: number;
  logger: Logger;
  name?: string;
}

/** The single job name; the clip's own state says which step runs. */
const JOB = 'advance-clip';

/**
 * JobQueue on BullMQ. A job whose handler says "again in N ms" is moved to the delayed set
 * (moveToDelayed + DelayedError, the pattern BullMQ documents for step jobs), so a render in
 * flight holds no worker slot between status checks.
 */
export function createBullQueue(options: BullQueueOptions): JobQueue {
  const name = options.name ?? 'clips';
  // Producers fail fast when Redis is away; workers wait for it (BullMQ "going to production").
  // Auto-pipelining sends every command issued in one tick in one write: under a burst of
  // requests that is one syscall for many jobs instead of one each (the admission bench).
  const queue = new Queue<JobData>(name, {
    connection: { url: options.redisUrl, enableOfflineQueue: false, enableAutoPipelining: true },
    prefix: options.prefix,
  });
  // Without a listener BullMQ prints every connection error to stderr while Redis is away.
  queue.on('error', redisErrorListener(options.logger, 'queue producer'));
  let worker: Worker<JobData> | undefined;

  return {
    async enqueue(jobId: string, data: JobData, opts: EnqueueOptions = {}) {
      await queue.add(JOB, data, {
        jobId,
        ...(opts.delayMs ? { delay: opts.delayMs } : {}),
        ...(opts.priority ? { priority: opts.priority } : {}),
        // A handler only throws when the store itself failed (Redis away); retry those.
        attempts: 20,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: { count: 1000 },
      });
    },

    async remove(jobId: string) {
      const job = await queue.getJob(jobId);
      if (!job) return;
      // An active job is locked by its worker: it sees the clip is cancelled at its next step.
      if (!(await job.isActive())) await job.remove().catch(() => {});
    },

    async wake(jobId: string) {
      const job = await queue.getJob(jobId);
      if (!job || !(await job.isDelayed())) return false;
      // Promoting a job that just left the delayed set fails harmlessly: it is running anyway.
      return job.promote().then(
        () => true,
        () => false,
      );
    },

    async startWorker(handler: JobHandler, concurrency: number) {
      worker = new Worker<JobData>(
        name,
        async (job, token) => {
          const outcome = await handler({ id: job.id!, data: job.data });
          if (outcome.kind === 'again') {
            await job.moveToDelayed(Date.now() + outcome.delayMs, token);
            throw new DelayedError();
          }
        },
        {
          connection: { url: options.redisUrl, maxRetriesPerRequest: null },
          prefix: options.prefix,
          concurrency,
          lockDuration: options.lockMs,
          stalledInterval: options.lockMs,
          // Every step is idempotent, so a job whose worker died is safe to resume many times.
          maxStalledCount: 100,
        },
      );
      worker.on('error', redisErrorListener(options.logger, 'queue worker'));
      await worker.waitUntilReady();
    },

    async close() {
      // Running steps get up to a lock's length to finish; past that their jobs are resumed by
      // another worker anyway (steps are idempotent), so the connection is dropped.
      if (worker)
        await closeWithin(
          options.lockMs,
          () => worker!.close(),
          () => worker!.disconnect(),
        );
      await closeWithin(
        PRODUCER_CLOSE_MS,
        () => queue.close(),
        () => queue.disconnect(),
      );
    },
  };
}

/** A producer has nothing in flight: a close that takes longer is stuck on a dead connection. */
const PRODUCER_CLOSE_MS = 2000;
