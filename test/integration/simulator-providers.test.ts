import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * The simulator's fakes of fal's queue and Runway's task API at the wire (@fal-ai/client, @runwayml/sdk):
 * what a client that is not our adapter would see. The adapters' own tests drive them through the
 * official SDKs.
 */

const T0 = Date.UTC(2026, 10, 24, 12);
let now = T0;
let sim: Simulator;

const fal = (path: string, init: RequestInit = {}, auth = 'Key fal-test') =>
  fetch(`${sim.falUrl}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: auth } : {}),
      ...init.headers,
    },
  });
const runway = (path: string, init: RequestInit = {}, headers: Record<string, string> = {}) =>
  fetch(`${sim.runwayUrl}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer key_test',
      'x-runway-version': '2024-11-06',
      ...headers,
    },
  });
const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

beforeAll(async () => {
  sim = await createSimulator({
    mediaDir: simTempDir('sim-providers'),
    renderMs: 1000,
    clock: { now: () => now },
  });
});
afterEach(() => {
  sim.faults.reset();
  now = T0;
});
afterAll(() => sim.close());

describe("fal's queue under /fal", () => {
  it('queues, answers 202 until COMPLETED, then serves the result and an unauthenticated file', async () => {
    const submit = await fal('/fal-ai/veo3.1', post({ prompt: 'a harbour at dawn', duration: '4s' }));
    expect(submit.status).toBe(200);
    const queued = (await submit.json()) as Record<string, string>;
    const base = `${sim.falUrl}/fal-ai/veo3.1/requests/${queued.request_id}`;
    expect(queued).toMatchObject({
      status: 'IN_QUEUE',
      // Nothing ahead of it: fal counts the requests in front (test/integration/simulator-queue.test.ts).
      queue_position: 0,
      response_url: base,
      status_url: `${base}/status`,
      cancel_url: `${base}/cancel`,
    });
    const status = async () => {
      const res = await fal(`/fal-ai/veo3.1/requests/${queued.request_id}/status`);
      return [res.status, ((await res.json()) as { status: string }).status];
    };
    expect(await status()).toEqual([202, 'IN_QUEUE']);
    const early = await fal(`/fal-ai/veo3.1/requests/${queued.request_id}`);
    expect([early.status, await early.json()]).toEqual([400, { detail: 'Request is still in progress' }]);
    now += 500;
    expect(await status()).toEqual([202, 'IN_PROGRESS']);
    now += 1000;
    expect(await status()).toEqual([200, 'COMPLETED']);
    const result = (await (await fal(`/fal-ai/veo3.1/requests/${queued.request_id}`)).json()) as {
      video: { url: string; content_type: string; file_size: number };
    };
    expect(result.video).toMatchObject({
      content_type: 'video/mp4',
      url: `${sim.falUrl}/files/${queued.request_id}.mp4`,
    });
    const file = await fetch(result.video.url);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'video/mp4']);
    expect((await file.arrayBuffer()).byteLength).toBe(result.video.file_size);
    // Status and result name owner/app only: the request is not found under another app.
    expect((await fal(`/fal-ai/kling-video/requests/${queued.request_id}/status`)).status).toBe(404);
  });

  it("checks `Authorization: Key …` and each family's schema, answering 422 with a detail list", async () => {
    expect((await fal('/fal-ai/veo3.1', post({ prompt: 'x' }), '')).status).toBe(401);
    expect((await fal('/fal-ai/veo3.1', post({ prompt: 'x' }), 'Bearer fal-test')).status).toBe(401);
    const bad = await fal(
      '/fal-ai/kling-video/v3/pro/text-to-video',
      post({ duration: 5, aspect_ratio: '4:3' }),
    );
    expect(bad.status).toBe(422);
    const { detail } = (await bad.json()) as { detail: Array<{ loc: string[]; type: string }> };
    expect(detail.map((d) => [d.loc.join('.'), d.type])).toEqual([
      ['body.prompt', 'missing'],
      ['body.duration', 'literal_error'],
      ['body.aspect_ratio', 'literal_error'],
    ]);
    const image = await fal('/bytedance/seedance-2.0/image-to-video', post({ prompt: 'x' }));
    expect(((await image.json()) as { detail: Array<{ loc: string[] }> }).detail[0]?.loc).toEqual([
      'body',
      'image_url',
    ]);
    const unknown = await fal('/fal-ai/sora-9', post({ prompt: 'x' }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(
      /Application 'fal-ai\/sora-9' not found/,
    );
  });

  it('cancels a queued request once; the result then says it was cancelled', async () => {
    const { request_id: id } = (await (
      await fal('/fal-ai/veo3.1', post({ prompt: '[fail:render] x' }))
    ).json()) as {
      request_id: string;
    };
    const cancel = () => fal(`/fal-ai/veo3.1/requests/${id}/cancel`, { method: 'PUT' });
    const first = await cancel();
    expect([first.status, await first.json()]).toEqual([202, { status: 'CANCELLATION_REQUESTED' }]);
    expect((await cancel()).status).toBe(400);
    const result = await fal(`/fal-ai/veo3.1/requests/${id}`);
    expect([result.status, ((await result.json()) as { error_type: string }).error_type]).toEqual([
      400,
      'request_cancelled',
    ]);
  });
});

