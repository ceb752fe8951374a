import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { ErrorCode, ProviderError } from '../../core/errors.ts';
import { PROVIDER_MESSAGES } from './messages.ts';
import type { Redact } from './redact.ts';

export interface WatchOptions {
  /** Give up when no bytes arrive for this long. */
  idleMs: number;
  /** Names the download in errors, e.g. `fal download of fal-ai/veo3.1::123`. */
  label: string;
  redact: Redact;
}

function downloadFailed(message: string, cause?: unknown): ProviderError {
  return new ProviderError(ErrorCode.DownloadFailed, PROVIDER_MESSAGES.downloadFailed, {
    ...(cause === undefined ? {} : { cause }),
    message,
    retryable: true,
  });
}

/**
 * A response body chunk by chunk (never buffered whole: a clip can be tens of MB and a worker
 * runs several), abandoned through `abort` when it stalls for `idleMs`.
 */
export async function* watchedChunks(
  body: ReadableStream<Uint8Array>,
  abort: AbortController,
  options: WatchOptions,
): AsyncGenerator<Uint8Array> {
  let stalled = false;
  let watchdog: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stalled = true;
      abort.abort();
    }, options.idleMs);
  };
  const readable = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
  try {
    arm();
    for await (const chunk of readable) {
      arm();
      yield chunk as Uint8Array;
    }
  } catch (error) {
    const why = stalled ? `no data for ${options.idleMs} ms` : options.redact((error as Error).message);
    throw downloadFailed(`${options.label} broke off: ${why}`, error);
  } finally {
    clearTimeout(watchdog);
    readable.destroy();
  }
}

export interface UrlDownloadOptions extends WatchOptions {
  /** Wait this long for the response headers. */
  timeoutMs: number;
}

/**
 * Stream a finished video from the URL a provider handed out (fal's CDN, Runway's signed URLs).
 * No credentials go with it: these URLs are signed or public, and our key must never reach a
 * host we did not configure. Every failure is DOWNLOAD_FAILED and retryable: the caller forgets
 * the URL, so the retry asks the provider again (signed URLs expire).
 */
export async function streamFromUrl(
  url: string,
  options: UrlDownloadOptions,
): Promise<AsyncIterable<Uint8Array>> {
  if (!/^https?:\/\//i.test(url)) throw downloadFailed(`${options.label}: not an http(s) URL`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: abort.signal, redirect: 'follow' });
  } catch (error) {
    const why = abort.signal.aborted
      ? `no response within ${options.timeoutMs} ms`
      : (error as Error).message;
    throw downloadFailed(`${options.label} failed: ${options.redact(why)}`, error);
  } finally {
    clearTimeout(timer);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || type.includes('json') || type.includes('text/html')) {
    await response.body?.cancel();
    throw downloadFailed(`${options.label} answered HTTP ${response.status} ${type || 'with no body'}`);
  }
  return watchedChunks(response.body, abort, options);
}
