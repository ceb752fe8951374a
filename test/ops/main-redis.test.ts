import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, PrivateRedis } from '../helpers/redis-server.ts';
import { waitFor } from './main-process.ts';

/**
 * Real `node src/main.ts` processes (Node 24, this test's own binary) and Redis that is absent
 * or goes away: at start-up one line on stderr and exit 1; once running, nothing on stderr while
 * Redis is down (every client has an error listener) and /readyz back to 200 once it answers.
 */
function spawnMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  let url: string | undefined;
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      const line = JSON.parse(text) as { msg?: string; url?: string };
      if (line.msg === 'reelbot is running') url = line.url;
    } catch {
      // the studio's banner
    }
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal ?? 'unknown')),
  );
  return { child, exited, stderr: () => stderr, url: () => url };
}

describe('start-up without Redis', () => {
  it('exits non-zero with one line naming Redis, not a stack trace', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const main = spawnMain({
      REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}/0`,
      REDIS_STARTUP_WAIT_MS: '1000',
      LOG_LEVEL: 'silent',
    });
    expect(await main.exited).toBe(1);
    expect(main.stderr()).toBe(
      `reelbot: cannot start: Redis at redis://127.0.0.1:${port}/0 did not answer (connect ECONNREFUSED 127.0.0.1:${port})\n`,
    );
  });
});

describe('Redis going away under a running process', () => {
  let redis: PrivateRedis | undefined;
  let main: ReturnType<typeof spawnMain> | undefined;
  afterEach(async () => {
    if (main && main.child.exitCode === null && main.child.signalCode === null) {
      main.child.kill('SIGKILL');
      await main.exited;
    }
    await redis?.kill();
  });

  /** A process on a Redis of its own; SHUTDOWN_TIMEOUT_MS short so a hung stop fails fast. */
  async function start() {
    redis = await PrivateRedis.start();
    const running = spawnMain({ REDIS_URL: redis.url, LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '8000' });
    main = running;
    await waitFor(() => running.url() !== undefined, 'the process to run');
    const readyz = async () => (await fetch(`${running.url()}/readyz`)).status;
    expect(await readyz()).toBe(200);
    await redis.kill();
    // Long enough for every client to fail several reconnect attempts (ioredis backs off from 50 ms).
    await new Promise((r) => setTimeout(r, 3000));
    expect(await readyz()).toBe(503);
    return { running, redis, readyz };
  }

  it('prints nothing to stderr while Redis is down, is ready again once it answers, and stops cleanly', {
    timeout: 90_000,
  }, async () => {
    const { running, redis, readyz } = await start();
    await redis.start();
    await waitFor(async () => (await readyz()) === 200, '/readyz to be 200 again', 10_000);
    // Right after the restart some connections are still between reconnect attempts.
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toBe('');
  });

  it('stops cleanly on SIGTERM while Redis is still down', { timeout: 90_000 }, async () => {
    const { running } = await start();
    running.child.kill('SIGTERM');
    // 1 would mean SHUTDOWN_TIMEOUT_MS ran out with a close still waiting on Redis.
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toBe('');
  });
});
