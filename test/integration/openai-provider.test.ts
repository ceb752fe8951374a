import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APIConnectionError, APIError } from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type FaultPatch, type Simulator } from '../../simulator/index.ts';
import { type ModelCapabilities, priceFor } from '../../src/core/capabilities.ts';
import { ErrorCode, ProviderError, type ReelbotError } from '../../src/core/errors.ts';
import type { RenderRequest, RenderStatus, VideoProvider } from '../../src/core/ports/video-provider.ts';
import { makeRedactor } from '../../src/providers/openai/errors.ts';
import {
  createOpenAIProvider,
  retryAfterFrom,
  SORA_MODELS,
  toProviderError,
} from '../../src/providers/openai/index.ts';
import { probeMedia, rejectionOf, simTempDir } from '../helpers/simulator-media.ts';

const API_KEY = 'sk-provider-test-0123456789abcdefghij';
const TINY: ModelCapabilities = {
  id: 'sim-tiny',
  label: 'Tiny',
  durationsS: [4, 8],
  sizes: ['160x96'],
  audio: true,
  imageInput: true,
  remix: true,
  usdPerSecond: { '*': 0.01 },
};

let sim: Simulator;
let provider: VideoProvider;
const mediaDir = simTempDir('provider-test');

const request = (prompt: string, extra: Partial<RenderRequest> = {}): RenderRequest => ({
  prompt,
  model: 'sim-tiny',
  durationS: 4,
  size: '160x96',
  idempotencyKey: randomUUID(),
  ...extra,
});

async function finish(id: string, on: VideoProvider = provider): Promise<RenderStatus[]> {
  const seen: RenderStatus[] = [];
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    const status = await on.status(id);
    seen.push(status);
    if (status.state === 'completed' || status.state === 'failed') return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${id} did not finish`);
}

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** Nothing a member or a log line sees may contain the key. */
function expectNoKey(error: ReelbotError, key = API_KEY): void {
  const cause =
    error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack}` : String(error.cause);
  for (const text of [error.message, error.userMessage, error.stack ?? '', cause, JSON.stringify(error)]) {
    expect(text).not.toContain(key);
  }
}

beforeAll(async () => {
  sim = await createSimulator({ mediaDir, renderMs: 300, models: ['sim-tiny'], pollAfterMs: 750 });
  provider = createOpenAIProvider({ apiKey: API_KEY, baseURL: sim.url, models: [...SORA_MODELS, TINY] });
});
afterEach(() => sim.faults.reset());
afterAll(() => sim.close());

describe('capabilities', () => {
  it('offers Sora 2 and Sora 2 Pro at their published prices by default', () => {
    const caps = createOpenAIProvider({ apiKey: 'sk-x' }).capabilities();
    expect(caps.provider).toBe('openai');
    expect(caps.models.map((m) => m.id)).toEqual(['sora-2', 'sora-2-pro']);
    const [sora, pro] = caps.models;
    expect(sora).toMatchObject({
      durationsS: [4, 8, 12],
      sizes: ['720x1280', '1280x720'],
      audio: true,
      remix: true,
    });
    expect(priceFor(sora!, '1280x720', 8)).toBe(0.8);
    expect(priceFor(pro!, '1280x720', 4)).toBeCloseTo(1.2);
    expect(priceFor(pro!, '1792x1024', 12)).toBe(6);
    expect(priceFor(pro!, '1920x1080', 4)).toBeCloseTo(2.8);
  });

  it('takes a gateway model table and name instead', () => {
    const gateway = createOpenAIProvider({ apiKey: 'sk-x', name: 'gateway', models: [TINY] });
    expect(gateway.name).toBe('gateway');
    expect(gateway.capabilities()).toEqual({ provider: 'gateway', models: [TINY] });
  });
});

