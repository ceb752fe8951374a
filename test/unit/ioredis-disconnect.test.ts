import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import '../../src/queue/ioredis-disconnect.ts';
import { freePort } from '../helpers/redis-server.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * ioredis issue #1247: a client disconnected while it waits between reconnect attempts never
 * reached "end", and BullMQ's Worker.close waits for that event. With the fix it ends at once.
 */
describe('disconnect between reconnect attempts', () => {
  it('ends the client and emits "end"', async () => {
    const port = await freePort();
    // Nothing listens there: every attempt is refused and the client waits to try again.
    const redis = new Redis(`redis://127.0.0.1:${port}`, { retryStrategy: () => 60_000 });
    redis.on('error', () => {});
    await waitFor(() => redis.status === 'reconnecting', 'the client to wait between attempts');
    const ended = new Promise<'end'>((resolve) => redis.once('end', () => resolve('end')));
    redis.disconnect();
    expect(redis.status).toBe('end');
    expect(await ended).toBe('end');
  });
});
