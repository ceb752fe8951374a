import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createMemoryQueue } from '../../src/queue/memory-queue.ts';

describe('the in-memory queue', () => {
  it('runs a job once per id, and wakes a delayed one early', async () => {
    const queue = createMemoryQueue(silentLogger);
    const ran: string[] = [];
    await queue.startWorker(async (job) => {
      ran.push(job.id);
      return { kind: 'done' };
    }, 1);
    await queue.enqueue('a', { clipId: 'a' }, { delayMs: 60_000 });
    await queue.enqueue('a', { clipId: 'a' });
    expect(await queue.wake('missing')).toBe(false);
    expect(await queue.wake('a')).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toEqual(['a']);
    expect(await queue.wake('a')).toBe(false);
    await queue.close();
  });
});
