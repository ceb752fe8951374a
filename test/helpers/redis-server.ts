import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../ops/main-process.ts';

/** A port nothing listens on (a moment ago): for a private Redis, or a Redis that is absent. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
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
