import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { CheckedVideo, MediaTool } from '../ports/media.ts';
import type { VideoProvider } from '../ports/video-provider.ts';

/** The bounds every clip download runs under (MAX_CLIP_BYTES, DOWNLOAD_TIMEOUT_MS). */
export interface DownloadLimits {
  /** A clip larger than this is refused, declared or counted. */
  maxClipBytes: number;
  /** One deadline for the whole download, however the bytes trickle in. */
  downloadTimeoutMs: number;
}

/** How often a running download looks whether its clip is still wanted (cancelled, deleted). */
const WANTED_CHECK_MS = 1000;

const mib = (bytes: number) => Math.max(1, Math.round(bytes / 2 ** 20));
const span = (ms: number) =>
  ms >= 120_000
    ? msg('error.download.minutes', { count: Math.round(ms / 60_000) })
    : msg('error.download.seconds', { count: Math.max(1, Math.round(ms / 1000)) });

/** Over MAX_CLIP_BYTES: not retried, the same video would be as big again. */
export function clipTooLarge(maxBytes: number, detail: string): ReelbotError {
  return new ReelbotError(ErrorCode.DownloadFailed, msg('error.download.tooLarge', { mib: mib(maxBytes) }), {
    message: `clip over ${maxBytes} bytes: ${detail}`,
  });
}

/** Past DOWNLOAD_TIMEOUT_MS: not retried, a retry would hold a worker as long again. */
function downloadTooSlow(timeoutMs: number): ReelbotError {
  return new ReelbotError(
    ErrorCode.DownloadFailed,
    msg('error.download.tooSlow', { span: span(timeoutMs) }),
    { message: `download not finished within ${timeoutMs} ms` },
  );
}

const noLongerWanted = () =>
  new ReelbotError(ErrorCode.Cancelled, msg('error.download.cancelled'), {
    message: 'download stopped: the clip is no longer wanted',
  });

/** The promise, or the signal's reason as soon as it aborts (whichever comes first). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The body, counted: it ends with clipTooLarge past `maxBytes`, and with the signal's reason the
 * moment the signal aborts, even while the provider's stream is stuck waiting for its next byte
 * (the provider is told through the same signal, but a worker slot must not depend on that).
 */
async function* bounded(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  let bytes = 0;
  try {
    for (;;) {
      const next = await untilAborted(chunks.next(), signal);
      if (next.done) return;
      bytes += next.value.byteLength;
      if (bytes > maxBytes) throw clipTooLarge(maxBytes, `${bytes} bytes arrived`);
      yield next.value;
    }
  } finally {
    // Not awaited: with a read still pending, an async generator's return() waits for it.
    Promise.resolve(chunks.return?.()).catch(() => {});
  }
}

export interface ClipDownload {
  provider: VideoProvider;
  providerJobId: string;
  clipId: string;
  media: MediaTool;
  limits: DownloadLimits;
  /** False once the clip is cancelled or deleted: the download stops. */
  stillWanted(): Promise<boolean>;
}

/**
 * Download a finished clip to a local file and check it is a real video, within the byte cap
 * and one overall deadline, stopping when the clip is cancelled. Whatever goes wrong, no file
 * is left behind: over the cap, past the deadline, cancelled or refused as not a video.
 */
export async function downloadClip(job: ClipDownload): Promise<{ path: string } & CheckedVideo> {
  const { maxClipBytes, downloadTimeoutMs } = job.limits;
  const abort = new AbortController();
  const deadline = setTimeout(() => abort.abort(downloadTooSlow(downloadTimeoutMs)), downloadTimeoutMs);
  const watch = setInterval(() => {
    job.stillWanted().then(
      (wanted) => {
        if (!wanted) abort.abort(noLongerWanted());
      },
      () => {}, // a store hiccup is no reason to stop; the next look decides
    );
  }, WANTED_CHECK_MS);
  let path: string | undefined;
  try {
    const starting = job.provider.download(job.providerJobId, {
      signal: abort.signal,
      maxBytes: maxClipBytes,
    });
    // A stream that arrives after we gave up is closed, not left holding a connection.
    starting.then(
      (body) => {
        if (abort.signal.aborted) Promise.resolve(body[Symbol.asyncIterator]().return?.()).catch(() => {});
      },
      () => {},
    );
    const body = await untilAborted(starting, abort.signal);
    path = await job.media.save(job.clipId, bounded(body, maxClipBytes, abort.signal));
    const { info, thumbnail } = await job.media.check(path);
    return { path, info, ...(thumbnail ? { thumbnail } : {}) };
  } catch (error) {
    if (path) await job.media.remove(path);
    throw abort.signal.aborted ? abort.signal.reason : error;
  } finally {
    clearTimeout(deadline);
    clearInterval(watch);
  }
}
