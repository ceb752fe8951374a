import { ensureRedis } from './helpers/redis-server.ts';

/**
 * Runs once before any test file (vitest `globalSetup`). When nothing answers at REDIS_URL (or
 * the local default) and redis-server is installed, start one on a free port for this run and
 * export its URL: vitest builds each worker's environment from process.env after global setup,
 * so every test file, and every child process a test spawns with process.env, gets it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const wanted = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let redis: Awaited<ReturnType<typeof ensureRedis>>;
  try {
    redis = await ensureRedis({ url: wanted });
  } catch (error) {
    // A redis-server that would not start: the tests that need Redis fail, the others still run.
    console.warn(`reelbot tests: could not start redis-server: ${(error as Error).message}`);
    return async () => {};
  }
  if (redis.problem) console.warn(`reelbot tests: ${redis.problem}`);
  if (redis.started) {
    process.env.REDIS_URL = redis.url;
    console.log(
      `reelbot tests: nothing answered at ${wanted}; started redis-server at ${redis.url} for this run`,
    );
  }
  return () => redis.stop();
}
