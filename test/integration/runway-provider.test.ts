import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type FaultPatch, type Simulator } from '../../simulator/index.ts';
import { validateRunwayCreate } from '../../simulator/runway/rules.ts';
import { priceFor } from '../../src/core/capabilities.ts';
import { ConfigError, ErrorCode } from '../../src/core/errors.ts';
import type { RenderRequest } from '../../src/core/ports/video-provider.ts';
import {
  createParamsFor,
  createRunwayProvider,
  RUNWAY_MODELS,
  type RunwayProvider,
} from '../../src/providers/runway/index.ts';
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

const RUNWAY_KEY = 'key_4f1c9a7e2b8d6035e1f4a9c7b2d8e6f0a1b2c3d4';
const mediaDir = simTempDir('runway-test');
let sim: Simulator;
let runway: RunwayProvider;

const request = (prompt: string, extra: Partial<RenderRequest> = {}): RenderRequest => ({
  prompt,
  model: 'veo3.1',
  durationS: 4,
  size: '1280x720',
  idempotencyKey: randomUUID(),
  ...extra,
});

beforeAll(async () => {
  sim = await createSimulator({ mediaDir, renderMs: 600 });
  runway = createRunwayProvider({ apiKey: RUNWAY_KEY, baseUrl: sim.runwayUrl });
});
afterEach(() => sim.faults.reset());
afterAll(() => sim.close());

describe('the catalog', () => {
  it('offers gen4.5, Veo 3.1 and Veo 3.1 Fast at their prices per second', () => {
    const caps = createRunwayProvider({ apiKey: 'k' }).capabilities();
    expect(caps.provider).toBe('runway');
    expect(caps.models.map((m) => m.id)).toEqual(['gen4.5', 'veo3.1', 'veo3.1_fast']);
    const [gen, veo, fast] = caps.models;
    expect(gen).toMatchObject({
      durationsS: [2, 3, 4, 5, 6, 7, 8, 9, 10],
      sizes: ['1280x720', '720x1280'],
      audio: false,
    });
    expect(priceFor(gen!, '1280x720', 5)).toBeCloseTo(0.6);
    expect(priceFor(veo!, '1920x1080', 8)).toBeCloseTo(3.2);
    expect(priceFor(fast!, '720x1280', 4)).toBeCloseTo(0.6);
  });

  it('offers only the models configured, and refuses unknown ones at start-up', () => {
    const some = createRunwayProvider({ apiKey: 'k', models: ['veo3.1_fast'] });
    expect(some.capabilities().models.map((m) => m.id)).toEqual(['veo3.1_fast']);
    expect(() => createRunwayProvider({ apiKey: 'k', models: ['gen3a_turbo'] })).toThrow(ConfigError);
    expect(() => createRunwayProvider({ apiKey: '' })).toThrow(ConfigError);
  });

  const cases = RUNWAY_MODELS.flatMap((model) =>
    model.capabilities.sizes.flatMap((size) =>
      model.capabilities.durationsS.flatMap((durationS) =>
        [false, true].map((withImage) => ({ model, size, durationS, withImage })),
      ),
    ),
  );
  it(`builds all ${cases.length} combinations as bodies Runway accepts, of the promised size and length`, () => {
    for (const { model, size, durationS, withImage } of cases) {
      const { endpoint, body } = createParamsFor(
        model,
        request('a lighthouse', {
          model: model.capabilities.id,
          size,
          durationS,
          ...(withImage ? { referenceImageUrl: 'https://cdn.example.com/first.png' } : {}),
        }),
      );
      expect(endpoint).toBe(withImage ? 'image' : 'text');
      const checked = validateRunwayCreate(endpoint, body as never);
      expect(checked, `${model.capabilities.id} ${size} ${durationS}s`).toMatchObject({ ok: true });
      if (checked.ok) expect([checked.spec.size, checked.spec.seconds]).toEqual([size, String(durationS)]);
    }
  });
});

