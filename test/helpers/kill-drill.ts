import { type ChildProcess, fork } from 'node:child_process';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { bundledFfmpeg } from '../../src/media/ffmpeg.ts';
import { NO_MEMBER_LIMITS } from '../ops/main-process.ts';
import { startRecorder } from './http-recorder.ts';
import { pipelineEnv, tempDir } from './pipeline.ts';
import { dropPrefix } from './redis.ts';

/**
 * What a kill drill runs on: the simulator, an upload recorder (which like Discord's
 * enforce_nonce shows a repeated upload key as the first message), a producer app that only
 * queues, and real worker processes (test/helpers/worker-process.ts) to SIGKILL and replace.
 */
export interface KillDrillRig {
  sim: Simulator;
  recorder: Awaited<ReturnType<typeof startRecorder>>;
  producer: App;
  /** A new worker process, resolved once it is taking jobs. */
  spawnWorker(): Promise<ChildProcess>;
  close(): Promise<void>;
}

export async function startKillDrill(options: {
  prefix: string;
  renderMs: number;
  /** The worker's settings on top of the drill's (a dead worker's jobs are taken over after ~2 s). */
  env: Record<string, string>;
}): Promise<KillDrillRig> {
  const sim = await createSimulator({
    port: 0,
    renderMs: options.renderMs,
    mediaDir: tempDir(options.prefix),
  });
  const recorder = await startRecorder();
  const env = {
    ...pipelineEnv(sim, options.prefix, {
      JOB_LOCK_MS: '2000',
      // These drills are about the queue, not ffmpeg: a distribution's ffmpeg spends about 0.13 s
      // of CPU just starting (215 shared libraries here, against 0.02 s for the static bundled
      // build), and hundreds of downloads would make them measure process start-up on two cores.
      // Every other test, the hostile-provider drill among them, runs the system ffmpeg.
      FFMPEG_PATH: bundledFfmpeg,
      ...NO_MEMBER_LIMITS,
      ...options.env,
    }),
    RECORDER_URL: recorder.url,
    PATH: process.env.PATH ?? '',
  };
  const producer = await createApp(loadConfig(env), silentLogger);
  const workers: ChildProcess[] = [];
  return {
    sim,
    recorder,
    producer,
    spawnWorker() {
      const child = fork('test/helpers/worker-process.ts', [], {
        env,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(child);
      return new Promise((resolve, reject) => {
        child.once('message', () => resolve(child));
        child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
      });
    },
    async close() {
      for (const w of workers) w.kill('SIGKILL');
      await producer.close();
      await recorder.close();
      await sim.close();
      await dropPrefix(options.prefix);
    },
  };
}
