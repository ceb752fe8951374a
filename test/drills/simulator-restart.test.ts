import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandResult, MessageView } from '../../adapters/studio/web/types.ts';
import type { SimStats } from '../../simulator/types.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { type MainProcess, startMain, waitFor } from '../ops/main-process.ts';

/**
 * Drill: the demo set-up (REDIS_URL and the in-process simulator, no video account) restarted
 * while a clip renders. A real `node src/main.ts` is stopped with SIGTERM in mid-render and a new
 * one started on the same Redis prefix and media folder, as after a restart. The new simulator
 * takes back the job the old one accepted, so the clip finishes and is posted once, with no
 * second purchase and no "the video service no longer has this video".
 */
const prefix = uniquePrefix('sim-restart');
const mediaDir = tempDir('sim-restart-media');
const env = {
  REDIS_URL,
  REDIS_PREFIX: prefix,
  MEDIA_DIR: mediaDir,
  LOG_LEVEL: 'info',
  // Long enough that the restart lands in mid-render; polls often enough to see it.
  SIMULATOR_RENDER_MS: '6000',
  POLL_MIN_MS: '200',
  POLL_MAX_MS: '500',
  CARD_EDIT_INTERVAL_MS: '0',
};
const store: Store = createRedisStore({ url: REDIS_URL, prefix });
const running: MainProcess[] = [];

afterAll(async () => {
  for (const main of running) {
    main.child.kill('SIGTERM');
    await main.exited;
  }
  await store.close();
  await dropPrefix(prefix);
});

async function start(): Promise<MainProcess & { simulator: string }> {
  const main = await startMain(env);
  running.push(main);
  const line = await main.waitForLine((l) => l.msg === 'video simulator started in-process', 'the simulator');
  return Object.assign(main, { simulator: new URL(String(line.url)).origin });
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}
const simStats = async (origin: string) => (await (await fetch(`${origin}/_sim/stats`)).json()) as SimStats;

describe('the in-process simulator across a restart of the app', () => {
  it('finishes a clip that was rendering when the app stopped, and posts it once', async () => {
    const first = await start();
    const answer = await post<CommandResult>(`${first.url}/studio/api/commands`, {
      channel: 'general',
      member: 'ada',
      text: '/sora generate prompt:a paper lantern drifting over a dark lake duration:4',
    });
    const clipId = answer.message!.card!.clipId;
    await waitFor(async () => {
      const clip = await store.clips.get(clipId);
      return clip?.state === 'rendering' && clip.providerJobId !== undefined;
    }, 'the clip to be rendering');
    const { providerJobId } = (await store.clips.get(clipId))!;
    expect((await simStats(first.simulator)).creates).toBe(1);
    // The job is kept next to the simulator's media, written before the create was answered.
    expect(readdirSync(join(mediaDir, 'simulator', 'jobs'))).toEqual([`${providerJobId}.json`]);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect((await store.clips.get(clipId))!.state).toBe('rendering');

    const second = await start();
    const resumed = await second.waitForLine(
      (l) => l.msg === 'simulator took back the jobs it had accepted',
      'the simulator to take its job back',
    );
    expect(resumed).toMatchObject({ jobs: 1 });

    await waitFor(
      async () => ['posted', 'failed', 'cancelled'].includes((await store.clips.get(clipId))!.state),
      'the clip to finish',
      40_000,
    );
    const clip = (await store.clips.get(clipId))!;
    expect(clip.failure).toBeUndefined();
    expect(clip.state).toBe('posted');
    expect(clip.providerJobId).toBe(providerJobId);
    // Nothing bought again: the new simulator answered for the old job.
    const stats = await simStats(second.simulator);
    expect(stats.creates).toBe(0);
    expect(stats.retrieveCallsByVideo[providerJobId!]).toBeGreaterThan(0);

    const res = await fetch(`${second.url}/studio/api/messages?channel=general`);
    const { messages } = (await res.json()) as { messages: MessageView[] };
    // One status card and one posted video for the clip, nothing else in the channel.
    expect(
      messages.map((m) => ({ kind: m.kind, clipId: m.card?.clipId, video: m.video !== undefined })),
    ).toEqual([
      { kind: 'card', clipId, video: false },
      { kind: 'clip', clipId, video: true },
    ]);
    expect(JSON.stringify(messages)).not.toContain('no longer has this video');
  });
});
