import { describe, expect, it } from 'vitest';
import { ErrorCode, ProviderError } from '../../src/core/errors.ts';
import { boundAnswer, isBoundedAnswer } from '../../src/providers/shared/bounded-answer.ts';

const CHUNK = 16 * 1024;

/** An endless body made on demand, counting what it was asked for and whether it was cancelled. */
function endlessSource() {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

async function refusal(read: Promise<unknown>): Promise<ProviderError> {
  const error = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('boundAnswer', () => {
  it('reads an endless body only to the first chunk past the cap, then drops it', async () => {
    const { body, seen } = endlessSource();
    const response = boundAnswer(new Response(body), 'example.test', { maxAnswerBytes: 100_000 });
    const error = await refusal(response.text());
    expect(error.code).toBe(ErrorCode.ProviderUnavailable);
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('example.test answer passed the 100000-byte cap');
    // Seven chunks reach 114688 > 100000; the stream's queue may have asked for one more.
    expect(seen.pulled).toBeLessThanOrEqual(100_000 + 2 * CHUNK);
    expect(seen.cancelled).toBe(true);
  });

  it('refuses a declared length over the cap without reading a byte', async () => {
    const { body, seen } = endlessSource();
    const declared = new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } });
    const pulledBefore = seen.pulled;
    const error = await refusal(boundAnswer(declared, 'example.test', { maxAnswerBytes: 1024 }).json());
    expect(error.message).toMatch(/declared a 52428800-byte answer, over the 1024-byte cap/);
    expect(seen.cancelled).toBe(true);
    // ReadableStream may pull once when made (its high-water mark); never after the refusal.
    expect(seen.pulled).toBe(pulledBefore);
  });

  it('passes a body within the cap unchanged, with its status and headers', async () => {
    const original = new Response('{"status":"IN_QUEUE"}', {
      status: 202,
      headers: { 'content-type': 'application/json', 'x-request-id': 'r1' },
    });
    const response = boundAnswer(original, 'example.test', { maxAnswerBytes: 21 });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.json()).toEqual({ status: 'IN_QUEUE' });
  });

  it('leaves a response with no body as it is', () => {
    const empty = new Response(null, { status: 204 });
    expect(boundAnswer(empty, 'example.test')).toBe(empty);
  });
});

describe('isBoundedAnswer', () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it('caps every answer to a request for JSON, whatever the answer claims to be', () => {
    expect(isBoundedAnswer(h({ accept: 'application/json' }), h({ 'content-type': 'video/mp4' }))).toBe(true);
  });
  it('caps JSON and text answers to any request', () => {
    expect(isBoundedAnswer(h({}), h({ 'content-type': 'application/json; charset=utf-8' }))).toBe(true);
    expect(isBoundedAnswer(h({}), h({ 'content-type': 'text/html' }))).toBe(true);
  });
  it('leaves a binary answer to a request that did not ask for JSON (a video download)', () => {
    expect(isBoundedAnswer(h({ accept: 'application/binary' }), h({ 'content-type': 'video/mp4' }))).toBe(
      false,
    );
    expect(isBoundedAnswer(h({}), h({ 'content-type': 'application/octet-stream' }))).toBe(false);
    expect(isBoundedAnswer(h({ accept: 'application/binary' }), h({}))).toBe(false);
  });
});
