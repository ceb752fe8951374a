import { ErrorCode, ProviderError } from '../../core/errors.ts';
import { PROVIDER_MESSAGES } from './messages.ts';

/**
 * The most a provider's non-video answer (a create, status, result or error body) may hold. The
 * largest such answer is a few KiB: an OpenAI video object (the `Video` schema,
 * https://platform.openai.com/docs/api-reference/videos/object), a fal queue status with its
 * logs, a Runway task. 1 MiB is hundreds of times that, and still small enough that several
 * workers reading one each cannot run a machine out of memory; the SDKs buffer these bodies
 * whole (response.json()/text()), so without a cap a hostile provider decides how much we hold.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * The longest a non-video answer may take to arrive in full once its headers are in. The SDKs'
 * own timeouts end when the headers arrive (openai-node src/client.ts, `fetchWithTimeout`, clears
 * its timer in a `finally` once fetch resolves; @runwayml/sdk is generated the same way), so a
 * body that trickles a byte at a time would otherwise hold a poll for ever.
 */
export const ANSWER_BODY_TIMEOUT_MS = 60_000;

export interface AnswerLimits {
  /** Bytes a non-video answer may hold (default MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /** How long its body may take once the headers are in (default ANSWER_BODY_TIMEOUT_MS). */
  answerTimeoutMs?: number;
}

/** An answer we stopped reading: malformed like any other unreadable answer, so retried, then refunded. */
function unreadable(message: string): ProviderError {
  return new ProviderError(ErrorCode.ProviderUnavailable, PROVIDER_MESSAGES.unavailable, {
    message,
    retryable: true,
  });
}

const mediaTypeOf = (headers: Headers, name: string) => (headers.get(name) ?? '').toLowerCase();

/**
 * Whether an answer is one the cap applies to: every answer to a request that asked for JSON
 * (all three SDKs send `Accept: application/json` on their API calls, whatever the answer then
 * claims to be), and every JSON or text answer. Only a request that did not ask for JSON (a video
 * download: openai-node's downloadContent sends `Accept: application/binary`, a signed URL is
 * fetched with no Accept) answered with anything else is left alone: those are bounded by
 * MAX_CLIP_BYTES where they are read (src/core/render/download.ts, stream.ts).
 */
export function isBoundedAnswer(request: Headers, response: Headers): boolean {
  if (mediaTypeOf(request, 'accept').includes('json')) return true;
  const type = mediaTypeOf(response, 'content-type');
  return type.includes('json') || type.startsWith('text/');
}

/**
 * `response` with its body capped at `maxAnswerBytes` and `answerTimeoutMs`: a Content-Length
 * over the cap is refused before a byte is read; otherwise bytes are counted as they arrive and
 * reading stops at the first chunk past the cap or at the deadline. Either way the connection is
 * dropped (the source is cancelled) and whoever reads the body (the SDK's response.json())
 * gets a retryable PROVIDER_UNAVAILABLE. `label` names the answer in that error (host, no path).
 */
export function boundAnswer(response: Response, label: string, limits: AnswerLimits = {}): Response {
  const source = response.body;
  if (!source) return response;
  const maxBytes = limits.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  const timeoutMs = limits.answerTimeoutMs ?? ANSWER_BODY_TIMEOUT_MS;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  let refusal: ProviderError | undefined;
  if (Number.isFinite(declared) && declared > maxBytes) {
    refusal = unreadable(`${label} declared a ${declared}-byte answer, over the ${maxBytes}-byte cap`);
    void source.cancel().catch(() => {});
  }
  const reader = refusal ? undefined : source.getReader();
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;
  // Set once the body errored or closed: a read still pending at the deadline comes back after.
  let ended = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (refusal) return controller.error(refusal);
      timer = setTimeout(() => {
        ended = true;
        controller.error(unreadable(`${label} answer not complete within ${timeoutMs} ms`));
        void reader?.cancel().catch(() => {});
      }, timeoutMs);
      // Nobody may be waiting on this timer but an unread body; it must not keep the process up.
      timer.unref();
    },
    async pull(controller) {
      let next: Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;
      try {
        next = await reader!.read();
      } catch (error) {
        clearTimeout(timer);
        if (ended) return;
        throw error;
      }
      if (ended) return;
      if (next.done) {
        ended = true;
        clearTimeout(timer);
        return controller.close();
      }
      bytes += next.value.byteLength;
      if (bytes > maxBytes) {
        ended = true;
        clearTimeout(timer);
        void reader!.cancel().catch(() => {});
        return controller.error(unreadable(`${label} answer passed the ${maxBytes}-byte cap`));
      }
      controller.enqueue(next.value);
    },
    cancel(reason) {
      ended = true;
      clearTimeout(timer);
      return reader?.cancel(reason);
    },
  });
  const bounded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A new Response has no url; the SDKs name it in errors, so keep the original's.
  Object.defineProperty(bounded, 'url', { value: response.url });
  return bounded;
}
