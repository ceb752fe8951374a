import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { waitFor } from '../ops/main-process.ts';
import { onPath } from './executables.ts';

/** A Redis for a test run: the one that was answering, or one started for the run. */
export interface TestRedis {
  url: string;
  /** True when this run started its own redis-server (stopped by `stop`). */
  started: boolean;
  /** Why there is no Redis, in one line, when none answers and none could be started. */
  problem?: string;
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL';

/** True when something at `url` answers PING within `timeoutMs` (an AUTH error counts: it is Redis). */
export async function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch (error) {
    return /NOAUTH|WRONGPASS/.test(String(error));
  } finally {
    redis.disconnect();
  }
}

/** A TCP port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The Redis a test run uses. When `url` answers, that one (nothing to stop). Otherwise, when
 * `redis-server` is on the search path, start one on a free loopback port with no persistence
 * for the run's duration; `stop` ends it. Otherwise report the problem in one line and start
 * nothing: tests that need no Redis still run.
 */
export async function ensureRedis(options: {
  url: string;
  command?: string;
  searchPath?: string;
  startTimeoutMs?: number;
}): Promise<TestRedis> {
  const none = async () => {};
  if (await redisAnswers(options.url)) return { url: options.url, started: false, stop: none };
  const command = options.command ?? 'redis-server';
  const binary = onPath(command, options.searchPath);
  if (!binary) {
    return {
      url: options.url,
      started: false,
      problem: `Nothing answers at ${options.url} and ${command} is not on PATH, so the tests that need Redis will fail: ${INSTALL_HINT}.`,
      stop: none,
    };
  }
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  // 'error' (it could not be run at all) comes instead of 'exit'.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
  while (!(await redisAnswers(url, 500))) {
    if (gone || Date.now() > deadline) {
      await stopChild(child, exited);
      throw new Error(`${binary} did not answer on port ${port}${gone ? ' (it exited)' : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, started: true, stop: () => stopChild(child, exited) };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited;
}

/**
 * A redis-server of the test's own on a free port, never the shared one, with an append-only
 * file (no RDB) in a temp dir so what it acknowledged survives a kill and a restart.
 */
export class PrivateRedis {
  readonly port: number;
  readonly url: string;
  readonly #dir = mkdtempSync(join(tmpdir(), 'reelbot-private-redis-'));
  #process: ChildProcess | undefined;

  private constructor(port: number) {
    this.port = port;
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  /** Start (or restart) the server on the same port and dir; resolves once it answers PING. */
  async start(): Promise<void> {
    this.#process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--dir',
        this.#dir,
      ],
      { stdio: 'ignore' },
    );
    await waitFor(() => this.answers(), 'redis-server to answer');
  }

  /** True when the server answers PING now. */
  answers(): boolean {
    try {
      return this.cli('ping') === 'PONG';
    } catch {
      return false;
    }
  }

  cli(...args: string[]): string {
    return execFileSync('redis-cli', ['-p', String(this.port), ...args], {
      encoding: 'utf8',
      timeout: 5000,
      // "Could not connect" while the server is down is the answer, not news.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  }

  /** Kill the server as a crash would (SIGKILL, no shutdown); resolves once it is gone. */
  async kill(): Promise<void> {
    const running = this.#process;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  }
}
