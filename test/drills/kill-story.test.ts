import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/types.ts';
import type { App } from '../../src/app.ts';
import { toCents } from '../../src/core/budget/money.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { type KillDrillRig, startKillDrill } from '../helpers/kill-drill.ts';
import { uniquePrefix } from '../helpers/redis.ts';
import { waitFor } from '../ops/main-process.ts';

/**
 * Drill: 20 four-shot stories (half flow, half cut) while the only worker is SIGKILLed again and
 * again at random moments (submitting, polling, fetching, joining, uploading) and replaced. Every
 * story must be posted once (one visible message each on the recorder, which like Discord's
 * enforce_nonce shows a repeated upload key as the first message), every shot bought once (one
 * simulator create per shot), and the books must balance to the cent.
 */
const STORIES = 20;
const SHOTS = 4;
const KILLS = 10;
const prefix = uniquePrefix('drill-kill-story');
let sim: Simulator;
let recorder: KillDrillRig['recorder'];
let producer: App;
let rig: KillDrillRig;
const spawnWorker = () => rig.spawnWorker();

beforeAll(async () => {
  rig = await startKillDrill({
    prefix,
    renderMs: 1500,
    env: {
      WORKER_CONCURRENCY: '20',
      POLL_MIN_MS: '300',
      POLL_MAX_MS: '1000',
      CARD_EDIT_INTERVAL_MS: '500',
    },
  });
  ({ sim, recorder, producer } = rig);
  // A window inside the upload, so some kills land between the platform taking the file and the
  // worker recording it.
  rig.recorder.state.uploadDelayMs = 200;
});

afterAll(async () => {
  await rig?.close();
});

describe('drill: the worker is killed at random points during 20 four-shot stories', () => {
  it('each shot is created once, each story posted once, and the books balance to the cent', {
    timeout: 300_000,
  }, async () => {
    let worker = await spawnWorker();
    const place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
    const stories = await Promise.all(
      Array.from({ length: STORIES }, (_, i) =>
        producer.services.stories.request({
          // Four prompts in all: the simulator renders each MP4 once and serves it to every shot.
          shots: Array.from({ length: SHOTS }, (_, n) => `paper cranes, shot ${n + 1}`),
          seconds: 4,
          mode: i % 2 === 0 ? 'flow' : 'cut',
          options: { size: '720x1280' },
          author: { id: `u${i % 7}`, name: 'Member' },
          place,
        }),
      ),
    );
    const ids = stories.map((s) => s.id);
    const storyClips = () => Promise.all(ids.map((id) => producer.store.clips.get(id) as Promise<Clip>));
    const allDone = async () =>
      (await storyClips()).every((c) => c.state === 'posted' || c.state === 'failed');

    // Kill at random moments until the kills are spent, each time starting a replacement.
    let kills = 0;
    while (kills < KILLS && !(await allDone())) {
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500));
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
      kills++;
      worker = await spawnWorker();
    }
    await waitFor(allDone, 'every story finished', 240_000);

    const finished = await storyClips();
    expect(finished.map((c) => c.state)).toEqual(Array(STORIES).fill('posted'));
    // Posted once each: one visible message per story, and nothing else delivered.
    const delivered = recorder.state.messages.map((m) => m.clipId);
    expect(delivered).toHaveLength(STORIES);
    expect(new Set(delivered)).toEqual(new Set(ids));
    // Bought once each: one create per shot at the provider, each shot holding its own job.
    expect(sim.stats().creates).toBe(STORIES * SHOTS);
    const shots: Clip[] = [];
    for (const story of finished) {
      const record = (await producer.store.stories.get(story.id))!;
      for (const s of record.shots) shots.push((await producer.store.clips.get(s.clipId))!);
    }
    expect(shots).toHaveLength(STORIES * SHOTS);
    expect(new Set(shots.map((s) => s.providerJobId)).size).toBe(STORIES * SHOTS);
    expect(shots.every((s) => s.state === 'posted' && s.delivery === undefined)).toBe(true);

    // The books: every story's reservation settled at exactly its shots' cents, none left held.
    const shotCents = shots.reduce((sum, s) => sum + toCents(s.estimatedCostUsd), 0);
    let settled = 0;
    for (const story of finished) {
      const reservation = (await producer.store.ledger.reservation(story.id))!;
      expect(reservation.status).toBe('settled');
      expect(reservation.settledCents).toBe(reservation.cents);
      settled += reservation.settledCents!;
    }
    expect(settled).toBe(shotCents);
    const now = Date.now();
    const usage = await producer.store.ledger.usage({
      scope: 'test:w',
      memberId: 'u0',
      day: new Date(now).toISOString().slice(0, 10),
      month: new Date(now).toISOString().slice(0, 7),
    });
    const day = usage.day.workspace;
    expect(day.reservedCents).toBe(shotCents);
    expect(day.releasedCents).toBe(shotCents);
    expect(day.settledCents).toBe(shotCents);
    expect(day.clips).toBe(STORIES);
    console.log(
      `drill kill-story: ${STORIES} stories of ${SHOTS} shots, ${kills} kills, ${sim.stats().createRequests - STORIES * SHOTS} creates replayed by idempotency key, ${recorder.state.uploadCalls} upload calls`,
    );
  });
});
