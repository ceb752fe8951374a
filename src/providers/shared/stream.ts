import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { ErrorCode, ProviderError, ReelbotError } from '../../core/errors.ts';
import { clipTooLarge } from '../../core/render/download.ts';
import { PROVIDER_MESSAGES } from './messages.ts';
import type { Redact } from './redact.ts';
import { createGuardedFetch, type GuardOptions, unsafeUrlFailure, unsafeUrlIn } from './safe-fetch.ts';

export interface WatchOptions {
  /** Give up when no bytes arrive for this long. */
  idleMs: number;
  /** Names the download in errors, e.g. `fal download of fal-ai/veo3.1::123`. */
  label: string;
  redact: Redact;
  /** The caller's stop (deadline, cancelled clip): reading ends and its reason is thrown. */
  signal?: AbortSignal | undefined;
  /** More bytes than this end the download (MAX_CLIP_BYTES). */
  maxBytes?: number | undefined;
}

function downloadFailed(message: string, cause?: unknown): ProviderError {
  return new ProviderError(ErrorCode.DownloadFailed, PROVIDER_MESSAGES.downloadFailed, {
    ...(cause === undefined ? {} : { cause }),
    message,
    retryable: true,
  });
}

/** Abort `abort` when `signal` does; returns the unhook. */
function follow(signal: AbortSignal | undefined, abort: AbortController): () => void {
  if (!signal) return () => {};
  const stop = () => abort.abort();
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop, { once: true });
  return () => signal.removeEventListener('abort', stop);
}

/** The caller's own reason when its signal stopped us, so a deadline reads as a deadline. */
const callersReason = (signal: AbortSignal | undefined) =>
  signal?.aborted && signal.reason instanceof Error ? signal.reason : undefined;

/** Refuse a response whose Content-Length is over the cap before reading a byte of it. */
export function refuseDeclaredSize(headers: Headers, options: Pick<WatchOptions, 'maxBytes' | 'label'>) {
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (options.maxBytes !== undefined && Number.isFinite(declared) && declared > options.maxBytes) {
    throw clipTooLarge(options.maxBytes, `${options.label} declares ${declared} bytes`);
  }
}

/**
 * A response body chunk by chunk (never buffered whole: a clip can be tens of MB and a worker
 * runs several), abandoned through `abort` when it stalls for `idleMs`, passes `maxBytes`, or
 * the caller's signal aborts.
 */
export async function* watchedChunks(
  body: ReadableStream<Uint8Array>,
  abort: AbortController,
  options: WatchOptions,
): AsyncGenerator<Uint8Array> {
  let stalled = false;
  let bytes = 0;
  let watchdog: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stalled = true;
      abort.abort();
    }, options.idleMs);
  };
  const unhook = follow(options.signal, abort);
  const readable = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
  try {
    arm();
    for await (const chunk of readable) {
      arm();
      bytes += (chunk as Uint8Array).byteLength;
      if (options.maxBytes !== undefined && bytes > options.maxBytes) {
        abort.abort();
        throw clipTooLarge(options.maxBytes, `${options.label} sent ${bytes} bytes`);
      }
      yield chunk as Uint8Array;
    }
  } catch (error) {
    const reason = callersReason(options.signal);
    if (reason) throw reason;
    if (error instanceof ReelbotError) throw error;
    const why = stalled ? `no data for ${options.idleMs} ms` : options.redact((error as Error).message);
    throw downloadFailed(`${options.label} broke off: ${why}`, error);
  } finally {
    clearTimeout(watchdog);
    unhook();
    readable.destroy();
  }
}

export interface UrlDownloadOptions extends WatchOptions {
  /** Wait this long for the response headers. */
  timeoutMs: number;
  /** Which origins are the provider's own (trusted as configured); every other one is checked. */
  guard: GuardOptions;
}

/**
 * Stream a finished video from the URL a provider handed out (fal's CDN, Runway's signed URLs).
 * No credentials go with it: these URLs are signed or public, and our key must never reach a
 * host we did not configure. The URL and each redirect must lead to a public address
 * (safe-fetch.ts); a refused one fails for good. Every other failure is DOWNLOAD_FAILED and
 * retryable: the caller forgets the URL, so the retry asks the provider again (signed URLs expire).
 */
export async function streamFromUrl(
  url: string,
  options: UrlDownloadOptions,
): Promise<AsyncIterable<Uint8Array>> {
  const abort = new AbortController();
  const unhook = follow(options.signal, abort);
  const timer = setTimeout(() => abort.abort(), options.timeoutMs);
  let response: Response;
  try {
    response = await createGuardedFetch(options.guard)(url, { signal: abort.signal });
  } catch (error) {
    const unsafe = unsafeUrlIn(error);
    if (unsafe) throw unsafeUrlFailure(unsafe, options.label, true);
    const reason = callersReason(options.signal);
    if (reason) throw reason;
    const why = abort.signal.aborted
      ? `no response within ${options.timeoutMs} ms`
      : (error as Error).message;
    throw downloadFailed(`${options.label} failed: ${options.redact(why)}`, error);
  } finally {
    clearTimeout(timer);
    unhook();
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || type.includes('json') || type.includes('text/html')) {
    await response.body?.cancel();
    throw downloadFailed(`${options.label} answered HTTP ${response.status} ${type || 'with no body'}`);
  }
  try {
    refuseDeclaredSize(response.headers, options);
  } catch (error) {
    await response.body.cancel();
    throw error;
  }
  return watchedChunks(response.body, abort, options);
}
