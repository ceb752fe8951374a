import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateFalInput } from '../../simulator/fal/rules.ts';
import { createSimulator, type FaultPatch, type Simulator } from '../../simulator/index.ts';
import { priceFor } from '../../src/core/capabilities.ts';
import { ConfigError, ErrorCode } from '../../src/core/errors.ts';
import type { RenderRequest } from '../../src/core/ports/video-provider.ts';
import { FalCallError } from '../../src/providers/fal/client.ts';
import { falFailureOf, toFalError } from '../../src/providers/fal/errors.ts';
import { createFalProvider, FAL_MODELS, type FalProvider } from '../../src/providers/fal/index.ts';
import { makeRedactor } from '../../src/providers/shared/redact.ts';
import { waitForEnd } from '../helpers/pipeline.ts';
import {
  downloadAndProbe,
  expectNoKey,
  failureOf,
  finish,
  lastCard,
  startProviderPipeline,
} from '../helpers/provider-checks.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';
const mediaDir = simTempDir('fal-test');
let sim: Simulator;
let fal: FalProvider;

const request = (prompt: string, extra: Partial<RenderRequest> = {}): RenderRequest => ({
  prompt,
  model: 'fal-ai/veo3.1',
  durationS: 4,
  size: '1280x720',
  idempotencyKey: randomUUID(),
  ...extra,
});

beforeAll(async () => {
  sim = await createSimulator({ mediaDir, renderMs: 400 });
  fal = createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, readRetries: 1 });
});
afterEach(() => sim.faults.reset());
afterAll(() => sim.close());

describe('the catalog', () => {
  it('offers every family by default, Veo 3.1 first, at its published price', () => {
    const caps = createFalProvider({ apiKey: 'k' }).capabilities();
    expect(caps.provider).toBe('fal');
    expect(caps.models.map((m) => m.id)).toEqual([
      'fal-ai/veo3.1',
      'fal-ai/veo3.1/fast',
      'fal-ai/kling-video/v3/pro/text-to-video',
      'bytedance/seedance-2.0/text-to-video',
      'fal-ai/wan-25-preview/text-to-video',
    ]);
    expect(priceFor(caps.models[0]!, '1280x720', 8)).toBeCloseTo(3.2);
    expect(caps.models[0]).toMatchObject({
      durationsS: [4, 6, 8],
      audio: true,
      imageInput: true,
      remix: false,
    });
  });

  it('offers only the endpoints configured, in that order, and refuses unknown ones at start-up', () => {
    const some = createFalProvider({
      apiKey: 'k',
      name: 'fal-eu',
      endpoints: ['bytedance/seedance-2.0/text-to-video', 'fal-ai/veo3.1'],
    });
    expect(some.name).toBe('fal-eu');
    expect(some.capabilities().models.map((m) => m.id)).toEqual([
      'bytedance/seedance-2.0/text-to-video',
      'fal-ai/veo3.1',
    ]);
    expect(() => createFalProvider({ apiKey: 'k', endpoints: ['fal-ai/sora-2'] })).toThrow(ConfigError);
    expect(() => createFalProvider({ apiKey: '' })).toThrow(ConfigError);
  });

  // Every model, size, length, with and without an image: the input mapper speaks the family's
  // language (the simulator's schema is fal's, from the client's endpoint types) and the endpoint
  // renders exactly the size and length the card promised.
  const cases = FAL_MODELS.flatMap((model) =>
    model.capabilities.sizes.flatMap((size) =>
      model.capabilities.durationsS.flatMap((durationS) =>
        [false, true].map((withImage) => ({ model, size, durationS, withImage })),
      ),
    ),
  );
  it(`maps all ${cases.length} combinations to input the endpoint accepts, of the promised size and length`, () => {
    for (const { model, size, durationS, withImage } of cases) {
      const input = model.input(
        request('a lighthouse', {
          model: model.capabilities.id,
          size,
          durationS,
          ...(withImage ? { referenceImageUrl: 'https://example.com/first.png' } : {}),
        }),
        withImage,
      );
      const endpoint = withImage ? model.imageEndpoint : model.capabilities.id;
      const checked = validateFalInput(endpoint, input as never);
      expect(checked, `${endpoint} ${size} ${durationS}s`).toMatchObject({ ok: true });
      if (!checked.ok) continue;
      // The image endpoints of Kling and Wan take their shape from the image, not from us.
      if (!withImage || 'aspect_ratio' in input) expect(checked.spec.size).toBe(size);
      expect(checked.spec.seconds).toBe(String(durationS));
    }
  });
});