describe('a render through the SDK against the simulator', () => {
  it('submits, reports progress with the poll hint, and streams the MP4', async () => {
    const id = await provider.submit(
      request('a kite over the dunes', {
        model: 'sora-2',
        size: '1280x720',
        referenceImageUrl: 'https://x/kite.png',
      }),
    );
    const seen = await finish(id);
    expect(seen.at(-1)).toEqual({ state: 'completed', progress: 100 });
    const live = seen.filter((s) => s.state !== 'completed');
    expect(live.length).toBeGreaterThan(0);
    for (const status of live) {
      expect(['queued', 'rendering']).toContain(status.state);
      expect(status.pollAfterMs).toBe(750);
    }

    const chunks: Uint8Array[] = [];
    for await (const chunk of await provider.download(id)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    const file = join(mediaDir, 'provider.mp4');
    await writeFile(file, Buffer.concat(chunks));
    const info = await probeMedia(file);
    expect([info.width, info.height, Math.round(info.durationS)]).toEqual([1280, 720, 4]);
    expect(info.audioCodec).toBe('aac');
  });

  it('sends the Idempotency-Key header, so a repeated submit buys one video', async () => {
    const before = sim.stats();
    const same = request('one purchase only');
    const first = await provider.submit(same);
    expect(await provider.submit(same)).toBe(first);
    const after = sim.stats();
    expect(after.creates - before.creates).toBe(1);
    expect(after.createRequests - before.createRequests).toBe(2);
  });

  it('remixes a finished video, once per key', async () => {
    const source = await provider.submit(request('a paper plane'));
    await finish(source);
    const key = randomUUID();
    const remix = await provider.remix!(source, 'a paper plane at night', key);
    expect(await provider.remix!(source, 'a paper plane at night', key)).toBe(remix);
    expect((await finish(remix)).at(-1)?.state).toBe('completed');
    const missing = await failureOf(provider.remix!('video_gone', 'x', randomUUID()));
    expect(missing.code).toBe(ErrorCode.NotFound);
  });

  it('stops a download that stalls', async () => {
    const id = await provider.submit(request('a stalled download'));
    await finish(id);
    const impatient = createOpenAIProvider({ apiKey: API_KEY, baseURL: sim.url, downloadIdleMs: 300 });
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

describe('job failures become clip failures', () => {
  it.each([
    ['a moderation marker', '[fail:moderation] a duel', ErrorCode.ModerationBlocked],
    ['a moderation keyword', 'a duel with gore', ErrorCode.ModerationBlocked],
    ['a failed render', '[fail:render] a duel', ErrorCode.RenderFailed],
  ])('%s', async (_name, prompt, code) => {
    const id = await provider.submit(request(prompt));
    const last = (await finish(id)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.failure?.code).toBe(code);
    expect(last.failure?.message.length).toBeGreaterThan(20);
  });
});

describe('request failures become ProviderErrors with stable codes', () => {
  it.each<[string, FaultPatch, ErrorCode, boolean, number | undefined]>([
    // x-should-retry: true invites the SDK to retry; createRequests proves it did not.
    [
      '429 on create',
      { rateLimit: { count: 1, route: 'create', retryAfterMs: 1500, shouldRetry: true } },
      ErrorCode.ProviderRateLimited,
      true,
      1500,
    ],
    [
      '500 on create',
      { serverError: { count: 1, route: 'create', shouldRetry: true } },
      ErrorCode.ProviderUnavailable,
      true,
      undefined,
    ],
    ['the post-shutdown 404', { shutdown: true }, ErrorCode.ModelNotFound, false, undefined],
  ])('%s, attempted exactly once', async (_name, faults, code, retryable, retryAfterMs) => {
    sim.faults.set(faults);
    const before = sim.stats();
    const error = await failureOf(provider.submit(request('a duel')));
    expect(error).toMatchObject({ code, retryable, retryAfterMs });
    expect(error.userMessage.length).toBeGreaterThan(20);
    expectNoKey(error);
    const after = sim.stats();
    expect(after.createRequests - before.createRequests).toBe(1);
    expect(after.creates).toBe(before.creates);
  });

  it.each([
    ['a size the model does not make', { model: 'sora-2', size: '1792x1024' }, 'size'],
    ['a length the API does not offer', { durationS: 10 }, 'seconds'],
    ['a model the API does not know', { model: 'sora-9' }, 'model'],
  ])('rejects %s as PROVIDER_REJECTED naming the parameter', async (_name, extra, field) => {
    const error = await failureOf(provider.submit(request('a duel', extra)));
    expect(error).toMatchObject({ code: ErrorCode.ProviderRejected, retryable: false, field });
    expect(error.userMessage).toContain(field);
  });

  it('maps a refused key to PROVIDER_AUTH without ever showing the key', async () => {
    const guarded = await createSimulator({
      mediaDir,
      renderMs: 100,
      apiKey: 'sk-the-right-key-000000000000',
    });
    try {
      const wrong = createOpenAIProvider({ apiKey: API_KEY, baseURL: guarded.url });
      for (const call of [
        () => wrong.submit(request('x', { model: 'sora-2', size: '720x1280' })),
        () => wrong.status('video_1'),
      ]) {
        const error = await failureOf(call());
        expect(error).toMatchObject({ code: ErrorCode.ProviderAuth, retryable: false });
        expectNoKey(error);
      }
    } finally {
      await guarded.close();
    }
  });

  it('maps status-call failures: 429 with its wait, unknown id, content not ready', async () => {
    const id = await provider.submit(request('waiting for status'));
    sim.faults.set({ rateLimit: { fraction: 1, route: 'retrieve', retryAfterMs: 1000 } });
    const limited = await failureOf(provider.status(id));
    expect(limited).toMatchObject({
      code: ErrorCode.ProviderRateLimited,
      retryable: true,
      retryAfterMs: 1000,
    });
    sim.faults.reset();
    expect(await failureOf(provider.status('video_unknown'))).toMatchObject({
      code: ErrorCode.NotFound,
      retryable: false,
    });
    expect(await failureOf(provider.download(id))).toMatchObject({
      code: ErrorCode.Conflict,
      retryable: true,
    });
  });

  it('retries a status call the server invites it to retry (reads are safe to repeat)', async () => {
    const id = await provider.submit(request('a flaky status'));
    sim.faults.set({ serverError: { count: 1, route: 'retrieve', status: 503, shouldRetry: null } });
    const before = sim.stats().retrieveCallsByVideo[id] ?? 0;
    expect(['queued', 'rendering', 'completed']).toContain((await provider.status(id)).state);
    expect(sim.stats().retrieveCallsByVideo[id]).toBe(before + 2);
  });

  it('maps timeouts and refused connections to PROVIDER_UNAVAILABLE, retryable', async () => {
    sim.faults.set({ latencyMs: 1000 });
    const slow = createOpenAIProvider({ apiKey: API_KEY, baseURL: sim.url, timeoutMs: 200, readRetries: 0 });
    const timedOut = await failureOf(slow.submit(request('too slow')));
    expect(timedOut).toMatchObject({ code: ErrorCode.ProviderUnavailable, retryable: true });
    const nowhere = createOpenAIProvider({
      apiKey: API_KEY,
      baseURL: 'http://127.0.0.1:9/v1',
      readRetries: 0,
    });
    for (const call of [() => nowhere.submit(request('x')), () => nowhere.status('video_1')]) {
      const error = await failureOf(call());
      expect(error).toMatchObject({ code: ErrorCode.ProviderUnavailable, retryable: true });
      expectNoKey(error);
    }
  });
});

describe('the error mapping itself, on the SDK error classes', () => {
  const redact = makeRedactor(API_KEY);
  const map = (error: unknown) => toProviderError(error, { provider: 'openai', operation: 'create', redact });
  const apiError = (status: number, error: object, headers: Record<string, string> = {}) =>
    APIError.generate(status, { error }, undefined, new Headers({ 'x-request-id': 'req_1', ...headers }));

  it('treats a 400 about moderation as MODERATION_BLOCKED', () => {
    const error = map(
      apiError(400, { message: 'Your request was rejected by our moderation system.', code: null }),
    );
    expect(error.code).toBe(ErrorCode.ModerationBlocked);
    expect(map(apiError(400, { message: 'Nope.', code: 'moderation_blocked' })).code).toBe(
      ErrorCode.ModerationBlocked,
    );
  });

  it('scrubs a key echoed back by a gateway from every message and the logged cause', () => {
    const echoed = map(
      apiError(401, { message: `Incorrect API key provided: ${API_KEY}.`, code: 'invalid_api_key' }),
    );
    expect(echoed.code).toBe(ErrorCode.ProviderAuth);
    expect(echoed.message).toContain('[redacted]');
    expectNoKey(echoed);
    const rejected = map(apiError(400, { message: `bad value near ${API_KEY}`, param: 'prompt' }));
    expect(rejected.code).toBe(ErrorCode.ProviderRejected);
    expectNoKey(rejected);
  });

  it('tells a retired model from a missing video, and out-of-credit from busy', () => {
    expect(map(apiError(404, { message: 'The model `sora-2` does not exist', code: null })).code).toBe(
      ErrorCode.ModelNotFound,
    );
    expect(map(apiError(404, { message: 'No such video', code: null })).code).toBe(ErrorCode.NotFound);
    const quota = map(
      apiError(429, { message: 'You exceeded your current quota', code: 'insufficient_quota' }),
    );
    expect(quota).toMatchObject({ code: ErrorCode.ProviderAuth, retryable: false });
    expect(map(apiError(502, { message: 'Bad gateway' }))).toMatchObject({
      code: ErrorCode.ProviderUnavailable,
      retryable: true,
    });
    expect(map(new APIConnectionError({ message: 'socket hang up' })).retryable).toBe(true);
  });

  it('reads retry-after-ms, then retry-after in seconds or as a date', () => {
    expect(retryAfterFrom(new Headers({ 'retry-after-ms': '250.5', 'retry-after': '9' }))).toBe(251);
    expect(retryAfterFrom(new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.UTC(2026, 0, 1);
    expect(retryAfterFrom(new Headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now)).toBe(
      5000,
    );
    expect(retryAfterFrom(new Headers())).toBeUndefined();
  });
});
