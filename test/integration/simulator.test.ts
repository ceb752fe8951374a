import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import OpenAI, { type APIError, toFile } from 'openai';
import type { VideoCreateParams } from 'openai/resources/videos';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { probeMedia, rejectionOf, simTempDir, waitForVideo } from '../helpers/simulator-media.ts';

const VIDEO_FIELDS = [
  'completed_at',
  'created_at',
  'error',
  'expires_at',
  'id',
  'model',
  'object',
  'progress',
  'prompt',
  'remixed_from_video_id',
  'seconds',
  'size',
  'status',
];

/** A gateway-style model the simulator accepts at any even size: tiny renders keep tests fast. */
const tiny = (prompt: string): VideoCreateParams => ({
  model: 'sim-tiny',
  prompt,
  seconds: '4',
  size: '160x96' as VideoCreateParams['size'],
});

let sim: Simulator;
let client: OpenAI;
const mediaDir = simTempDir('sim-test');

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    ...init,
    headers: { authorization: 'Bearer sk-anything', 'content-type': 'application/json', ...init.headers },
  });
}

async function completed(params: VideoCreateParams): Promise<string> {
  const video = await client.videos.create(params);
  const seen = await waitForVideo(client, video.id);
  expect(seen.at(-1)?.status).toBe('completed');
  return video.id;
}

beforeAll(async () => {
  sim = await createSimulator({ mediaDir, renderMs: 400, models: ['sim-tiny'] });
  client = new OpenAI({ apiKey: 'sk-anything', baseURL: sim.url, maxRetries: 0 });
});
afterEach(() => sim.faults.reset());
afterAll(() => sim.close());