describe('a render through @fal-ai/client against the simulator', () => {
  it('submits once, polls to COMPLETED, and streams an MP4 of the requested size and length', async () => {
    const before = sim.stats().byApi.fal;
    const id = await fal.submit(request('a kite over the dunes'));
    // The id carries the endpoint, so any worker after any restart can find the request.
    expect(id).toMatch(/^fal-ai\/veo3\.1::[0-9a-f-]{36}$/);
    const seen = await finish(fal, id);
    expect(seen.at(-1)).toEqual({ state: 'completed', progress: 100 });
    // fal reports no percentage: nothing made up on the way.
    for (const status of seen.slice(0, -1)) {
      expect(['queued', 'rendering']).toContain(status.state);
      expect(status.progress).toBeUndefined();
    }
    const info = await downloadAndProbe(fal, id, mediaDir);
    expect(info.chunks).toBeGreaterThan(1);
    expect([info.width, info.height]).toEqual([1280, 720]);
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect(info.hasAudio).toBe(true);
    const after = sim.stats().byApi.fal;
    expect(after.creates - before.creates).toBe(1);
    // The result fetched to learn it succeeded is remembered: download asks for it no second time.
    expect(after.resultCalls - before.resultCalls).toBe(1);
    expect(after.downloads - before.downloads).toBe(1);
  });

  it('reports the queue position falling, then rendering, on the simulated clock', async () => {
    let now = Date.UTC(2026, 10, 1);
    const timed = await createSimulator({
      mediaDir,
      renderMs: 10_000,
      clock: { now: () => now },
      // One render at a time: the third request waits for the two before it.
      maxConcurrentVideos: 1,
    });
    try {
      const provider = createFalProvider({ apiKey: FAL_KEY, baseUrl: timed.falUrl });
      const kling = {
        model: 'fal-ai/kling-video/v3/pro/text-to-video',
        size: '1080x1080',
        durationS: 5,
      };
      await provider.submit(request('[fail:render] first in line', kling));
      await provider.submit(request('[fail:render] second in line', kling));
      // Kling's endpoint path is dropped from status URLs (owner/app only): the SDK must find it.
      const id = await provider.submit(request('[fail:render] a queue', kling));
      expect(id.startsWith('fal-ai/kling-video/v3/pro/text-to-video::')).toBe(true);
      const positions: number[] = [];
      // A failing render stops halfway (5 s): the first ends at 5 s, the second at 10 s.
      for (const at of [0, 5000, 10_000]) {
        now = Date.UTC(2026, 10, 1) + at;
        const status = await provider.status(id);
        expect(status.state).toBe('queued');
        positions.push(status.queuePosition!);
      }
      expect(positions).toEqual([2, 1, 0]);
      now += 2000;
      expect(await provider.status(id)).toEqual({ state: 'rendering' });
      now += 10_000;
      expect(await provider.status(id)).toMatchObject({
        state: 'failed',
        failure: { code: ErrorCode.RenderFailed },
      });
      expect(timed.stats().retrieveCallsByVideo[id.split('::')[1]!]).toBe(5);
    } finally {
      await timed.close();
    }
  });

  it('starts from a reference image on the family image endpoint', async () => {
    for (const [model, endpoint] of [
      ['fal-ai/veo3.1', 'fal-ai/veo3.1/image-to-video'],
      ['fal-ai/kling-video/v3/pro/text-to-video', 'fal-ai/kling-video/v3/pro/image-to-video'],
      ['fal-ai/wan-25-preview/text-to-video', 'fal-ai/wan-25-preview/image-to-video'],
    ] as const) {
      const size = FAL_MODELS.find((m) => m.capabilities.id === model)!.capabilities.sizes[0]!;
      const id = await fal.submit(
        request('[fail:render] from a photo', {
          model,
          size,
          durationS: 5,
          ...(model === 'fal-ai/veo3.1' ? { durationS: 4 } : {}),
          referenceImageUrl: 'https://example.com/first.png',
        }),
      );
      expect(id.startsWith(`${endpoint}::`)).toBe(true);
    }
  });

  it('sends the Idempotency-Key, so the simulator can show a repeated submit bought one video', async () => {
    const before = sim.stats().byApi.fal;
    const same = request('[fail:render] one purchase only');
    const first = await fal.submit(same);
    expect(await fal.submit(same)).toBe(first);
    const after = sim.stats().byApi.fal;
    expect([after.creates - before.creates, after.createRequests - before.createRequests]).toEqual([1, 2]);
  });

  it('passes the webhook URL on: fal POSTs the outcome there when the job ends', async () => {
    const received: unknown[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hooks/fal`;
      const withHook = createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, webhookUrl: url });
      const id = await withHook.submit(request('[fail:moderation] a webhook'));
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(received).toEqual([
        expect.objectContaining({
          request_id: id.split('::')[1],
          status: 'ERROR',
          payload: expect.anything(),
        }),
      ]);
    } finally {
      hook.close();
    }
  });

  it('cancels a queued request, which then reads as cancelled; a finished one is left alone', async () => {
    const now = Date.UTC(2026, 10, 2);
    const timed = await createSimulator({ mediaDir, renderMs: 10_000, clock: { now: () => now } });
    try {
      const provider = createFalProvider({ apiKey: FAL_KEY, baseUrl: timed.falUrl });
      const id = await provider.submit(request('[fail:render] changed my mind'));
      await provider.cancel(id);
      expect(await provider.status(id)).toMatchObject({
        state: 'failed',
        failure: { code: ErrorCode.Cancelled },
      });
      await provider.cancel(id);
      expect(timed.stats().byApi.fal.cancels).toBe(2);
    } finally {
      await timed.close();
    }
  });
});

describe('renders that fail become clip failures', () => {
  it.each([
    ['a content policy block (422)', '[fail:moderation] a duel', ErrorCode.ModerationBlocked],
    ['a failed generation (500 with a detail list)', '[fail:render] a duel', ErrorCode.RenderFailed],
    ['a generation timeout (504 request_timeout)', '[fail:timeout] a duel', ErrorCode.RenderFailed],
  ])('%s', async (_name, prompt, code) => {
    const id = await fal.submit(request(prompt));
    const last = (await finish(fal, id)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.failure?.code).toBe(code);
    expect(last.failure?.message.length).toBeGreaterThan(20);
    expect(await failureOf(fal.download(id))).toMatchObject({
      code: ErrorCode.DownloadFailed,
      retryable: false,
    });
  });
});

describe('request failures become the same codes as on the OpenAI adapter', () => {
  // fal's SDK ignores x-should-retry and retries 429/502/503/504 on its own: createRequests proves
  // the adapter stopped it.
  it.each<[string, FaultPatch, ErrorCode, boolean, number | undefined]>([
    [
      '429',
      { rateLimit: { count: 1, route: 'create', retryAfterMs: 1500 } },
      ErrorCode.ProviderRateLimited,
      true,
      1500,
    ],
    [
      '503',
      { serverError: { count: 1, route: 'create', status: 503 } },
      ErrorCode.ProviderUnavailable,
      true,
      undefined,
    ],
    ['500', { serverError: { count: 1, route: 'create' } }, ErrorCode.ProviderUnavailable, true, undefined],
    ['the retired-app 404', { shutdown: ['fal'] }, ErrorCode.ModelNotFound, false, undefined],
  ])('a %s on submit, attempted exactly once', async (_name, faults, code, retryable, retryAfterMs) => {
    sim.faults.set(faults);
    const before = sim.stats().byApi.fal;
    const error = await failureOf(fal.submit(request('a duel')));
    expect(error).toMatchObject({ code, retryable, retryAfterMs });
    expect(error.userMessage.length).toBeGreaterThan(20);
    expectNoKey(error, FAL_KEY);
    const after = sim.stats().byApi.fal;
    expect(after.createRequests - before.createRequests).toBe(1);
    expect(after.creates).toBe(before.creates);
  });

  it('rejects input the endpoint refuses (422) as PROVIDER_REJECTED naming the field', async () => {
    const error = await failureOf(fal.submit(request('a duel', { durationS: 5 })));
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false, field: 'duration' });
    expect(error.userMessage).toContain('duration');
  });

  it('maps a refused key to PROVIDER_AUTH on every call, never showing the key', async () => {
    const guarded = await createSimulator({ mediaDir, renderMs: 100, apiKey: 'the-right-key' });
    try {
      const wrong = createFalProvider({ apiKey: FAL_KEY, baseUrl: guarded.falUrl });
      for (const call of [
        () => wrong.submit(request('x')),
        () => wrong.status(`fal-ai/veo3.1::${randomUUID()}`),
      ]) {
        const error = await failureOf(call());
        expect(error).toMatchObject({ code: ErrorCode.ProviderAuth, retryable: false });
        expectNoKey(error, FAL_KEY);
      }
    } finally {
      await guarded.close();
    }
  });

  it('retries a status read once after a 503, but not a 429 (the job queue waits that out)', async () => {
    const id = await fal.submit(request('[fail:render] a flaky status'));
    const calls = () => sim.stats().retrieveCallsByVideo[id.split('::')[1]!] ?? 0;
    sim.faults.set({ serverError: { count: 1, route: 'retrieve', api: 'fal', status: 503 } });
    expect(['queued', 'rendering', 'failed']).toContain((await fal.status(id)).state);
    expect(calls()).toBe(2);
    sim.faults.set({ rateLimit: { count: 1, route: 'retrieve', api: 'fal', retryAfterMs: 2000 } });
    expect(await failureOf(fal.status(id))).toMatchObject({
      code: ErrorCode.ProviderRateLimited,
      retryable: true,
      retryAfterMs: 2000,
    });
    expect(calls()).toBe(3);
  });

  it('treats a gateway 5xx on the result as a failed call, not a failed render', async () => {
    const once = createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, readRetries: 0 });
    const id = await once.submit(request('a patient render'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    sim.faults.set({ serverError: { count: 1, route: 'result' } });
    expect(await failureOf(once.status(id))).toMatchObject({
      code: ErrorCode.ProviderUnavailable,
      retryable: true,
    });
    expect(await once.status(id)).toEqual({ state: 'completed', progress: 100 });
  });

  it('maps timeouts and refused connections to PROVIDER_UNAVAILABLE, retryable, sent once', async () => {
    sim.faults.set({ latencyMs: 1000 });
    const before = sim.stats().byApi.fal.createRequests;
    const slow = createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, timeoutMs: 200 });
    expect(await failureOf(slow.submit(request('too slow')))).toMatchObject({
      code: ErrorCode.ProviderUnavailable,
      retryable: true,
    });
    expect(sim.stats().byApi.fal.createRequests - before).toBe(1);
    const nowhere = createFalProvider({ apiKey: FAL_KEY, baseUrl: 'http://127.0.0.1:9/fal', readRetries: 0 });
    for (const call of [
      () => nowhere.submit(request('x')),
      () => nowhere.status(`fal-ai/veo3.1::${randomUUID()}`),
    ]) {
      const error = await failureOf(call());
      expect(error).toMatchObject({ code: ErrorCode.ProviderUnavailable, retryable: true });
      expectNoKey(error, FAL_KEY);
    }
  });

  it('stops a download that stalls, as DOWNLOAD_FAILED, retryable', async () => {
    const impatient = createFalProvider({ apiKey: FAL_KEY, baseUrl: sim.falUrl, downloadIdleMs: 300 });
    const id = await impatient.submit(request('a kite over the dunes'));
    await finish(impatient, id);
    sim.faults.set({ downloadBytesPerSecond: 1 });
    const stream = await impatient.download(id);
    const error = await failureOf(
      (async () => {
        for await (const _ of stream);
      })(),
    );
    expect(error).toMatchObject({ code: ErrorCode.DownloadFailed, retryable: true });
  });

  it('refuses a job id that is not one of ours as NOT_FOUND', async () => {
    expect(await failureOf(fal.status('video_123'))).toMatchObject({ code: ErrorCode.NotFound });
  });
});

describe("the mapping of fal's error bodies", () => {
  const redact = makeRedactor(FAL_KEY);
  const call = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new FalCallError(`fal answered HTTP ${status}`, status, body, new Headers(headers));
  const map = (error: unknown) => toFalError(error, { provider: 'fal', operation: 'create', redact });

  it('tells out-of-credit, an unknown request and a retired app apart', () => {
    expect(map(call(403, { detail: 'User is locked. Reason: Exhausted balance.' }))).toMatchObject({
      code: ErrorCode.ProviderAuth,
      userMessage: expect.stringContaining('credit'),
    });
    expect(map(call(404, { detail: "Request 'abc' not found" })).code).toBe(ErrorCode.NotFound);
    expect(map(call(404, { detail: "Application 'veo3' not found" })).code).toBe(ErrorCode.ModelNotFound);
  });

  it('scrubs a key echoed in an error body from every message and the logged cause', () => {
    const error = map(call(401, { detail: `Invalid key ${FAL_KEY}` }));
    expect(error.code).toBe(ErrorCode.ProviderAuth);
    expectNoKey(error, FAL_KEY);
    const failure = falFailureOf(
      call(422, { detail: [{ loc: ['body', 'prompt'], msg: `bad ${FAL_KEY}` }] }),
      redact,
    );
    expect(failure.code).toBe(ErrorCode.ProviderRejected);
    expect(failure.message).not.toContain(FAL_KEY);
  });
});

describe('the whole pipeline on fal: BullMQ on Redis, the worker, the card, delivery', () => {
  let p: Awaited<ReturnType<typeof startProviderPipeline>>;
  beforeAll(async () => {
    p = await startProviderPipeline('fal-pipeline', (s) =>
      createFalProvider({ apiKey: FAL_KEY, baseUrl: s.falUrl }),
    );
  });
  afterAll(() => p.close());

  const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
  const author = { id: 'u1', name: 'Ada' };

  it('delivers a valid MP4 of the requested size and length, with sound, bought once', async () => {
    const clip = await p.app.services.clips.request({
      prompt: 'a paper boat in the rain',
      options: { model: 'fal-ai/veo3.1', durationS: 4, size: '720x1280' },
      author,
      place,
    });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'posted', progress: 100, provider: 'fal', costUsd: 1.6 });
    expect(p.sim.stats().byApi.fal.creates).toBe(1);
    expect(p.messenger.uploads.filter((u) => u.card.clipId === clip.id)).toHaveLength(1);
    const info = await p.probe(clip.id);
    expect([info.width, info.height]).toEqual([720, 1280]);
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect(info.hasAudio).toBe(true);
    expect((await lastCard(p.messenger, clip.id, 'posted'))?.state).toBe('posted');
  });

  it('fails a clip whose prompt fal refuses, with the moderation code on the card', async () => {
    const clip = await p.app.services.clips.request({
      prompt: 'a duel [fail:moderation]',
      options: { model: 'fal-ai/veo3.1', durationS: 4 },
      author,
      place,
    });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'failed', failure: { code: ErrorCode.ModerationBlocked } });
    expect((await lastCard(p.messenger, clip.id, 'failed'))?.failure?.code).toBe(ErrorCode.ModerationBlocked);
  });
});
