import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/types.ts';
import type { App } from '../../src/app.ts';
import { type KillDrillRig, startKillDrill } from '../helpers/kill-drill.ts';
import { uniquePrefix } from '../helpers/redis.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill: the only worker is killed (SIGKILL, no chance to clean up) with 1,000 renders in flight.
 * A new worker must finish all of them: nothing lost, nothing bought twice (one simulator create
 * per clip), nothing posted twice (one visible message per clip on the recorder, which like
 * Discord's enforce_nonce shows a repeated upload key as the first message).
 */
const CLIPS = 1000;
const prefix = uniquePrefix('drill-kill');
let sim: Simulator;
let recorder: KillDrillRig['recorder'];
let producer: App;
let rig: KillDrillRig;
const spawnWorker = () => rig.spawnWorker();

beforeAll(async () => {
  // Renders long enough that all 1,000 are in flight at once even when submitting them is slow
  // (CI runs this beside other heavy files): with 12 s renders the first finished too early.
  rig = await startKillDrill({
    prefix,
    renderMs: 30_000,
    env: {
      WORKER_CONCURRENCY: '50',
      POLL_MIN_MS: '1000',
      POLL_MAX_MS: '5000',
      CARD_EDIT_INTERVAL_MS: '2000',
    },
  });
  ({ sim, recorder, producer } = rig);
});

afterAll(async () => {
  await rig?.close();
});

describe('drill: the worker is killed with 1,000 renders in flight', () => {
  it('a new worker finishes all of them, one create and one delivery each', {
    timeout: 360_000,
  }, async () => {
    const first = await spawnWorker();
    const ids: string[] = [];
    for (let i = 0; i < CLIPS; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, CLIPS - i) }, (_, j) =>
          producer.services.clips.request({
            // One prompt for all: the simulator renders the MP4 once and serves it to every clip.
            prompt: 'a thousand paper cranes over a river',
            options: { durationS: 4, size: '720x1280' },
            author: { id: `u${(i + j) % 41}`, name: 'Member' },
            place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
          }),
        ),
      );
      ids.push(...batch.map((c) => c.id));
    }
    await waitFor(() => sim.stats().inFlight >= CLIPS, `${CLIPS} renders in flight`, 60_000);
    expect(recorder.state.messages).toHaveLength(0);

    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await spawnWorker();

    // A bound for a stuck drill, not a measure of speed (npm run bench is): CI may run the scale
    // test beside this one, and then a thousand downloads share two cores.
    await waitFor(() => recorder.state.messages.length >= CLIPS, 'every clip delivered', 240_000);
    await waitFor(
      async () =>
        (await Promise.all(ids.map((id) => producer.store.clips.get(id)))).every(
          (c) => c?.state === 'posted',
        ),
      'every clip marked posted',
    );
    expect(sim.stats().creates).toBe(CLIPS);
    // Clips killed between the provider accepting them and the worker saving the job id are
    // asked again with the same idempotency key; the provider answers with the first video.
    const replays = sim.stats().createRequests - CLIPS;
    const delivered = recorder.state.messages.map((m) => m.clipId);
    expect(delivered).toHaveLength(CLIPS);
    expect(new Set(delivered)).toEqual(new Set(ids));
    console.log(
      `drill kill: ${CLIPS} clips, ${replays} creates replayed by idempotency key, ${recorder.state.uploadCalls} upload calls, ${recorder.state.posts} card posts, ${recorder.state.edits} edits`,
    );
  });
});
