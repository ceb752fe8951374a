import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import { createOpenAIProvider } from '../../src/providers/openai/provider.ts';
import {
  checkedLookup,
  checkImageUrl,
  checkPublicUrl,
  createGuardedFetch,
  MAX_REDIRECTS,
  UnsafeUrlError,
} from '../../src/providers/shared/safe-fetch.ts';
import { streamFromUrl } from '../../src/providers/shared/stream.ts';

/**
 * The guard against request forgery (issue 12) on real sockets: a "provider" listener that is
 * trusted as configured and answers with redirects and bodies, and an "internal" listener on
 * another loopback port that stands for anything on this machine or its network. The internal
 * one must never receive a request.
 */

interface Listener {
  origin: string;
  port: number;
  requests: IncomingMessage[];
  server: Server;
}

async function listen(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listener> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, port, requests, server };
}

let provider: Listener;
let internal: Listener;
let other: Listener;
/** Bytes the provider wrote for /huge before the client went away. */
let hugeSent = 0;

beforeAll(async () => {
  internal = await listen((_req, res) => res.end('internal secrets'));
  other = await listen((req, res) => res.end(JSON.stringify(req.headers)));
  provider = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const left = Number(hop[1]);
      if (left === 0) return res.end('arrived');
      res.writeHead(302, { location: `/hop/${left - 1}` });
      return res.end();
    }
    const to = url.searchParams.get('to');
    if (url.pathname === '/redirect' && to) {
      res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: to });
      return res.end();
    }
    if (url.pathname === '/huge') {
      // 1 GiB declared (or not), made lazily a chunk at a time, never allocated whole.
      const declared = url.searchParams.has('declared');
      res.writeHead(200, {
        'content-type': 'video/mp4',
        ...(declared ? { 'content-length': String(2 ** 30) } : {}),
      });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = () => {
        while (hugeSent < 2 ** 30 && !res.destroyed) {
          hugeSent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        return res.end();
      };
      res.on('close', () => res.destroy());
      return pump();
    }
    return res.end('ok');
  });
});

afterAll(async () => {
  for (const l of [provider, internal, other]) {
    l.server.closeAllConnections();
    await new Promise((resolve) => l.server.close(resolve));
  }
});

const refusalOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('the guarded fetch', () => {
  it(`follows up to ${MAX_REDIRECTS} redirects and refuses the next`, async () => {
    const guarded = createGuardedFetch({ trustedOrigins: [provider.origin] });
    const ok = await guarded(`${provider.origin}/hop/3`);
    expect(await ok.text()).toBe('arrived');

    const before = provider.requests.length;
    const error = await refusalOf(guarded(`${provider.origin}/hop/4`));
    expect(error).toBeInstanceOf(UnsafeUrlError);
    expect((error as Error).message).toMatch(/more than 3 redirects/);
    // The first request and three followed redirects; the fourth redirect is not followed.
    expect(provider.requests.length - before).toBe(4);
  });

  it.each([
    ['another port on 127.0.0.1', () => `http://127.0.0.1:${internal.port}/admin`],
    ['localhost by name', () => `http://localhost:${internal.port}/admin`],
    ['the IPv6 loopback', () => `http://[::1]:${internal.port}/admin`],
    ['an IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${internal.port}/admin`],
    ['the metadata service', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', () => 'http://10.1.2.3/'],
    ['the unspecified address', () => `http://0.0.0.0:${internal.port}/`],
  ])('refuses a redirect to %s, which receives nothing', async (_name, target) => {
    const guarded = createGuardedFetch({ trustedOrigins: [provider.origin] });
    const url = `${provider.origin}/redirect?to=${encodeURIComponent(target())}`;
    const error = await refusalOf(guarded(url));
    expect(error).toBeInstanceOf(UnsafeUrlError);
    expect(internal.requests).toHaveLength(0);
  });

  it('refuses an untrusted loopback URL outright, and any scheme but http(s)', async () => {
    const guarded = createGuardedFetch({ trustedOrigins: [provider.origin] });
    expect(await refusalOf(guarded(`${internal.origin}/`))).toBeInstanceOf(UnsafeUrlError);
    expect(await refusalOf(guarded('file:///etc/passwd'))).toBeInstanceOf(UnsafeUrlError);
    const toFile = `${provider.origin}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`;
    expect(await refusalOf(guarded(toFile))).toBeInstanceOf(UnsafeUrlError);
    expect(internal.requests).toHaveLength(0);
  });

  it('drops our credentials when a redirect leaves the origin', async () => {
    // Both trusted here, so the hop is made and what arrives can be read.
    const guarded = createGuardedFetch({ trustedOrigins: [provider.origin, other.origin] });
    const url = `${provider.origin}/redirect?to=${encodeURIComponent(`${other.origin}/seen`)}`;
    const response = await guarded(url, {
      headers: { authorization: 'Bearer sk-secret-key', accept: 'video/mp4', 'x-api-key': 'k' },
    });
    const seen = (await response.json()) as Record<string, string>;
    expect(seen.authorization).toBeUndefined();
    expect(seen['x-api-key']).toBeUndefined();
    expect(seen.accept).toBe('video/mp4');
  });

  it('hands a redirect of a POST back as it is, not re-sending the body elsewhere', async () => {
    const guarded = createGuardedFetch({ trustedOrigins: [provider.origin] });
    const url = `${provider.origin}/redirect?status=307&to=${encodeURIComponent(`${internal.origin}/`)}`;
    const response = await guarded(url, { method: 'POST', body: '{}' });
    expect(response.status).toBe(307);
    expect(internal.requests).toHaveLength(0);
  });
});

describe('the lookup a guarded socket connects through', () => {
  /** A resolver answering with these addresses, as a DNS server under someone else's control might. */
  const answering =
    (...addresses: string[]) =>
    (
      _host: string,
      _options: unknown,
      callback: (e: null, a: { address: string; family: number }[]) => void,
    ) =>
      callback(
        null,
        addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
      );
  const ask = (resolve: ReturnType<typeof answering>, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown; family?: number }>((resolve_) =>
      checkedLookup(resolve)('cdn.example', { all }, (error, address, family) =>
        resolve_({ error, address, ...(family === undefined ? {} : { family }) }),
      ),
    );

  it('hands the socket the checked public addresses, in the form it asked for', async () => {
    const resolve = answering('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946');
    expect(await ask(resolve, true)).toEqual({
      error: null,
      address: [
        { address: '93.184.216.34', family: 4 },
        { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
      ],
    });
    expect(await ask(resolve, false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
  });

  it.each([
    ['loopback', ['127.0.0.1']],
    ['a private address among public ones', ['93.184.216.34', '10.0.0.7']],
    ['an IPv4-mapped loopback', ['::ffff:7f00:1']],
    ['no address at all', []],
  ])('refuses a name that resolves to %s', async (_name, addresses) => {
    const { error } = await ask(answering(...addresses), true);
    expect(error).toBeInstanceOf(UnsafeUrlError);
  });
});

describe('a link handed on to a provider (the image option)', () => {
  it.each([
    'http://127.0.0.1/a.png',
    'http://[::1]/a.png',
    'http://[::ffff:7f00:1]/a.png',
    'http://localhost:8080/a.png',
    'http://169.254.169.254/latest/meta-data',
    'http://192.168.0.10/cam.jpg',
    'file:///etc/passwd',
    'gopher://example.com/',
  ])('refuses %s', async (url) => {
    expect(await refusalOf(checkPublicUrl(url))).toBeInstanceOf(UnsafeUrlError);
    expect(await refusalOf(checkImageUrl(url, {}))).toMatchObject({
      code: ErrorCode.InvalidInput,
      field: 'image',
    });
  });

  it('is refused before the provider hears of it', async () => {
    const openai = createOpenAIProvider({ apiKey: 'sk-test-guard', baseURL: `${provider.origin}/v1` });
    const before = provider.requests.length;
    const error = await refusalOf(
      openai.submit({
        prompt: 'a kite',
        model: 'sora-2',
        durationS: 4,
        size: '1280x720',
        referenceImageUrl: `http://127.0.0.1:${internal.port}/kite.png`,
        idempotencyKey: 'k1',
      }),
    );
    expect(error).toMatchObject({ code: ErrorCode.InvalidInput, field: 'image', retryable: false });
    expect(provider.requests.length - before).toBe(0);
    expect(internal.requests).toHaveLength(0);
  });

  it("accepts the provider's own origin, and a name that leads nowhere from here", async () => {
    const trusted = { trustedOrigins: [provider.origin] };
    await expect(checkPublicUrl(`${provider.origin}/a.png`, trusted)).resolves.toBeUndefined();
    await expect(checkImageUrl('https://images.invalid/a.png', {})).resolves.toBeUndefined();
    await expect(checkImageUrl('https://8.8.8.8/a.png', {})).resolves.toBeUndefined();
  });
});

describe('streaming a provider URL', () => {
  const options = (extra: { maxBytes?: number } = {}) => ({
    timeoutMs: 5000,
    idleMs: 5000,
    label: 'test download',
    redact: (text: string) => text,
    guard: { trustedOrigins: [provider.origin] },
    ...extra,
  });

  it('refuses a declared 1 GiB body before reading it', async () => {
    hugeSent = 0;
    const error = await refusalOf(
      streamFromUrl(`${provider.origin}/huge?declared`, options({ maxBytes: 2 ** 20 })),
    );
    expect(error).toMatchObject({ code: ErrorCode.DownloadFailed, retryable: false });
    expect(hugeSent).toBeLessThan(2 ** 30);
  });

  it('cuts off an undeclared 1 GiB body just past the cap', async () => {
    hugeSent = 0;
    let read = 0;
    const chunks = await streamFromUrl(`${provider.origin}/huge`, options({ maxBytes: 2 ** 20 }));
    const error = await refusalOf(
      (async () => {
        for await (const chunk of chunks) read += chunk.byteLength;
      })(),
    );
    expect(error).toMatchObject({ code: ErrorCode.DownloadFailed, retryable: false });
    expect(read).toBeLessThanOrEqual(2 ** 20);
    expect(hugeSent).toBeLessThan(2 ** 30);
  });

  it('fails a URL or redirect to an internal address for good, as DOWNLOAD_FAILED', async () => {
    for (const url of [
      `${internal.origin}/video.mp4`,
      `${provider.origin}/redirect?to=${encodeURIComponent(`${internal.origin}/video.mp4`)}`,
    ]) {
      const error = await refusalOf(streamFromUrl(url, options()));
      expect(error).toMatchObject({ code: ErrorCode.DownloadFailed, retryable: false });
      expect((error as { userMessage: string }).userMessage).toMatch(/address it never fetches/);
    }
    expect(internal.requests).toHaveLength(0);
  });
});
