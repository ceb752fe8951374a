import type { Logger } from '../core/ports/logger.ts';

/** One thing to stop, in order: inbound first, then HTTP, then the worker and connections. */
export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

export interface ShutdownResult {
  /** True when every step finished (with or without error) before the deadline. */
  inTime: boolean;
  /** Steps that threw; later steps still ran, so connections are closed anyway. */
  failed: string[];
  /** The step still running when the deadline passed. */
  pending?: string;
}

/**
 * Run the steps one after another within `timeoutMs`. A step that throws is logged and the rest
 * still run (an adapter that fails to stop must not leave Redis connections open). A step that
 * hangs past the deadline is abandoned: the caller exits anyway, and any job it still held is
 * resumed by another worker once its lock lapses (JOB_LOCK_MS; every step is idempotent).
 */
export async function runShutdown(
  steps: readonly ShutdownStep[],
  options: { timeoutMs: number; logger: Logger },
): Promise<ShutdownResult> {
  const failed: string[] = [];
  let current: string | undefined;
  const all = (async () => {
    for (const step of steps) {
      current = step.name;
      try {
        await step.run();
      } catch (error) {
        failed.push(step.name);
        options.logger.error({ step: step.name, err: (error as Error).message }, 'shutdown step failed');
      }
    }
    current = undefined;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.timeoutMs);
  });
  const outcome = await Promise.race([all.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'late') return { inTime: false, failed, ...(current ? { pending: current } : {}) };
  return { inTime: true, failed };
}

/**
 * SIGTERM and SIGINT stop the process gracefully once; a second signal while stopping exits at
 * once (an operator pressing Ctrl-C twice means it). Exit code 0 only for a clean, timely stop.
 */
export function onStopSignals(
  stop: (signal: string) => Promise<ShutdownResult>,
  options: { logger: Logger; exit: (code: number) => void; signals?: readonly NodeJS.Signals[] },
): void {
  let stopping = false;
  for (const signal of options.signals ?? (['SIGTERM', 'SIGINT'] as const)) {
    process.on(signal, () => {
      if (stopping) {
        options.logger.warn({ signal }, 'second signal while stopping: exiting now');
        options.exit(1);
        return;
      }
      stopping = true;
      void stop(signal).then(
        (result) => options.exit(result.inTime && result.failed.length === 0 ? 0 : 1),
        () => options.exit(1),
      );
    });
  }
}