describe('a render through @runwayml/sdk against the simulator', () => {
  it('creates once, reports progress as a percentage, and streams an MP4 of the requested size and length', async () => {
    const before = sim.stats().byApi.runway;
    const id = await runway.submit(request('a kite over the dunes'));
    const seen = await finish(runway, id);
    expect(seen.at(-1)).toEqual({ state: 'completed', progress: 100 });
    // Progress is the port's whole 0..100 (the 0..1 reading itself is pinned on the simulated clock below).
    for (const s of seen.filter((status) => status.state === 'rendering')) {
      expect(s.progress).toSatisfy((p: number) => Number.isInteger(p) && p >= 0 && p <= 100);
    }
    // "Should not expect updates more frequent than once every five seconds" (tasks.retrieve doc).
    expect(seen.slice(0, -1).every((s) => s.pollAfterMs === 5000)).toBe(true);
    const info = await downloadAndProbe(runway, id, mediaDir);
    expect(info.chunks).toBeGreaterThan(1);
    expect([info.width, info.height]).toEqual([1280, 720]);
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect(info.hasAudio).toBe(true);
    const after = sim.stats().byApi.runway;
    expect(after.creates - before.creates).toBe(1);
    // The output URL seen on SUCCEEDED is remembered: download needs no extra task read.
    expect(after.statusCalls - before.statusCalls).toBe(seen.length);
  });

  it('treats THROTTLED and PENDING as queued, then RUNNING as rendering, on the simulated clock', async () => {
    let now = Date.UTC(2026, 10, 1);
    const timed = await createSimulator({ mediaDir, renderMs: 10_000, clock: { now: () => now } });
    try {
      const provider = createRunwayProvider({ apiKey: RUNWAY_KEY, baseUrl: timed.runwayUrl });
      const throttled = await provider.submit(request('[fail:render] [throttled] over our concurrency'));
      const pending = await provider.submit(request('[fail:render] waiting its turn'));
      expect(await provider.status(throttled)).toMatchObject({ state: 'queued' });
      expect(await provider.status(pending)).toMatchObject({ state: 'queued' });
      const raw = await fetch(`${timed.runwayUrl}/v1/tasks/${throttled}`, {
        headers: { authorization: `Bearer ${RUNWAY_KEY}`, 'x-runway-version': '2024-11-06' },
      });
      expect(await raw.json()).toMatchObject({ status: 'THROTTLED' });
      now += 3250;
      const running = await provider.status(pending);
      expect(running.state).toBe('rendering');
      // A quarter of the way through the rendering part of the simulated render.
      expect(running.progress).toBeGreaterThanOrEqual(24);
      expect(running.progress).toBeLessThanOrEqual(25);
    } finally {
      await timed.close();
    }
  });

  it('starts from a reference image with image_to_video, and refuses a non-HTTPS one', async () => {
    const before = sim.stats().byApi.runway.creates;
    await runway.submit(
      request('[fail:render] from a photo', {
        model: 'gen4.5',
        referenceImageUrl: 'https://cdn.example.com/a.png',
      }),
    );
    expect(sim.stats().byApi.runway.creates - before).toBe(1);
    const error = await failureOf(
      runway.submit(
        request('from a photo', { model: 'gen4.5', referenceImageUrl: 'http://cdn.example.com/a.png' }),
      ),
    );
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false, field: 'promptImage' });
  });

  it('sends the Idempotency-Key, so the simulator can show a repeated create bought one video', async () => {
    const before = sim.stats().byApi.runway;
    const same = request('[fail:render] one purchase only');
    const first = await runway.submit(same);
    expect(await runway.submit(same)).toBe(first);
    const after = sim.stats().byApi.runway;
    expect([after.creates - before.creates, after.createRequests - before.createRequests]).toEqual([1, 2]);
  });

  it('cancels a running task (CANCELLED), then deletes it; an unknown task is NOT_FOUND', async () => {
    const id = await runway.submit(request('[slow] [fail:render] changed my mind'));
    await runway.cancel(id);
    expect(await runway.status(id)).toMatchObject({
      state: 'failed',
      failure: { code: ErrorCode.Cancelled },
    });
    await runway.cancel(id);
    expect(await failureOf(runway.status(id))).toMatchObject({ code: ErrorCode.NotFound, retryable: false });
    await runway.cancel(id);
    expect(sim.stats().byApi.runway.cancels).toBeGreaterThanOrEqual(3);
  });

  it("refuses a prompt over Runway's 1000 characters before spending a request on it", async () => {
    const before = sim.stats().byApi.runway.createRequests;
    const error = await failureOf(runway.submit(request('a'.repeat(1001))));
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false, field: 'prompt' });
    expect(error.userMessage).toContain('1000');
    expect(sim.stats().byApi.runway.createRequests).toBe(before);
  });
});

