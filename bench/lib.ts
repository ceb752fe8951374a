import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** One row of BENCHMARKS.md: what was measured, reelbot's figure, the naive design's, the target. */
export interface Row {
  what: string;
  reelbot: string;
  naive: string;
  target: string;
  met: boolean | undefined;
  note?: string;
}

/** The p-th percentile (0..100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(100);
  }
}

const CLOCK_TICKS = 100; // USER_HZ on Linux: /proc/<pid>/stat times are in 1/100 s

/** Resident memory (bytes) and CPU time used so far (seconds) of a process, from /proc. */
export function processUsage(pid: number): { rssBytes: number; cpuS: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuS = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  return { rssBytes: rssKb * 1024, cpuS };
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/** Progress on stderr, so the run shows where it is. */
export const say = (text: string) => process.stderr.write(`bench: ${text}\n`);

/**
 * CPU time (seconds, user + system) of this process's children that have exited and been waited
 * for: `cutime` and `cstime` of /proc/self/stat (proc(5)), the getrusage(RUSAGE_CHILDREN) figure.
 * The difference across a call is the CPU its ffmpeg runs used.
 */
export function childrenCpuS(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3 (index 0 here), so cutime (16) and cstime (17) are 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}
