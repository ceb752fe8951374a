import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ProviderError } from '../../src/core/errors.ts';
import { createFalProvider } from '../../src/providers/fal/index.ts';
import { createOpenAIProvider } from '../../src/providers/openai/index.ts';
import { createRunwayProvider } from '../../src/providers/runway/index.ts';
import { MAX_ANSWER_BYTES } from '../../src/providers/shared/bounded-answer.ts';
import { createGuardedFetch } from '../../src/providers/shared/safe-fetch.ts';

/**
 * A provider whose status answers are hostile, behind each of the three SDKs (openai-node,
 * @fal-ai/client, @runwayml/sdk) as reelbot configures them: the cap in safe-fetch.ts must hold
 * whichever client reads the answer.
 */
type Kind = 'big' | 'endless' | 'lying' | 'erring' | 'trickle' | 'small' | 'binary';

const MiB = 1024 * 1024;
const BIG = 50 * MiB;

interface Served {
  /** Body bytes written to the socket before it closed or the body ended. */
  written: number;
  /** The client hung up before the body was complete. */
  closedEarly: boolean;
}

const served: Partial<Record<Kind, Served[]>> = {};
let server: ReturnType<typeof createServer>;
let origin = '';

const kindIn = (path: string): Kind | undefined =>
  (/(big|endless|lying|erring|trickle|small|binary)/.exec(path)?.[1] as Kind | undefined) ?? undefined;

/** `total` bytes of a JSON-looking body (`{"pad":"      …`), written lazily 64 KiB at a time. */
function pump(res: ServerResponse, record: Served, total: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const next = () => {
    while (record.written < total && !res.destroyed) {
      record.written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', next);
    }
    if (!res.destroyed) res.end();
  };
  res.write('{"pad":"');
  next();
}

