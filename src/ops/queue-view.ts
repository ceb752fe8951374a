import { Queue } from 'bullmq';
import { redisErrorListener } from './redis-errors.ts';

/** The states an operator watches; `delayed` holds renders waiting for their next status poll. */
const STATES = ['wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

/**
 * A read side of the clip queue for metrics and the dashboard: its own BullMQ Queue handle,
 * opened on first use, so a process that nobody scrapes costs no extra connection.
 */
export class QueueView {
  readonly #options: { redisUrl: string; prefix: string; name: string };
  #queue: Queue | undefined;

  constructor(options: { redisUrl: string; prefix: string; name?: string }) {
    // 'clips' is the queue createBullQueue (src/queue/bullmq-queue.ts) names by default.
    this.#options = { redisUrl: options.redisUrl, prefix: options.prefix, name: options.name ?? 'clips' };
  }

  /** The BullMQ queue handle (the dashboard reads through it). */
  queue(): Queue {
    // Fail fast when Redis is away, as producers do: a scrape must not hang on a dead Redis.
    this.#queue ??= new Queue(this.#options.name, {
      connection: { url: this.#options.redisUrl, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
      prefix: this.#options.prefix,
    });
    // A scrape that fails says so in its answer; the connection's errors need only a listener.
    this.#queue.on('error', redisErrorListener(undefined, 'queue view'));
    return this.#queue;
  }

  /** Jobs by state. */
  async counts(): Promise<Record<string, number>> {
    return this.queue().getJobCounts(...STATES);
  }

  async close(): Promise<void> {
    await this.#queue?.close();
  }
}
