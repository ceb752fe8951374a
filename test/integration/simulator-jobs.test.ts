import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * A simulator started with `persistJobs` keeps the `/v1` jobs it accepts in `mediaDir/jobs`, and
 * one started again on the same folder answers for them: status from the same record and clock,
 * idempotent replays, content rendered again, deletes remembered. On a scripted clock.
 */
let now = Date.UTC(2026, 9, 1, 12, 0, 0);
const clock = { now: () => now };
const open: Simulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sim) => sim.close()));
});

async function start(mediaDir: string, persistJobs = true): Promise<Simulator> {
  const sim = await createSimulator({ mediaDir, renderMs: 10_000, clock, persistJobs });
  open.push(sim);
  return sim;
}
// biome-ignore lint/suspicious/noExplicitAny: a JSON answer, read loosely; the assertions say what it holds
type Json = any;

async function call(sim: Simulator, method: string, path: string, body?: unknown, key?: string) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      authorization: 'Bearer sk-anything',
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    body: (type.includes('json') ? await res.json() : await res.arrayBuffer()) as Json,
  };
}
const CREATE = {
  model: 'sora-2',
  prompt: 'a tram crossing a bridge at night',
  seconds: '4',
  size: '1280x720',
};

describe('simulator jobs across a restart', () => {
  it('answers status, replays and content for a job the previous simulator accepted', async () => {
    const dir = simTempDir('sim-jobs');
    const first = await start(dir);
    const created = await call(first, 'POST', '/videos', CREATE, 'key-1');
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect(readdirSync(join(dir, 'jobs'))).toEqual([`${id}.json`]);
    now += 5000;
    const before = (await call(first, 'GET', `/videos/${id}`)).body;
    expect(before.status).toBe('in_progress');
    await first.close();

    const second = await start(dir);
    const after = await call(second, 'GET', `/videos/${id}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before);
    // The same Idempotency-Key replays the old job: nothing is created again.
    const replay = await call(second, 'POST', '/videos', CREATE, 'key-1');
    expect(replay.body.id).toBe(id);
    expect(second.stats().creates).toBe(0);
    expect(
      (await call(second, 'GET', '/videos?order=asc')).body.data.map((v: { id: string }) => v.id),
    ).toEqual([id]);

    now += 5000;
    expect((await call(second, 'GET', `/videos/${id}`)).body).toMatchObject({
      status: 'completed',
      progress: 100,
    });
    const content = await call(second, 'GET', `/videos/${id}/content`);
    expect(content.status).toBe(200);
    expect(content.type).toBe('video/mp4');
    // An MP4 starts with its ftyp box.
    expect(
      Buffer.from(content.body as ArrayBuffer)
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp');

    expect((await call(second, 'DELETE', `/videos/${id}`)).status).toBe(200);
    await second.close();
    const third = await start(dir);
    expect((await call(third, 'GET', `/videos/${id}`)).status).toBe(404);
    expect(readdirSync(join(dir, 'jobs'))).toEqual([]);
  });

  it('drops jobs past their download window and skips a file it cannot read', async () => {
    const dir = simTempDir('sim-jobs-old');
    const first = await start(dir);
    const id = (await call(first, 'POST', '/videos', CREATE)).body.id as string;
    await first.close();
    writeFileSync(join(dir, 'jobs', 'video_torn.json'), '{"record": {"id": "video_torn"');

    // Rendered (10 s) and an hour to download it, then a little more.
    now += 10_000 + 3600 * 1000 + 1;
    const second = await start(dir);
    expect((await call(second, 'GET', `/videos/${id}`)).status).toBe(404);
    expect((await call(second, 'GET', '/videos/video_torn')).status).toBe(404);
    expect(readdirSync(join(dir, 'jobs'))).toEqual(['video_torn.json']);
  });

  it('keeps nothing on disk unless asked to', async () => {
    const dir = simTempDir('sim-jobs-off');
    const sim = await start(dir, false);
    const id = (await call(sim, 'POST', '/videos', CREATE)).body.id as string;
    expect(existsSync(join(dir, 'jobs'))).toBe(false);
    await sim.close();
    const again = await start(dir, false);
    expect((await call(again, 'GET', `/videos/${id}`)).status).toBe(404);
  });
});