function answer(kind: Kind, res: ServerResponse): void {
  const record: Served = { written: 0, closedEarly: false };
  served[kind] = [...(served[kind] ?? []), record];
  res.on('close', () => {
    if (!res.writableFinished) record.closedEarly = true;
  });
  switch (kind) {
    case 'big':
      res.writeHead(200, { 'content-type': 'application/json' });
      pump(res, record, BIG);
      return;
    case 'endless':
      // Chunked, no length, never ends.
      res.writeHead(200, { 'content-type': 'application/json' });
      pump(res, record, Number.POSITIVE_INFINITY);
      return;
    case 'lying':
      // Says 50 MiB; a reader that believed it would size its buffer for that.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(BIG) });
      pump(res, record, BIG);
      return;
    case 'erring':
      // An error status whose body never ends: read as the error's text by every SDK.
      res.writeHead(500, { 'content-type': 'application/json' });
      pump(res, record, Number.POSITIVE_INFINITY);
      return;
    case 'trickle':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":');
      return;
    case 'binary':
      res.writeHead(200, { 'content-type': 'video/mp4' });
      res.end(Buffer.alloc(4096));
      return;
    case 'small':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'video_small', object: 'video', status: 'in_progress', progress: 5 }));
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    const kind = kindIn(new URL(req.url ?? '/', 'http://x').pathname);
    if (!kind) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end('{"detail":"Not Found"}');
    }
    answer(kind, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The last answer of a kind, once the server has seen the connection end. */
async function lastServed(kind: Kind): Promise<Served> {
  const record = served[kind]?.at(-1);
  if (!record) throw new Error(`no ${kind} answer was served`);
  await new Promise<void>((resolve) => {
    const check = () => (record.closedEarly ? resolve() : setImmediate(check));
    check();
  });
  return record;
}

const providers = {
  openai: () => createOpenAIProvider({ apiKey: 'sk-test-bounded', baseURL: `${origin}/v1`, readRetries: 0 }),
  fal: () =>
    createFalProvider({
      apiKey: '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543',
      baseUrl: `${origin}/fal`,
      readRetries: 0,
    }),
  runway: () =>
    createRunwayProvider({
      apiKey: 'key_4f1c9a7e2b8d6035e1f4a9c7b2d8e6f0a1b2c3d4',
      baseUrl: origin,
      readRetries: 0,
    }),
};

const jobIds = {
  openai: (kind: Kind) => `video_${kind}`,
  fal: (kind: Kind) => `fal-ai/veo3.1::${kind}-1`,
  runway: (kind: Kind) => `0f3c${kind}`,
};

async function failureOf(run: Promise<unknown>): Promise<ProviderError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe.each(Object.keys(providers) as (keyof typeof providers)[])(
  '%s status answers are bounded',
  (name) => {
    const provider = providers[name];
    const id = jobIds[name];

    it.each(['big', 'endless', 'lying'] as const)(
      'a %s body fails retryably without being read whole',
      async (kind) => {
        const error = await failureOf(provider().status(id(kind)));
        expect(error.code).toBe(ErrorCode.ProviderUnavailable);
        expect(error.retryable).toBe(true);
        expect(error.message).toMatch(
          kind === 'lying' ? /declared a 52428800-byte answer/ : /passed the 1048576-byte cap/,
        );
        const record = await lastServed(kind);
        expect(record.closedEarly).toBe(true);
        // Well short of the 50 MiB: the cap plus what loopback socket buffers held when we hung up.
        expect(record.written).toBeLessThan(BIG / 2);
      },
    );
  },
);

describe.each(Object.keys(providers) as (keyof typeof providers)[])(
  '%s error answers are bounded',
  (name) => {
    it('an endless 500 body fails retryably, read no further than the cap', async () => {
      const error = await failureOf(providers[name]().status(jobIds[name]('erring')));
      // The SDKs read an error body as text and make its status the failure; the 500 is what counts.
      expect(error.code).toBe(ErrorCode.ProviderUnavailable);
      expect(error.retryable).toBe(true);
      const record = await lastServed('erring');
      expect(record.closedEarly).toBe(true);
      expect(record.written).toBeLessThan(BIG / 2);
    });
  },
);

describe('the answer guard in safe-fetch', () => {
  const client = (limits: { answerTimeoutMs?: number; maxAnswerBytes?: number }) =>
    new OpenAI({
      apiKey: 'sk-test-bounded',
      baseURL: `${origin}/v1`,
      fetch: createGuardedFetch({ trustedOrigins: [`${origin}/v1`], ...limits }),
      maxRetries: 0,
      logLevel: 'off',
    });

  it('stops a body that trickles past its time limit with the same code', async () => {
    const error = await failureOf(client({ answerTimeoutMs: 50 }).videos.retrieve('video_trickle'));
    expect(error.code).toBe(ErrorCode.ProviderUnavailable);
    expect(error.message).toMatch(/not complete within 50 ms/);
    expect((await lastServed('trickle')).closedEarly).toBe(true);
  });

  it('passes an answer within the cap as it came', async () => {
    const video = await client({}).videos.retrieve('video_small');
    expect(video).toMatchObject({ id: 'video_small', status: 'in_progress', progress: 5 });
  });

  it('applies the cap the caller set', async () => {
    const small = JSON.stringify({ id: 'video_small', object: 'video', status: 'in_progress', progress: 5 });
    const error = await failureOf(
      client({ maxAnswerBytes: small.length - 1 }).videos.retrieve('video_small'),
    );
    expect(error.code).toBe(ErrorCode.ProviderUnavailable);
    expect(MAX_ANSWER_BYTES).toBe(MiB);
  });

  it('leaves a video download (not asked as JSON) to the download cap, and caps it when asked as JSON', async () => {
    const guarded = createGuardedFetch({ trustedOrigins: [origin], maxAnswerBytes: 1024 });
    const video = await guarded(`${origin}/content/binary`, { headers: { accept: 'application/binary' } });
    expect((await video.arrayBuffer()).byteLength).toBe(4096);
    const asJson = await guarded(`${origin}/content/binary`, { headers: { accept: 'application/json' } });
    await expect(asJson.arrayBuffer()).rejects.toMatchObject({ code: ErrorCode.ProviderUnavailable });
  });
});