describe('the create, poll, download round trip', () => {
  it('renders a real MP4 of the requested size and length, with sound, and its previews', async () => {
    const created = await client.videos.create({
      model: 'sora-2',
      prompt: 'a lighthouse keeper feeds a seagull: 100% "real" [test] \\ it works',
      seconds: '4',
      size: '1280x720',
    });
    expect(Object.keys(created).sort()).toEqual(VIDEO_FIELDS);
    expect(created).toMatchObject({
      object: 'video',
      status: 'queued',
      progress: 0,
      completed_at: null,
      error: null,
    });
    expect(created.id).toMatch(/^video_[0-9a-f]{48}$/);

    const seen = await waitForVideo(client, created.id);
    const rendering = seen.filter((v) => v.status === 'in_progress');
    expect(rendering.length).toBeGreaterThan(0);
    const progress = seen.map((v) => v.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const done = seen.at(-1)!;
    expect(done).toMatchObject({ status: 'completed', progress: 100, error: null });
    expect(done.expires_at).toBe(done.completed_at! + 3600);

    const response = await client.videos.downloadContent(created.id);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    const file = join(mediaDir, 'downloaded.mp4');
    await pipeline(Readable.fromWeb(response.body as unknown as NodeReadableStream), createWriteStream(file));
    const info = await probeMedia(file);
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect([info.width, info.height]).toEqual([1280, 720]);
    expect(info.videoCodec).toBe('h264');
    expect(info.audioCodec).toBe('aac');

    const thumbnail = await client.videos.downloadContent(created.id, { variant: 'thumbnail' });
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const webp = Buffer.from(await thumbnail.arrayBuffer());
    expect([webp.subarray(0, 4).toString(), webp.subarray(8, 12).toString()]).toEqual(['RIFF', 'WEBP']);
    const sprites = await client.videos.downloadContent(created.id, { variant: 'spritesheet' });
    expect(sprites.headers.get('content-type')).toBe('image/jpeg');
    expect([...Buffer.from(await sprites.arrayBuffer()).subarray(0, 2)]).toEqual([0xff, 0xd8]);

    // An identical request reuses the finished file instead of running ffmpeg again.
    const rendersBefore = sim.stats().renders;
    await completed({ model: 'sora-2', prompt: created.prompt!, seconds: '4', size: '1280x720' });
    expect(sim.stats().renders).toBe(rendersBefore);
  });

  it('renders portrait sizes and other lengths for gateway models', async () => {
    const id = await completed({
      ...tiny('a tall tower'),
      seconds: '8',
      size: '96x160' as VideoCreateParams['size'],
    });
    const file = join(mediaDir, 'portrait.mp4');
    await pipeline(
      Readable.fromWeb((await client.videos.downloadContent(id)).body as unknown as NodeReadableStream),
      createWriteStream(file),
    );
    const info = await probeMedia(file);
    expect([info.width, info.height]).toEqual([96, 160]);
    expect(Math.round(info.durationS)).toBe(8);
  });

  it('answers 409 for content before completion and 404 for an unknown video', async () => {
    const video = await client.videos.create(tiny('not yet'));
    const early = await api(`/videos/${video.id}/content`);
    expect(early.status).toBe(409);
    expect(early.headers.get('x-should-retry')).toBe('false');
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('video_not_ready');
    const unknown = await rejectionOf(client.videos.downloadContent('video_nope'));
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect(await rejectionOf(client.videos.retrieve('video_nope'))).toBeInstanceOf(OpenAI.NotFoundError);
    const bogus = await api(`/videos/${video.id}/content?variant=gif`);
    expect(bogus.status).toBe(400);
  });
});

describe('request bodies', () => {
  it('accepts JSON as well as the multipart the SDK sends, with bracketed keys and files', async () => {
    const json = await api('/videos', {
      method: 'POST',
      body: JSON.stringify({
        ...tiny('json body'),
        input_reference: { image_url: 'https://example.com/a.png' },
      }),
    });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { status: string }).status).toBe('queued');

    const byUrl = await client.videos.create({
      ...tiny('by url'),
      input_reference: { image_url: 'https://x/y.png' },
    });
    expect(byUrl.status).toBe('queued');
    const png = await toFile(Buffer.from('89504e47', 'hex'), 'ref.png', { type: 'image/png' });
    expect((await client.videos.create({ ...tiny('by file'), input_reference: png })).status).toBe('queued');

    const text = await toFile(Buffer.from('hello'), 'ref.txt', { type: 'text/plain' });
    const badFile = await rejectionOf(client.videos.create({ ...tiny('bad file'), input_reference: text }));
    expect(badFile).toMatchObject({ status: 400, param: 'input_reference' });
    const both = await api('/videos', {
      method: 'POST',
      body: JSON.stringify({
        ...tiny('both'),
        input_reference: { image_url: 'https://x/y.png', file_id: 'file-1' },
      }),
    });
    expect(both.status).toBe(400);
  });

  it.each([
    [
      'seconds as a number',
      { prompt: 'x', seconds: 8 },
      'seconds',
      /^Invalid type for 'seconds': expected one of/,
    ],
    ['seconds off the list', { prompt: 'x', seconds: '10' }, 'seconds', /^Invalid value: '10'/],
    ['a size sora-2 does not make', { prompt: 'x', size: '1792x1024' }, 'size', /Supported values are/],
    ['an odd gateway size', { prompt: 'x', model: 'sim-tiny', size: '161x96' }, 'size', /even/],
    ['an empty prompt', { prompt: '' }, 'prompt', /string too short/],
    ['a missing prompt', { model: 'sora-2' }, 'prompt', /Missing required parameter/],
    ['a prompt over 32000 characters', { prompt: 'x'.repeat(32_001) }, 'prompt', /string too long/],
    ['an unknown model', { prompt: 'x', model: 'sora-9' }, 'model', /Invalid value: 'sora-9'/],
    ['a parameter the API does not have', { prompt: 'x', duration: 8 }, 'duration', /Unknown parameter/],
  ])('refuses %s with a 400 envelope', async (_name, body, param, message) => {
    const before = sim.stats().creates;
    const response = await api('/videos', { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-should-retry')).toBe('false');
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error).toMatchObject({ type: 'invalid_request_error', param });
    expect(error.message).toMatch(message);
    expect(sim.stats().creates).toBe(before);
  });

  it('surfaces validation errors through the SDK as BadRequestError', async () => {
    const error = await rejectionOf(
      client.videos.create({ prompt: 'x', model: 'sora-2', size: '1024x1792', seconds: '4' }),
    );
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, param: 'size', code: 'invalid_value' });
    expect((error as APIError).requestID).toMatch(/^req_/);
  });
});

