/**
 * The design reelbot replaces, for comparison only: a BullMQ worker whose job submits the
 * render and then sleeps in its slot between status polls until the video is done, so each
 * render in flight holds one of the `concurrency` slots for its whole length.
 */
import { Worker } from 'bullmq';
import { createOpenAIProvider } from '../src/providers/openai/index.ts';

const env = process.env;
const provider = createOpenAIProvider({ apiKey: 'sk-bench-naive', baseURL: env.OPENAI_BASE_URL! });
const pollMs = Number(env.NAIVE_POLL_MS ?? 10_000);
const worker = new Worker(
  'naive',
  async (job) => {
    const id = await provider.submit({
      prompt: 'a crowd of paper lanterns rising over a lake',
      model: 'sora-2',
      durationS: 4,
      size: '720x1280',
      idempotencyKey: `naive-${job.id}`,
    });
    for (;;) {
      await new Promise((r) => setTimeout(r, pollMs));
      const status = await provider.status(id);
      if (status.state === 'completed' || status.state === 'failed') return;
    }
  },
  {
    connection: { url: env.REDIS_URL!, maxRetriesPerRequest: null },
    prefix: env.REDIS_PREFIX!,
    concurrency: Number(env.WORKER_CONCURRENCY ?? 10),
  },
);
await worker.waitUntilReady();
process.send?.('ready');
