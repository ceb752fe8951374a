import { afterEach, describe, expect, it } from 'vitest';
import { REDIS_URL } from '../helpers/redis.ts';
import { ensureRedis, freePort, redisAnswers, type TestRedis } from '../helpers/redis-server.ts';

/** The global setup's helper: a test run finds Redis, or starts its own for the run. */
let started: TestRedis | undefined;
afterEach(async () => {
  await started?.stop();
  started = undefined;
});

describe('Redis for a test run', () => {
  it('starts a redis-server when nothing answers, which answers PING until it is stopped', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    expect(await redisAnswers(closed)).toBe(false);
    started = await ensureRedis({ url: closed });
    expect(started.started).toBe(true);
    expect(started.problem).toBeUndefined();
    expect(started.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    expect(await redisAnswers(started.url)).toBe(true);

    await started.stop();
    expect(await redisAnswers(started.url)).toBe(false);
  });

  it('uses the Redis that answers and starts nothing', async () => {
    const found = await ensureRedis({ url: REDIS_URL });
    expect(found).toMatchObject({ url: REDIS_URL, started: false });
    await found.stop();
    expect(await redisAnswers(REDIS_URL)).toBe(true);
  });

  it('says in one line what to install when nothing answers and redis-server is not installed', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const missing = await ensureRedis({ url: closed, searchPath: '/nonexistent-dir' });
    expect(missing.started).toBe(false);
    expect(missing.problem).toContain(`Nothing answers at ${closed}`);
    expect(missing.problem).toContain('redis-server is not on PATH');
    expect(missing.problem).toContain('apt-get install redis-server');
    expect(missing.problem).toContain('brew install redis');
    expect(missing.problem).not.toContain('\n');
  });
});