describe('list, delete and idempotency', () => {
  it('pages through every video with for await, in both orders', async () => {
    sim.reset();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await client.videos.create(tiny('a paged clip'))).id);

    const desc: string[] = [];
    for await (const video of client.videos.list({ limit: 3 })) desc.push(video.id);
    expect(desc).toEqual([...ids].reverse());
    const asc: string[] = [];
    for await (const video of client.videos.list({ limit: 2, order: 'asc' })) asc.push(video.id);
    expect(asc).toEqual(ids);

    const first = await (await api('/videos?limit=3&order=asc')).json();
    expect(first).toMatchObject({ object: 'list', first_id: ids[0], last_id: ids[2], has_more: true });
    const last = await (await api(`/videos?limit=3&order=asc&after=${ids[5]}`)).json();
    expect(last).toMatchObject({ first_id: ids[6], last_id: ids[6], has_more: false });
    expect((await api('/videos?limit=101')).status).toBe(400);
  });

  it('deletes only finished videos; a deleted one is gone from get and list', async () => {
    const running = await client.videos.create(tiny('still going'));
    expect(await rejectionOf(client.videos.delete(running.id))).toMatchObject({ status: 400 });
    const id = await completed(tiny('to delete'));
    expect(await client.videos.delete(id)).toEqual({ id, object: 'video.deleted', deleted: true });
    expect(await rejectionOf(client.videos.retrieve(id))).toBeInstanceOf(OpenAI.NotFoundError);
    const listed: string[] = [];
    for await (const video of client.videos.list({ limit: 100 })) listed.push(video.id);
    expect(listed).not.toContain(id);
  });

  it('returns the same video for a repeated Idempotency-Key and counts one create', async () => {
    const before = sim.stats();
    const key = { headers: { 'Idempotency-Key': `key-${randomBytes(4).toString('hex')}` } };
    const first = await client.videos.create(tiny('once only'), key);
    const again = await client.videos.create(tiny('once only'), key);
    const other = await client.videos.create(tiny('once only'), {
      headers: { 'Idempotency-Key': 'another' },
    });
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    const after = sim.stats();
    expect(after.creates - before.creates).toBe(2);
    expect(after.createRequests - before.createRequests).toBe(3);
  });
});