describe('tasks that fail become clip failures', () => {
  it.each([
    ['SAFETY.INPUT.TEXT', '[fail:moderation] a duel', ErrorCode.ModerationBlocked],
    ['SAFETY.OUTPUT.VIDEO', '[fail:safety.output.video] a duel', ErrorCode.ModerationBlocked],
    ['INTERNAL', '[fail:render] a duel', ErrorCode.RenderFailed],
    ['ASSET.INVALID', '[fail:asset.invalid] a duel', ErrorCode.ProviderRejected],
  ])('%s', async (_code, prompt, code) => {
    const id = await runway.submit(request(prompt));
    const last = (await finish(runway, id)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.failure?.code).toBe(code);
    expect(last.failure?.message.length).toBeGreaterThan(20);
  });
});

describe('request failures become the same codes as on the OpenAI adapter', () => {
  // x-should-retry: true invites the SDK to retry; createRequests proves it did not.
  it.each<[string, FaultPatch, ErrorCode, boolean, number | undefined]>([
    [
      '429',
      { rateLimit: { count: 1, route: 'create', retryAfterMs: 1500, shouldRetry: true } },
      ErrorCode.ProviderRateLimited,
      true,
      1500,
    ],
    [
      '503',
      { serverError: { count: 1, route: 'create', status: 503, shouldRetry: true } },
      ErrorCode.ProviderUnavailable,
      true,
      undefined,
    ],
    ['the retired-model 404', { shutdown: ['runway'] }, ErrorCode.ModelNotFound, false, undefined],
  ])('a %s on create, attempted exactly once', async (_name, faults, code, retryable, retryAfterMs) => {
    sim.faults.set(faults);
    const before = sim.stats().byApi.runway;
    const error = await failureOf(runway.submit(request('a duel')));
    expect(error).toMatchObject({ code, retryable, retryAfterMs });
    expect(error.userMessage.length).toBeGreaterThan(20);
    expectNoKey(error, RUNWAY_KEY);
    const after = sim.stats().byApi.runway;
    expect(after.createRequests - before.createRequests).toBe(1);
    expect(after.creates).toBe(before.creates);
  });

  it('rejects a body Runway refuses (400) as PROVIDER_REJECTED naming the field', async () => {
    const error = await failureOf(runway.submit(request('a duel', { durationS: 5 })));
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false, field: 'duration' });
  });

  it('maps a refused key to PROVIDER_AUTH on every call, never showing the key', async () => {
    const guarded = await createSimulator({ mediaDir, renderMs: 100, apiKey: 'key_the_right_one_0000000' });
    try {
      const wrong = createRunwayProvider({ apiKey: RUNWAY_KEY, baseUrl: guarded.runwayUrl });
      for (const call of [() => wrong.submit(request('x')), () => wrong.status(randomUUID())]) {
        const error = await failureOf(call());
        expect(error).toMatchObject({ code: ErrorCode.ProviderAuth, retryable: false });
        expectNoKey(error, RUNWAY_KEY);
      }
    } finally {
      await guarded.close();
    }
  });

  it('retries a task read the server lets it retry, and maps a 429 there with its wait', async () => {
    const id = await runway.submit(request('[fail:render] a flaky status'));
    const calls = () => sim.stats().retrieveCallsByVideo[id] ?? 0;
    sim.faults.set({
      serverError: { count: 1, route: 'retrieve', api: 'runway', status: 503, shouldRetry: null },
    });
    expect(['queued', 'rendering', 'failed']).toContain((await runway.status(id)).state);
    expect(calls()).toBe(2);
    sim.faults.set({ rateLimit: { fraction: 1, route: 'retrieve', api: 'runway', retryAfterMs: 2000 } });
    expect(await failureOf(runway.status(id))).toMatchObject({
      code: ErrorCode.ProviderRateLimited,
      retryable: true,
      retryAfterMs: 2000,
    });
  });

  it('maps timeouts and refused connections to PROVIDER_UNAVAILABLE, retryable, sent once', async () => {
    sim.faults.set({ latencyMs: 1000 });
    const before = sim.stats().byApi.runway.createRequests;
    const slow = createRunwayProvider({
      apiKey: RUNWAY_KEY,
      baseUrl: sim.runwayUrl,
      timeoutMs: 200,
      readRetries: 0,
    });
    expect(await failureOf(slow.submit(request('too slow')))).toMatchObject({
      code: ErrorCode.ProviderUnavailable,
      retryable: true,
    });
    expect(sim.stats().byApi.runway.createRequests - before).toBe(1);
    const nowhere = createRunwayProvider({
      apiKey: RUNWAY_KEY,
      baseUrl: 'http://127.0.0.1:9/runway',
      readRetries: 0,
    });
    for (const call of [() => nowhere.submit(request('x')), () => nowhere.status(randomUUID())]) {
      const error = await failureOf(call());
      expect(error).toMatchObject({ code: ErrorCode.ProviderUnavailable, retryable: true });
      expectNoKey(error, RUNWAY_KEY);
    }
  });

  it('stops a download that stalls, as DOWNLOAD_FAILED, retryable', async () => {
    const impatient = createRunwayProvider({
      apiKey: RUNWAY_KEY,
      baseUrl: sim.runwayUrl,
      downloadIdleMs: 300,
    });
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
});

