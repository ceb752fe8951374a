import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One pino line from a child's stdout. */
export type LogLine = Record<string, unknown> & { msg?: string; pid?: number };

/**
 * A real `node src/main.ts` process, started with exactly the environment a deployment would
 * give it, whose JSON log lines (LOG_LEVEL=info) the test reads.
 */
export interface MainProcess {
  child: ChildProcess;
  pid: number;
  lines: LogLine[];
  /** The first line (seen or yet to come) matching the predicate. */
  waitForLine(match: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** The base URL it listens on, from its "reelbot is running" line. */
  url: string;
}

export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return; // the studio's banner and other plain text
    }
    lines.push(line);
    for (const waiter of waiters.splice(0)) {
      if (waiter.match(line)) waiter.resolve(line);
      else waiters.push(waiter);
    }
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const waitForLine = (match: (line: LogLine) => boolean, what: string, timeoutMs = 30_000) => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      waiters.push({
        match,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
      void exited.then((code) => reject(new Error(`process exited (${code}) before ${what}`)));
    });
  };
  const running = await waitForLine((l) => l.msg === 'reelbot is running', 'start-up');
  return { child, pid: child.pid!, lines, waitForLine, exited, url: String(running.url) };
}

/** Poll until the check passes. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Per-member admission limits lifted (MEMBER_MAX_ACTIVE, RATE_LIMIT_PER_MINUTE), for tests and
 * benchmarks that send hundreds of clips from a handful of members. Unknown to a config that
 * has no such limits, which simply ignores them.
 */
export const NO_MEMBER_LIMITS = { MEMBER_MAX_ACTIVE: '1000', RATE_LIMIT_PER_MINUTE: '10000' } as const;