describe('remix, edit and extend', () => {
  it('remixes a completed video, and refuses one still in the queue', async () => {
    const source = await completed(tiny('a red balloon'));
    const remix = await client.videos.remix(source, { prompt: 'a blue balloon' });
    expect(remix).toMatchObject({
      status: 'queued',
      remixed_from_video_id: source,
      model: 'sim-tiny',
      size: '160x96',
    });
    expect((await waitForVideo(client, remix.id)).at(-1)?.status).toBe('completed');

    const queued = await client.videos.create(tiny('not finished'));
    const refused = await rejectionOf(client.videos.remix(queued.id, { prompt: 'too soon' }));
    expect(refused).toBeInstanceOf(OpenAI.BadRequestError);
    expect(refused).toMatchObject({ code: 'invalid_video_state' });
    expect(await rejectionOf(client.videos.remix('video_nope', { prompt: 'x' }))).toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  it('extends and edits by video[id]', async () => {
    const source = await completed(tiny('a paper boat'));
    const extended = await client.videos.extend({
      prompt: 'it sails on',
      seconds: '4',
      video: { id: source },
    });
    expect(extended.seconds).toBe('8');
    const edited = await client.videos.edit({ prompt: 'now in autumn', video: { id: source } });
    expect(edited).toMatchObject({ status: 'queued', seconds: '4', remixed_from_video_id: null });
  });
});

describe('prompt markers and moderation', () => {
  it.each([
    ['[fail:moderation] a duel', 'moderation_blocked'],
    ['a scene full of gore', 'moderation_blocked'],
    ['[fail:render] a duel', 'internal_error'],
  ])('%s ends failed with %s', async (prompt, code) => {
    const video = await client.videos.create(tiny(prompt));
    const done = (await waitForVideo(client, video.id)).at(-1)!;
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe(code);
    if (code === 'moderation_blocked') {
      expect(done.error?.message).toBe('Your request was blocked by our moderation system.');
    }
    const content = await api(`/videos/${video.id}/content`);
    expect(content.status).toBe(400);
  });

  it('[slow] takes ten times as long', async () => {
    const video = await client.videos.create(tiny('[slow] a snail'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    const later = await client.videos.retrieve(video.id);
    expect(later.status).toBe('in_progress');
    expect(later.progress).toBeLessThan(30);
  });

  it('flags moderation inputs that contain a keyword', async () => {
    const result = await client.moderations.create({
      model: 'omni-moderation-latest',
      input: ['a cat on a skateboard', 'this has a blocked-word in it'],
    });
    expect(result.results.map((r) => r.flagged)).toEqual([false, true]);
    expect(Object.keys(result.results[0]!.categories)).toHaveLength(13);
    expect(result.results[1]!.categories.violence).toBe(true);
  });
});

describe('fault injection', () => {
  it('answers 429 with retry-after-ms for the next N requests, then recovers', async () => {
    sim.faults.set({ rateLimit: { count: 1, retryAfterMs: 1500 } });
    const limited = await rejectionOf(client.videos.create(tiny('busy')));
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    const headers = (limited as APIError).headers!;
    expect(headers.get('retry-after-ms')).toBe('1500');
    expect(headers.get('retry-after')).toBe('2');
    expect((await client.videos.create(tiny('busy'))).status).toBe('queued');
  });

  it('scopes a fault to one route and answers 5xx for the next N of it', async () => {
    const video = await client.videos.create(tiny('flaky'));
    sim.faults.set({ serverError: { count: 2, route: 'retrieve', status: 503 } });
    expect((await client.videos.create(tiny('flaky'))).status).toBe('queued');
    for (let i = 0; i < 2; i++) {
      const error = await rejectionOf(client.videos.retrieve(video.id));
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
      expect(error).toMatchObject({ status: 503 });
    }
    expect((await client.videos.retrieve(video.id)).id).toBe(video.id);
  });

  it('answers a fraction of requests with the error until cleared', async () => {
    sim.faults.set({ rateLimit: { fraction: 1, route: 'list' } });
    for (let i = 0; i < 3; i++) expect((await api('/videos')).status).toBe(429);
    sim.faults.set({ rateLimit: null });
    expect((await api('/videos')).status).toBe(200);
  });

  it('plays the retired API: every /videos route answers 404 model_not_found', async () => {
    const video = await client.videos.create(tiny('before the shutdown'));
    sim.faults.set({ shutdown: true });
    for (const call of [
      () => client.videos.create({ ...tiny('after'), model: 'sora-2', size: '1280x720' }),
      () => client.videos.retrieve(video.id),
      () => client.videos.downloadContent(video.id),
    ]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect(error).toMatchObject({ code: 'model_not_found', type: 'invalid_request_error' });
    }
    const error = (await rejectionOf(
      client.videos.create({ ...tiny('after'), model: 'sora-2', size: '1280x720' }),
    )) as Error;
    expect(error.message).toBe('404 The model `sora-2` does not exist or you do not have access to it.');
    const moderation = await client.moderations.create({ input: 'still up' });
    expect(moderation.results[0]!.flagged).toBe(false);
  });

  it('holds responses for latencyMs so clients time out', async () => {
    sim.faults.set({ latencyMs: 600 });
    const error = await rejectionOf(client.withOptions({ timeout: 150 }).videos.list());
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
  });

  it('throttles downloads so a client can be cut off mid-download', async () => {
    const id = await completed(tiny('a slow download'));
    const full = Buffer.from(await (await client.videos.downloadContent(id)).arrayBuffer());
    sim.faults.set({ downloadBytesPerSecond: 2_000 });
    const before = sim.stats().contentDownloads;
    const response = await client.videos.downloadContent(id);
    expect(response.headers.get('content-length')).toBe(String(full.length));
    const reader = response.body!.getReader();
    let received = 0;
    const stopAt = Date.now() + 400;
    while (Date.now() < stopAt) {
      const { value, done } = await reader.read();
      if (done) break;
      received += value.length;
    }
    await reader.cancel();
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(full.length);
    expect(sim.stats().contentDownloads).toBe(before + 1);
    // The simulator carries on serving after the client hung up.
    expect((await client.videos.retrieve(id)).status).toBe('completed');
  });

  it('is steerable over HTTP from another process: /_sim/faults, /_sim/stats, /_sim/reset', async () => {
    const control = (path: string, body?: unknown) =>
      fetch(`${sim.url.replace(/\/v1$/, '')}/_sim/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        ...(body === undefined
          ? {}
          : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
    const set = await control('faults', { serverError: 1, downloadBytesPerSecond: 5000 });
    expect(await set.json()).toMatchObject({
      serverError: { count: 1 },
      downloadBytesPerSecond: 5000,
      shutdown: false,
    });
    expect(await rejectionOf(client.videos.create(tiny('x')))).toMatchObject({ status: 500 });
    expect((await control('faults', { serverError: 'lots' })).status).toBe(400);

    const video = await client.videos.create(tiny('counted'));
    await client.videos.retrieve(video.id);
    await client.videos.retrieve(video.id);
    const stats = (await (await control('stats')).json()) as ReturnType<Simulator['stats']>;
    expect(stats).toMatchObject({ retrieveCallsByVideo: { [video.id]: 2 } });
    expect(Object.keys(stats).sort()).toEqual(
      [
        'byApi',
        'byKey',
        'contentDownloads',
        'createRequests',
        'creates',
        'inFlight',
        'renders',
        'retrieveCalls',
        'retrieveCallsByVideo',
        'webhookAttempts',
        'webhooksDelivered',
      ].sort(),
    );
    expect(stats.inFlight).toBeGreaterThan(0);
    // Only the OpenAI API was used here: its own counters are the totals.
    expect(stats.byApi.openai).toMatchObject({ creates: stats.creates, statusCalls: stats.retrieveCalls });

    expect((await control('reset', {})).status).toBe(200);
    expect(await (await control('stats')).json()).toMatchObject({
      creates: 0,
      createRequests: 0,
      retrieveCalls: 0,
    });
    expect(await (await control('faults')).json()).toMatchObject({
      serverError: null,
      downloadBytesPerSecond: null,
    });
    expect(await rejectionOf(client.videos.retrieve(video.id))).toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe('authentication', () => {
  it('requires the configured key when one is set', async () => {
    const key = 'sk-right-key-0123456789abcdef';
    // A render long enough that a busy machine still sees it queued (the first tenth) on create.
    const guarded = await createSimulator({ mediaDir, renderMs: 2000, apiKey: key, models: ['sim-tiny'] });
    try {
      const wrongKey = 'sk-wrong-key-0123456789abcdef';
      const wrong = new OpenAI({ apiKey: wrongKey, baseURL: guarded.url, maxRetries: 0 });
      const error = await rejectionOf(wrong.videos.list());
      expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
      expect(error).toMatchObject({ status: 401, code: 'invalid_api_key' });
      expect((error as Error).message).not.toContain(wrongKey);
      const bare = await fetch(`${guarded.url}/videos`);
      expect(bare.status).toBe(401);
      const right = new OpenAI({ apiKey: key, baseURL: guarded.url, maxRetries: 0 });
      expect((await right.videos.create(tiny('let in'))).status).toBe('queued');
      expect((await fetch(`${guarded.url.replace(/\/v1$/, '')}/_sim/stats`)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('the simulated clock', () => {
  it('computes status from the clock, and expires content an hour after completion', async () => {
    let now = Date.UTC(2026, 5, 1, 12);
    const timed = await createSimulator({
      mediaDir,
      renderMs: 8000,
      clock: { now: () => now },
      models: ['sim-tiny'],
    });
    try {
      const c = new OpenAI({ apiKey: 'sk-x', baseURL: timed.url, maxRetries: 0 });
      const video = await c.videos.create(tiny('a clock tower'));
      expect(video.created_at).toBe(now / 1000);
      now += 400;
      expect(await c.videos.retrieve(video.id)).toMatchObject({ status: 'queued', progress: 0 });
      now += 3600;
      expect(await c.videos.retrieve(video.id)).toMatchObject({ status: 'in_progress', progress: 44 });
      expect(timed.stats().inFlight).toBe(1);
      now += 4000;
      const done = await c.videos.retrieve(video.id);
      expect(done).toMatchObject({ status: 'completed', progress: 100, completed_at: (now / 1000) | 0 });
      expect(timed.stats().inFlight).toBe(0);
      // The clock says done; the content route waits for ffmpeg if it is still busy.
      expect((await c.videos.downloadContent(video.id)).headers.get('content-type')).toBe('video/mp4');
      now += 3600 * 1000;
      const expired = await rejectionOf(c.videos.downloadContent(video.id));
      expect(expired).toMatchObject({ status: 404, code: 'video_expired' });
      expect((await c.videos.retrieve(video.id)).status).toBe('completed');
    } finally {
      await timed.close();
    }
  });
});

describe('webhooks', () => {
  let receiver: Server;
  const deliveries: Array<{ headers: IncomingHttpHeaders; body: string; status: number }> = [];

  beforeAll(async () => {
    let refusedOnce = false;
    receiver = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      // Refuse the very first delivery so the retry (same webhook-id) is exercised.
      const status = refusedOnce ? 204 : 500;
      refusedOnce = true;
      deliveries.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('posts signed video.completed / video.failed events and retries with the same webhook-id', async () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const hooked = await createSimulator({
      mediaDir,
      renderMs: 200,
      webhook: { url, secret },
      models: ['sim-tiny'],
    });
    try {
      const c = new OpenAI({ apiKey: 'sk-x', baseURL: hooked.url, maxRetries: 0, webhookSecret: secret });
      const ok = await c.videos.create(tiny('a happy ending'));
      const bad = await c.videos.create(tiny('[fail:moderation] an unhappy ending'));
      const deadline = Date.now() + 10_000;
      while (deliveries.filter((d) => d.status === 204).length < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const events = new Map<string, { type: string; id: string }>();
      for (const delivery of deliveries) {
        await c.webhooks.verifySignature(delivery.body, delivery.headers as Record<string, string>);
        const event = JSON.parse(delivery.body) as { object: string; type: string; data: { id: string } };
        expect(event.object).toBe('event');
        events.set(delivery.headers['webhook-id'] as string, { type: event.type, id: event.data.id });
      }
      expect(deliveries).toHaveLength(3);
      expect(deliveries[0]!.headers['webhook-id']).toBe(
        deliveries.find((d, i) => i > 0 && d.body === deliveries[0]!.body)?.headers['webhook-id'],
      );
      expect([...events.values()].sort((a, b) => a.type.localeCompare(b.type))).toEqual([
        { type: 'video.completed', id: ok.id },
        { type: 'video.failed', id: bad.id },
      ]);
      expect(hooked.stats()).toMatchObject({ webhookAttempts: 3, webhooksDelivered: 2 });
      await expect(
        c.webhooks.verifySignature(deliveries[0]!.body, {
          ...(deliveries[0]!.headers as Record<string, string>),
          'webhook-signature': 'v1,AAAA',
        }),
      ).rejects.toThrow(/signature/);
    } finally {
      await hooked.close();
    }
  });
});

describe('files on disk', () => {
  it('keeps finished renders in mediaDir and leaves no temp files behind', async () => {
    const names = await import('node:fs/promises').then((fs) => fs.readdir(mediaDir));
    expect(names.some((n) => n.endsWith('.mp4') && n.startsWith('sim-'))).toBe(true);
    expect(names.some((n) => n.endsWith('.part') || n.endsWith('.txt'))).toBe(false);
    expect((await readFile(join(mediaDir, names.find((n) => n.startsWith('sim-'))!))).length).toBeGreaterThan(
      0,
    );
  });
});
