import { createFalClient, type FalClient } from '@fal-ai/client';
import { createGuardedFetch, type GuardOptions, UnsafeUrlError } from '../shared/safe-fetch.ts';

/** fal's queue host; every status, result and cancel URL the SDK builds starts with it. */
export const FAL_QUEUE_URL = 'https://queue.fal.run';

/**
 * A fal call that got an answer other than 2xx, or none at all (`status` undefined). Deliberately
 * not the SDK's ApiError and not a TypeError("fetch failed"), and with no `cause` chain: those are
 * what the SDK's isRetryableError recognises (retry.js), and nothing here may be retried by it.
 */
export class FalCallError extends Error {
  readonly status: number | undefined;
  /** The parsed JSON body (or the text, or undefined). */
  readonly body: unknown;
  readonly headers: Headers | undefined;

  constructor(message: string, status?: number, body?: unknown, headers?: Headers) {
    super(message);
    this.name = 'FalCallError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text);
  } catch {
    return text || undefined;
  }
}

/**
 * The SDK's fetch, answering every failure with a FalCallError. @fal-ai/client 1.10.1's
 * queue.submit passes its own QUEUE_RETRY_CONFIG (3 retries of 429/502/503/504 and network errors)
 * per call, and dispatchRequest merges a call's retry over the client's, so `retry: {maxRetries: 0}`
 * alone still POSTs a submit four times (measured against the simulator: 4 requests in 7 s). A
 * retried submit may buy a second video, so no SDK retry may happen; the adapter retries reads
 * itself and leaves submits to the job queue.
 */
function failFast(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await base(input, init);
    } catch (error) {
      // A redirect to an address we never fetch: refused as it is (toFalError names it).
      if (error instanceof UnsafeUrlError) throw error;
      const name = (error as Error)?.name;
      const why =
        name === 'TimeoutError' || name === 'AbortError'
          ? 'no response in time'
          : `${(error as Error)?.message ?? String(error)}${codeOf(error)}`;
      throw new FalCallError(`fal request failed: ${why}`);
    }
    if (response.ok) return response;
    const body = await readBody(response);
    throw new FalCallError(`fal answered HTTP ${response.status}`, response.status, body, response.headers);
  };
}

/** `(ECONNREFUSED)` from undici's `TypeError('fetch failed', { cause })`, for the log line. */
function codeOf(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

export interface FalClientOptions {
  apiKey: string;
  /** Replaces https://queue.fal.run (tests point it at the simulator's /fal). */
  baseUrl?: string | undefined;
  /** The queue's origin is trusted; a redirect elsewhere is followed only to a public address. */
  guard: GuardOptions;
}

/**
 * A fal client of its own (never the global `fal`, whose config is process-wide), with the key
 * given explicitly (the SDK would otherwise read FAL_KEY itself; only config.ts reads the
 * environment).
 */
export function createClient(options: FalClientOptions): FalClient {
  const base = options.baseUrl?.replace(/\/+$/, '');
  return createFalClient({
    credentials: options.apiKey,
    retry: { maxRetries: 0 },
    fetch: failFast(createGuardedFetch(options.guard)),
    requestMiddleware: async (request) =>
      base && request.url.startsWith(FAL_QUEUE_URL)
        ? { ...request, url: base + request.url.slice(FAL_QUEUE_URL.length) }
        : request,
  });
}
