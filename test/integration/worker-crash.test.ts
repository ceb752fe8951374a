import { type ChildProcess, fork } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { ClipState } from '../../src/core/clip/clip.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { startRecorder } from '../helpers/http-recorder.ts';
import { pipelineEnv, tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { dropPrefix, uniquePrefix } from '../helpers/redis.ts';

/**
 * Real worker processes, killed with SIGKILL mid-job and replaced. The replacement must finish
 * the clip with exactly one provider create and exactly one delivered message.
 */
let sim: Simulator;
let recorder: Awaited<ReturnType<typeof startRecorder>>;
let producer: App;
let env: Record<string, string>;
const prefix = uniquePrefix('crash');
const workers: ChildProcess[] = [];

function spawnWorker(): Promise<ChildProcess> {
  const child = fork('test/helpers/worker-process.ts', [], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
  });
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 2500, mediaDir: tempDir('crash-sim') });
  recorder = await startRecorder();
  // A short lock so a dead worker's job is taken over within about a second.
  env = {
    ...pipelineEnv(sim, prefix, { JOB_LOCK_MS: '1000', POLL_MIN_MS: '300', POLL_MAX_MS: '600' }),
    RECORDER_URL: recorder.url,
    PATH: process.env.PATH ?? '',
  };
  producer = await createApp(loadConfig(env), silentLogger);
});

afterEach(() => {
  for (const w of workers.splice(0)) w.kill('SIGKILL');
  sim.faults.reset();
  recorder.state.uploadDelayMs = 0;
});

afterAll(async () => {
  await producer.close();
  await recorder.close();
  await sim.close();
  await dropPrefix(prefix);
});

describe('a worker killed mid-job is replaced without paying or posting twice', () => {
  it.each<[ClipState, () => void, () => Promise<boolean> | boolean]>([
    ['rendering', () => {}, () => true],
    [
      'fetching',
      () => sim.faults.set({ downloadBytesPerSecond: 40_000 }),
      () => sim.stats().contentDownloads > 0,
    ],
    [
      'delivering',
      () => {
        recorder.state.uploadDelayMs = 3000;
      },
      // Killed after the platform showed the message but before the worker recorded it.
      () => recorder.state.uploadCalls > 0,
    ],
  ])('killed while %s', async (target, arrange, ready) => {
    arrange();
    const createsBefore = sim.stats().creates;
    const uploadsBefore = recorder.state.uploadCalls;
    const first = await spawnWorker();
    const clip = await producer.services.clips.request({
      prompt: `a kite over dunes while ${target} ${Math.random()}`,
      options: { durationS: 4, size: '720x1280' },
      author: { id: 'u1', name: 'Ada' },
      place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
    });
    await waitFor(async () => (await producer.store.clips.get(clip.id))?.state === target, `state ${target}`);
    await waitFor(
      () => (target === 'delivering' ? recorder.state.uploadCalls > uploadsBefore : ready()),
      'the kill point',
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    sim.faults.reset();
    recorder.state.uploadDelayMs = 0;

    await spawnWorker();
    const done = await waitForEnd(producer, clip.id, 30_000);
    expect(done.state).toBe('posted');
    expect(sim.stats().creates - createsBefore).toBe(1);
    expect(recorder.state.messages.filter((m) => m.clipId === clip.id)).toHaveLength(1);
    if (target === 'delivering') expect(recorder.state.uploadCalls - uploadsBefore).toBe(2);
  });
});
