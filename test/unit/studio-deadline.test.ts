import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { answerWithin, sendError, sendJson } from '../../adapters/studio/http.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { isRedisUnreachable } from '../../src/ops/redis-errors.ts';

/**
 * The studio's answer bound (STUDIO_REQUEST_TIMEOUT_MS): work that has not started its answer in
 * time gets 503 UNAVAILABLE; a response already streaming is left alone; and a Redis command that
 * failed for want of a connection is a 503 too, not a 500.
 */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(work: (res: ServerResponse) => Promise<void>, ms = 200) {
  const http = new HttpRouter(silentLogger);
  http.route('GET', '/work', async (_req, res) => {
    try {
      await answerWithin(ms, res, () => work(res), silentLogger);
    } catch (error) {
      sendError(res, error, silentLogger);
    }
  });
  const url = await http.listen(0, '127.0.0.1');
  closers.push(() => http.close());
  const res = await fetch(`${url}/work`, { signal: AbortSignal.timeout(5000) });
  return { status: res.status, text: await res.text() };
}

describe('answerWithin', () => {
  it('answers 503 UNAVAILABLE for work that never answers', async () => {
    const { status, text } = await serve(() => new Promise<void>(() => {}));
    expect(status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });

  it('passes on the answer of work that finishes in time', async () => {
    expect(await serve(async (res) => sendJson(res, 200, { ok: true }))).toEqual({
      status: 200,
      text: '{"ok":true}',
    });
  });

  it('leaves a response that has started alone, however long it streams', async () => {
    const { status, text } = await serve(async (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (const part of ['a', 'b', 'c']) {
        res.write(part);
        await new Promise((r) => setTimeout(r, 150));
      }
      res.end();
    }, 100);
    expect({ status, text }).toEqual({ status: 200, text: 'abc' });
  });

  it('answers 503 at once when a Redis command failed for want of a connection', async () => {
    const { status, text } = await serve(async () => {
      throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
    }, 60_000);
    expect(status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNAVAILABLE' } });
  });
});

describe('isRedisUnreachable', () => {
  it('knows ioredis connection failures, through causes, and nothing else', () => {
    const maxRetries = Object.assign(new Error('Reached the max retries per request limit'), {
      name: 'MaxRetriesPerRequestError',
    });
    expect(isRedisUnreachable(maxRetries)).toBe(true);
    expect(isRedisUnreachable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnreachable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isRedisUnreachable(new Error('wrapped', { cause: new Error('Connection is closed.') }))).toBe(
      true,
    );
    expect(isRedisUnreachable(new Error('WRONGTYPE Operation against a key holding the wrong kind'))).toBe(
      false,
    );
    expect(isRedisUnreachable('Connection is closed.')).toBe(false);
  });
});
