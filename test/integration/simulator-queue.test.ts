import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * SIMULATOR_MAX_CONCURRENT (`maxConcurrentVideos`): with N slots the simulator renders N videos
 * at once and the (N+1)th waits queued until a slot frees, on every API in its own words: OpenAI
 * `status: "queued"`, fal `IN_QUEUE` with its `queue_position` (the requests ahead of it, as fal's
 * queue API reports, https://docs.fal.ai/model-apis/model-endpoints/queue), Runway `THROTTLED`.
 */

const T0 = Date.UTC(2026, 10, 24, 12);
let now = T0;
let sim: Simulator | undefined;
const mediaDir = simTempDir('sim-queue');

async function start(maxConcurrentVideos: number) {
  now = T0;
  sim = await createSimulator({
    mediaDir,
    renderMs: 1000,
    models: ['sim-tiny'],
    clock: { now: () => now },
    maxConcurrentVideos,
  });
  return sim;
}
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const json = (body: unknown, method = 'POST'): RequestInit => ({ method, body: JSON.stringify(body) });

async function call<T>(url: string, init: RequestInit = {}, auth = 'Bearer sk-test'): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: auth, 'content-type': 'application/json', 'x-runway-version': '2024-11-06' },
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as T;
}

describe('a simulator that renders at most N videos at once', () => {
  it('OpenAI: the third of three with two slots stays `queued` until a slot frees', async () => {
    const s = await start(2);
    const video = (id: string) =>
      call<{ status: string; progress: number }>(`${s.url}/videos/${id}`, { method: 'GET' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body = { model: 'sim-tiny', prompt: 'a lantern', seconds: '4', size: '160x96' };
      ids.push((await call<{ id: string; status: string }>(`${s.url}/videos`, json(body))).id);
    }
    const statuses = async () => Promise.all(ids.map(async (id) => (await video(id)).status));
    now = T0 + 500;
    expect(await statuses()).toEqual(['in_progress', 'in_progress', 'queued']);
    expect((await video(ids[2]!)).progress).toBe(0);
    expect(s.stats().inFlight).toBe(3);
    now = T0 + 999;
    expect((await video(ids[2]!)).status).toBe('queued');
    // The first two end at 1 s; the third has a slot from then, and its own render takes 1 s.
    now = T0 + 1500;
    expect(await statuses()).toEqual(['completed', 'completed', 'in_progress']);
    now = T0 + 2000;
    expect(await statuses()).toEqual(['completed', 'completed', 'completed']);
  });

  it('fal: IN_QUEUE with the requests ahead as queue_position, falling to 0, then IN_PROGRESS', async () => {
    const s = await start(1);
    const submit = (prompt: string) =>
      call<{ request_id: string; status: string; queue_position: number }>(
        `${s.falUrl}/fal-ai/veo3.1`,
        json({ prompt, duration: '4s' }),
        'Key fal-test',
      );
    // Failing renders stop halfway (0.5 s each) and make no MP4: the line is what is tested.
    const submitted: { request_id: string; status: string; queue_position: number }[] = [];
    for (let i = 0; i < 3; i++) submitted.push(await submit(`[fail:render] lantern ${i}`));
    expect(submitted.map((r) => [r.status, r.queue_position])).toEqual([
      ['IN_QUEUE', 0],
      ['IN_QUEUE', 1],
      ['IN_QUEUE', 2],
    ]);
    const status = async () => {
      const res = await fetch(`${s.falUrl}/fal-ai/veo3.1/requests/${submitted[2]!.request_id}/status`, {
        headers: { authorization: 'Key fal-test' },
      });
      const body = (await res.json()) as { status: string; queue_position?: number };
      return [res.status, body.status, body.queue_position];
    };
    // Each takes 0.5 s and spends its first tenth (0.1 s) of the full 1 s render still IN_QUEUE;
    // the one rendering is no longer in the queue, so the last one is next (0) once the second
    // renders, and waits so until its own slot frees at 1 s.
    const seen: unknown[] = [];
    for (const at of [0, 99, 100, 599, 600, 1099, 1100]) {
      now = T0 + at;
      seen.push(await status());
    }
    expect(seen).toEqual([
      [202, 'IN_QUEUE', 2],
      [202, 'IN_QUEUE', 2],
      [202, 'IN_QUEUE', 1],
      [202, 'IN_QUEUE', 1],
      [202, 'IN_QUEUE', 0],
      [202, 'IN_QUEUE', 0],
      [202, 'IN_PROGRESS', undefined],
    ]);
    now = T0 + 1500;
    expect((await status())[0]).toBe(200);
  });

  it('fal: a cancelled request gives its place and its slot to the ones behind it', async () => {
    const s = await start(1);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body = { prompt: `[fail:render] lantern ${i}`, duration: '4s' };
      ids.push(
        (await call<{ request_id: string }>(`${s.falUrl}/fal-ai/veo3.1`, json(body), 'Key fal-test'))
          .request_id,
      );
    }
    const status = async (id: string) => {
      const body = await call<{ queue_position?: number; status: string }>(
        `${s.falUrl}/fal-ai/veo3.1/requests/${id}/status`,
        { method: 'GET' },
        'Key fal-test',
      );
      return [body.status, body.queue_position];
    };
    now = T0 + 200;
    expect(await status(ids[2]!)).toEqual(['IN_QUEUE', 1]);
    // The one rendering is cancelled at 0.2 s: the second starts then, not at 0.5 s.
    await call(`${s.falUrl}/fal-ai/veo3.1/requests/${ids[0]}/cancel`, { method: 'PUT' }, 'Key fal-test');
    expect(await status(ids[1]!)).toEqual(['IN_QUEUE', 0]);
    now = T0 + 300;
    expect(await status(ids[1]!)).toEqual(['IN_PROGRESS', undefined]);
    // The second ends 0.5 s after it started, so the third has its slot at 0.7 s.
    now = T0 + 799;
    expect(await status(ids[2]!)).toEqual(['IN_QUEUE', 0]);
    now = T0 + 800;
    expect(await status(ids[2]!)).toEqual(['IN_PROGRESS', undefined]);
  });

  it('Runway: THROTTLED while over the concurrency, then PENDING and RUNNING', async () => {
    const s = await start(1);
    const create = () =>
      call<{ id: string }>(
        `${s.runwayUrl}/v1/text_to_video`,
        json({ model: 'gen4.5', promptText: '[fail:render] a tram', ratio: '1280:720', duration: 2 }),
      );
    const first = await create();
    const second = await create();
    const status = async (id: string) =>
      (await call<{ status: string }>(`${s.runwayUrl}/v1/tasks/${id}`, { method: 'GET' })).status;
    expect([await status(first.id), await status(second.id)]).toEqual(['PENDING', 'THROTTLED']);
    now = T0 + 200;
    expect([await status(first.id), await status(second.id)]).toEqual(['RUNNING', 'THROTTLED']);
    now = T0 + 500;
    expect([await status(first.id), await status(second.id)]).toEqual(['FAILED', 'PENDING']);
    now = T0 + 700;
    expect(await status(second.id)).toBe('RUNNING');
  });
});
