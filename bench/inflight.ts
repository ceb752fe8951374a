import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import { createSimulator } from '../simulator/index.ts';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { startRecorder } from '../test/helpers/http-recorder.ts';
import { pipelineEnv, tempDir } from '../test/helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../test/helpers/redis.ts';
import { NO_MEMBER_LIMITS } from '../test/ops/main-process.ts';
import { mib, processUsage, type Row, say, sleep, until } from './lib.ts';

const RENDERS = 10_000;
/** Long enough that no render finishes while the worker is measured. */
const RENDER_MS = 300_000;
const WINDOW_MS = 30_000;
const RAMP_LIMIT_MS = 300_000;

function start(script: string, env: Record<string, string>, execArgv: string[] = []): Promise<ChildProcess> {
  const child = fork(script, [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited early with ${code}`)));
  });
}

/** Peak RSS, and CPU over the window, of a process carrying renders. */
async function watch(pid: number, windowMs: number) {
  let peak = 0;
  const begin = processUsage(pid);
  const t0 = performance.now();
  while (performance.now() - t0 < windowMs) {
    peak = Math.max(peak, processUsage(pid).rssBytes);
    await sleep(500);
  }
  const end = processUsage(pid);
  return {
    peakRss: Math.max(peak, end.rssBytes),
    cpu: (end.cpuS - begin.cpuS) / ((performance.now() - t0) / 1000),
  };
}

/**
 * Renders in flight one worker process (the real app in its own process, WORKER_CONCURRENCY=10)
 * carries, with its resident memory and CPU. The naive worker holds a slot per render and sleeps
 * in it between polls, at the same concurrency.
 */
export async function benchInFlight(options: {
  concurrency: number;
  nodeOptions?: string;
  /** Node flags for the worker process (`npm start` passes some; see startFlags). */
  execArgv?: string[];
}): Promise<Row> {
  const { concurrency, nodeOptions = '', execArgv = [] } = options;
  const sim = await createSimulator({
    port: 0,
    renderMs: RENDER_MS,
    mediaDir: tempDir('bench-inflight-sim'),
  });
  const recorder = await startRecorder();
  const prefix = uniquePrefix('bench-inflight');
  const env = {
    ...pipelineEnv(sim, prefix, {
      WORKER_CONCURRENCY: String(concurrency),
      POLL_MIN_MS: '2000',
      POLL_MAX_MS: '30000',
      CARD_EDIT_INTERVAL_MS: '2000',
      JOB_LOCK_MS: '30000',
      ...NO_MEMBER_LIMITS,
    }),
    RECORDER_URL: recorder.url,
    PATH: process.env.PATH ?? '',
  };
  const producer = await createApp(loadConfig(env), silentLogger);
  const children: ChildProcess[] = [];
  try {
    const worker = await start(
      'test/helpers/worker-process.ts',
      { ...env, NODE_OPTIONS: nodeOptions },
      execArgv,
    );
    children.push(worker);
    say(`in flight: queueing ${RENDERS} clips for one worker process`);
    const queued = performance.now();
    for (let i = 0; i < RENDERS; i += 100) {
      await Promise.all(
        Array.from({ length: 100 }, (_, j) =>
          producer.services.clips.request({
            prompt: 'a crowd of paper lanterns rising over a lake',
            options: { durationS: 4, size: '720x1280' },
            author: { id: `u${(i + j) % 211}`, name: 'Member' },
            place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
          }),
        ),
      );
    }
    // Reported as reached, not required: a slower tree shows up as a lower figure, not a crash.
    await until(() => sim.stats().inFlight >= RENDERS, `${RENDERS} renders in flight`, RAMP_LIMIT_MS).catch(
      () => {},
    );
    const rampS = (performance.now() - queued) / 1000;
    const reached = sim.stats().inFlight;
    say(
      `in flight: ${sim.stats().inFlight} after ${rampS.toFixed(0)} s; watching the worker for ${WINDOW_MS / 1000} s`,
    );
    const carried = await watch(worker.pid!, WINDOW_MS);

    const polls = sim.stats().retrieveCalls;
    worker.kill('SIGKILL');

    // The naive worker, same concurrency, on its own queue.
    sim.reset();
    const naiveQueue = new Queue('naive', { connection: { url: REDIS_URL }, prefix });
    await naiveQueue.addBulk(Array.from({ length: 200 }, (_, i) => ({ name: 'render', data: { i } })));
    const naive = await start('bench/naive-worker.ts', { ...env, NAIVE_POLL_MS: '10000' }, execArgv);
    children.push(naive);
    say('in flight: naive worker (a slot held per render)');
    const naiveUsage = await watch(naive.pid!, 15_000);
    const naiveInFlight = sim.stats().inFlight;
    naive.kill('SIGKILL');
    await naiveQueue.close();
    return {
      what: `Renders in flight carried by one worker process (\`WORKER_CONCURRENCY=${concurrency}\`), its RSS and CPU${flagsText(nodeOptions, execArgv)}`,
      reelbot: `${reached.toLocaleString('en')} in flight (reached in ${rampS.toFixed(0)} s), peak RSS ${mib(carried.peakRss)}, CPU ${(carried.cpu * 100).toFixed(0)}% of one core while carrying them (${polls.toLocaleString('en')} status calls so far)`,
      naive: `${naiveInFlight} in flight (one per slot), RSS ${mib(naiveUsage.peakRss)}`,
      target: '≥ 10,000 at RSS ≤ 300 MB',
      met: reached >= RENDERS && carried.peakRss <= 300 * 2 ** 20,
    };
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await producer.close();
    await recorder.close();
    await sim.close();
    await dropPrefix(prefix);
  }
}

function flagsText(nodeOptions: string, execArgv: string[]): string {
  if (execArgv.length) return ` — \`node ${execArgv.join(' ')}\` as \`npm start\` runs it`;
  if (nodeOptions) return ` — \`NODE_OPTIONS=${nodeOptions}\``;
  return ', default V8 heap settings';
}

/** The Node flags `npm start` runs reelbot with (package.json), so the bench runs the same. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}
