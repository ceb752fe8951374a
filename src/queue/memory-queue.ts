import type { EnqueueOptions, JobData, JobHandler, JobQueue } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';

interface Entry {
  id: string;
  data: JobData;
  dueAt: number;
  priority: number;
  seq: number;
}

/**
 * The in-process twin of the BullMQ queue for zero-config runs: same contract (idempotent job
 * ids, delays, priorities, "again in N ms"), nothing survives the process. Only used when
 * REDIS_URL is unset.
 */
export function createMemoryQueue(logger: Logger): JobQueue {
  const entries = new Map<string, Entry>();
  const running = new Set<string>();
  let handler: JobHandler | undefined;
  let concurrency = 1;
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function schedule() {
    if (closed || !handler) return;
    clearTimeout(timer);
    const now = Date.now();
    const due = [...entries.values()]
      .filter((e) => !running.has(e.id) && e.dueAt <= now)
      .sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    for (const entry of due.slice(0, Math.max(0, concurrency - running.size))) void run(entry);
    const next = Math.min(...[...entries.values()].filter((e) => !running.has(e.id)).map((e) => e.dueAt));
    if (Number.isFinite(next)) timer = setTimeout(schedule, Math.max(0, next - Date.now()));
  }

  async function run(entry: Entry) {
    running.add(entry.id);
    try {
      const outcome = await handler!({ id: entry.id, data: entry.data });
      if (outcome.kind === 'again' && entries.has(entry.id)) {
        entry.dueAt = Date.now() + outcome.delayMs;
      } else {
        entries.delete(entry.id);
      }
    } catch (error) {
      logger.error({ jobId: entry.id, err: (error as Error).message }, 'job handler threw; retrying in 1 s');
      entry.dueAt = Date.now() + 1000;
    } finally {
      running.delete(entry.id);
      schedule();
    }
  }

  return {
    async enqueue(jobId: string, data: JobData, options: EnqueueOptions = {}) {
      if (entries.has(jobId)) return;
      entries.set(jobId, {
        id: jobId,
        data,
        dueAt: Date.now() + (options.delayMs ?? 0),
        // BullMQ runs jobs without a priority before prioritised ones.
        priority: options.priority ?? 0,
        seq: seq++,
      });
      schedule();
    },
    async remove(jobId: string) {
      if (!running.has(jobId)) entries.delete(jobId);
    },
    async wake(jobId: string) {
      const entry = entries.get(jobId);
      if (!entry || running.has(jobId) || entry.dueAt <= Date.now()) return false;
      entry.dueAt = Date.now();
      schedule();
      return true;
    },
    async startWorker(h: JobHandler, c: number) {
      handler = h;
      concurrency = c;
      schedule();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      while (running.size > 0) await new Promise((r) => setTimeout(r, 10));
    },
  };
}