describe("Runway's task API under /runway", () => {
  it('runs a task PENDING -> RUNNING (0..1) -> SUCCEEDED with an unauthenticated output', async () => {
    const created = await runway(
      '/v1/text_to_video',
      post({ model: 'gen4.5', promptText: 'a tram', ratio: '1280:720', duration: 2 }),
    );
    expect(created.status).toBe(200);
    const { id, estimatedCost } = (await created.json()) as {
      id: string;
      estimatedCost: { credits: number };
    };
    expect(estimatedCost.credits).toBe(24);
    const task = async () => (await (await runway(`/v1/tasks/${id}`)).json()) as Record<string, unknown>;
    expect(await task()).toMatchObject({ id, status: 'PENDING' });
    now += 550;
    expect(await task()).toMatchObject({ status: 'RUNNING', progress: 0.5 });
    now += 500;
    const done = await task();
    expect(done).toMatchObject({ status: 'SUCCEEDED', output: [`${sim.runwayUrl}/out/${id}.mp4`] });
    const file = await fetch((done.output as string[])[0]!);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'video/mp4']);
    await file.arrayBuffer();
    expect((await runway(`/v1/tasks/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await runway(`/v1/tasks/${id}`)).status).toBe(404);
  });

  it('requires Bearer auth and X-Runway-Version, and answers a bad body with 400 issues', async () => {
    const body = post({ model: 'veo3.1', promptText: 'x', ratio: '1280:720' });
    expect((await runway('/v1/text_to_video', body, { authorization: '' })).status).toBe(401);
    expect((await runway('/v1/text_to_video', body, { 'x-runway-version': '' })).status).toBe(400);
    const bad = await runway(
      '/v1/text_to_video',
      post({ model: 'gen4.5', promptText: 'x', ratio: '1920:1080', audio: true }),
    );
    expect(bad.status).toBe(400);
    const { issues } = (await bad.json()) as { issues: Array<{ path: string[] }> };
    expect(issues.map((i) => i.path[0]).sort()).toEqual(['audio', 'duration', 'ratio']);
  });
});

describe('faults scoped to one API', () => {
  it('takes down only the APIs named by `shutdown`, and aims errors with `api`', async () => {
    sim.faults.set({
      shutdown: ['fal'],
      serverError: { fraction: 1, api: 'runway', route: 'create', status: 502 },
    });
    const gone = await fal('/fal-ai/veo3.1', post({ prompt: 'x' }));
    expect(gone.status).toBe(404);
    expect(
      (await runway('/v1/text_to_video', post({ model: 'veo3.1', promptText: 'x', ratio: '1280:720' })))
        .status,
    ).toBe(502);
    const openai = await fetch(`${sim.url}/videos`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-x', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'sora-2', prompt: '[fail:render] still up', seconds: '4' }),
    });
    expect(openai.status).toBe(200);
    const stats = sim.stats();
    expect(stats.byApi.openai.creates).toBeGreaterThan(0);
    expect(stats.createRequests).toBe(
      stats.byApi.openai.createRequests + stats.byApi.fal.createRequests + stats.byApi.runway.createRequests,
    );
  });
});