describe('the whole pipeline on Runway: BullMQ on Redis, the worker, the card, delivery', () => {
  let p: Awaited<ReturnType<typeof startProviderPipeline>>;
  beforeAll(async () => {
    p = await startProviderPipeline(
      'runway-pipeline',
      (s) => createRunwayProvider({ apiKey: RUNWAY_KEY, baseUrl: s.runwayUrl }),
      // Long enough that a poll lands while RUNNING even on a busy machine.
      { renderMs: 3000 },
    );
  });
  afterAll(() => p.close());

  const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
  const author = { id: 'u1', name: 'Ada' };

  it('delivers a valid MP4 of the requested size and length, with progress on the card, bought once', async () => {
    const clip = await p.app.services.clips.request({
      prompt: 'a paper boat in the rain',
      options: { model: 'gen4.5', durationS: 4, size: '720x1280' },
      author,
      place,
    });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'posted', progress: 100, provider: 'runway', costUsd: 0.48 });
    expect(p.sim.stats().byApi.runway.creates).toBe(1);
    expect(p.messenger.uploads.filter((u) => u.card.clipId === clip.id)).toHaveLength(1);
    const info = await p.probe(clip.id);
    expect([info.width, info.height]).toEqual([720, 1280]);
    expect(info.durationS).toBeGreaterThan(3.8);
    expect(info.durationS).toBeLessThan(4.3);
    expect((await lastCard(p.messenger, clip.id, 'posted'))?.state).toBe('posted');
    const cards = p.messenger.cardsFor(clip.id);
    expect(cards.some((c) => c.state === 'rendering' && c.progress > 0 && c.progress < 100)).toBe(true);
  });

  it('fails a clip whose prompt Runway refuses, with the moderation code on the card', async () => {
    const clip = await p.app.services.clips.request({
      prompt: 'a duel [fail:moderation]',
      options: { model: 'veo3.1_fast', durationS: 4 },
      author,
      place,
    });
    const done = await waitForEnd(p.app, clip.id);
    expect(done).toMatchObject({ state: 'failed', failure: { code: ErrorCode.ModerationBlocked } });
    expect((await lastCard(p.messenger, clip.id, 'failed'))?.failure?.code).toBe(ErrorCode.ModerationBlocked);
  });
});
