import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFfmpeg } from '../../src/media/ffmpeg.ts';
import { startPipeline } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';

/**
 * 1,000 slow renders in flight at once, carried by one worker process at concurrency 10.
 * Renders wait in BullMQ's delayed set between status polls, so they hold no worker slot.
 * Bound stated here and in the README: at most 8 status calls per clip for these 20 s renders
 * (adaptive polling halves the estimated time left, 2 s floor, 30 s ceiling).
 */
const CLIPS = 1000;
const RENDER_MS = 20_000;
const STATUS_CALLS_PER_CLIP = 8;

const messenger = new RecordingMessenger('test');
let p: Awaited<ReturnType<typeof startPipeline>>;

beforeAll(async () => {
  p = await startPipeline('scale', [messenger], {
    renderMs: RENDER_MS,
    env: {
      POLL_MIN_MS: '2000',
      // This drill is about the queue, not ffmpeg: a distribution's ffmpeg spends about 0.13 s of
      // CPU just starting (215 shared libraries here, against 0.02 s for the static bundled
      // build), and a thousand downloads would make it measure process start-up on two cores.
      // Every other test, the hostile-provider drill among them, runs the system ffmpeg.
      FFMPEG_PATH: bundledFfmpeg,

      POLL_MAX_MS: '30000',
      WORKER_CONCURRENCY: '10',
      CARD_EDIT_INTERVAL_MS: '2000',
    },
  });
});
afterAll(async () => {
  await p.close();
});

describe('one worker process', () => {
  it(`carries ${CLIPS} renders in flight at concurrency 10`, { timeout: 360_000 }, async () => {
    let maxActive = 0;
    let maxInFlight = 0;
    const sampler = setInterval(async () => {
      maxInFlight = Math.max(maxInFlight, p.sim.stats().inFlight);
    }, 100);
    const activeSampler = setInterval(async () => {
      maxActive = Math.max(maxActive, await p.activeJobs());
    }, 50);

    const ids: string[] = [];
    for (let i = 0; i < CLIPS; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, CLIPS - i) }, (_, j) =>
          p.app.services.clips.request({
            // One prompt for all: the simulator renders the MP4 once and serves it to every clip.
            prompt: 'a crowd of paper lanterns rising over a lake',
            options: { durationS: 4, size: '720x1280' },
            author: { id: `u${(i + j) % 37}`, name: 'Member' },
            place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
          }),
        ),
      );
      ids.push(...batch.map((c) => c.id));
    }

    // Done when every clip is recorded posted (the upload lands a moment before that write).
    // A bound for a stuck run, not a measure of speed: CI may run the kill drill beside this one.
    const deadline = Date.now() + 300_000;
    let clips = await Promise.all(ids.map((id) => p.app.store.clips.get(id)));
    while (clips.some((c) => c?.state !== 'posted') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      clips = await Promise.all(ids.map((id) => p.app.store.clips.get(id)));
    }
    clearInterval(sampler);
    clearInterval(activeSampler);

    const states = new Map<string, number>();
    for (const c of clips) states.set(c!.state, (states.get(c!.state) ?? 0) + 1);
    expect(Object.fromEntries(states)).toEqual({ posted: CLIPS });
    expect(p.sim.stats().creates).toBe(CLIPS);
    expect(messenger.uploads).toHaveLength(CLIPS);
    expect(maxInFlight).toBeGreaterThanOrEqual(CLIPS * 0.9);
    expect(maxActive).toBeLessThanOrEqual(10);
    const calls = clips.map((c) => c!.statusCalls);
    expect(Math.max(...calls)).toBeLessThanOrEqual(STATUS_CALLS_PER_CLIP);
    // The simulator's own count agrees with what the clips recorded.
    expect(p.sim.stats().retrieveCalls).toBe(calls.reduce((a, b) => a + b, 0));
    console.log(
      `scale: ${CLIPS} clips, peak in flight ${maxInFlight}, peak active ${maxActive}, status calls per clip max ${Math.max(...calls)} mean ${(calls.reduce((a, b) => a + b, 0) / CLIPS).toFixed(2)}`,
    );
  });
});
