import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/redis-server.ts';

/**
 * A real `node src/main.ts` (Node 24, this test's own binary) whose REDIS_URL names a port nobody
 * listens on: it gives up after REDIS_STARTUP_WAIT_MS and exits non-zero with exactly one line
 * on stderr, naming Redis without its password; no stack trace, no line per reconnect attempt.
 */
async function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  const code = await new Promise<number | string>((resolve) =>
    child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal ?? 'unknown')),
  );
  return { code, stderr };
}

describe('start-up without Redis', () => {
  it('exits non-zero with one line naming Redis, not a stack trace', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const { code, stderr } = await runMain({
      REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}/0`,
      REDIS_STARTUP_WAIT_MS: '1000',
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `reelbot: cannot start: Redis at redis://127.0.0.1:${port}/0 did not answer (connect ECONNREFUSED 127.0.0.1:${port})\n`,
    );
  });
});
