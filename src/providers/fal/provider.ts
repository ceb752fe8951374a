import type { FalClient } from '@fal-ai/client';
import type { ProviderCapabilities } from '../../core/capabilities.ts';
import { ConfigError, ErrorCode, ProviderError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import { type Logger, silentLogger } from '../../core/ports/logger.ts';
import type {
  DownloadOptions,
  RenderRequest,
  RenderStatus,
  VideoProvider,
} from '../../core/ports/video-provider.ts';
import { failureOf } from '../../core/render/final-failure.ts';
import { loggedFailure, mappedCall } from '../shared/call.ts';
import { pickModels } from '../shared/catalog.ts';
import { firstFrameDataUri } from '../shared/first-frame.ts';
import type { Operation } from '../shared/http-failure.ts';
import { PROVIDER_MESSAGES as MESSAGES } from '../shared/messages.ts';
import { makeRedactor, type Redact } from '../shared/redact.ts';
import { checkImageUrl, type GuardOptions } from '../shared/safe-fetch.ts';
import { streamFromUrl } from '../shared/stream.ts';
import { createClient, FAL_QUEUE_URL, FalCallError } from './client.ts';
import { falFailureOf, resultErrorKind, toFalError } from './errors.ts';
import { decodeJobId, encodeJobId } from './job-id.ts';
import { FAL_MODELS, type FalModel } from './models.ts';
import { webhookUrlFor } from './webhook.ts';

export interface FalProviderOptions {
  apiKey: string;
  /** Which catalog entries (text-to-video endpoint ids) to offer, in order; default all of FAL_MODELS. */
  endpoints?: readonly string[];
  /** Replaces https://queue.fal.run (tests: the simulator's `falUrl`). */
  baseUrl?: string;
  /** fal POSTs here when a request finishes (`?fal_webhook=`); polling stays the source of truth. */
  webhookUrl?: string;
  /** The provider's name in config and logs (default `fal`). */
  name?: string;
  logger?: Logger;
  /** Per-request wait for an answer (default 60 s). */
  timeoutMs?: number;
  /** A download that delivers no bytes for this long is abandoned (default 60 s). */
  downloadIdleMs?: number;
  /** Retries of a status or result read after a 5xx or network failure (default 2; reads are safe). */
  readRetries?: number;
}

/** A VideoProvider that can also ask fal to drop a request (PUT …/cancel). */
export interface FalProvider extends VideoProvider {
  /** Ask fal to cancel a request; a finished or unknown one is left as it is. */
  cancel(providerJobId: string): Promise<void>;
}

/**
 * The largest first frame sent inline to fal. fal states no data URI limit; this keeps the request
 * body (base64 adds a third) far below the sizes its own CDN upload exists for, and a 1080p PNG
 * frame is a few MB at most.
 */
const FAL_DATA_URI_MAX_BYTES = 8 * 1024 * 1024;

/** fal keys are `<key id>:<secret>`, a UUID and 32 hex characters. */
const FAL_KEY_SHAPE = {
  pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9a-f]{32}\b/gi,
  prefix: '',
};
/** Result URLs remembered so download() does not fetch the result a second time. */
const URL_CACHE_SIZE = 1000;

/**
 * fal's queue through the official client (@fal-ai/client's createFalClient). One adapter reaches
 * every family in FAL_MODELS by endpoint id. Submits go out exactly once (see client.ts for why
 * that takes more than `retry: {maxRetries: 0}`). fal has no idempotency header: the core persists
 * the job id before anything else, so the only window for a second purchase is a crash between
 * fal accepting a submit and that write. We still send `Idempotency-Key`: harmless, and the
 * simulator honours it.
 */
class FalVideoProvider implements FalProvider {
  readonly name: string;
  readonly #client: FalClient;
  readonly #models: readonly FalModel[];
  readonly #logger: Logger;
  readonly #redact: Redact;
  readonly #webhookUrl: string | undefined;
  readonly #timeoutMs: number;
  readonly #downloadIdleMs: number;
  readonly #readRetries: number;
  /** The configured queue origin is trusted; result URLs (fal's CDN) and redirects are checked. */
  readonly #guard: GuardOptions;
  readonly #videoUrls = new Map<string, string>();

  constructor(options: FalProviderOptions) {
    if (!options.apiKey) throw new ConfigError('The fal video provider needs an API key (FAL_KEY).');
    this.name = options.name ?? 'fal';
    this.#models = pickModels(FAL_MODELS, options.endpoints, 'fal');
    this.#logger = (options.logger ?? silentLogger).child({ provider: this.name });
    this.#redact = makeRedactor(options.apiKey, [FAL_KEY_SHAPE]);
    this.#webhookUrl = options.webhookUrl;
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#downloadIdleMs = options.downloadIdleMs ?? 60_000;
    this.#readRetries = options.readRetries ?? 2;
    this.#guard = { trustedOrigins: [options.baseUrl ?? FAL_QUEUE_URL] };
    this.#client = createClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, guard: this.#guard });
  }

  capabilities(): ProviderCapabilities {
    return { provider: this.name, models: this.#models.map((m) => m.capabilities) };
  }

  async submit(request: RenderRequest): Promise<string> {
    const model = this.#models.find((m) => m.capabilities.id === request.model);
    if (!model) {
      throw new ProviderError(
        ErrorCode.ProviderRejected,
        msg('error.provider.noSuchModel', { model: request.model }),
        { field: 'model', message: `${this.name} has no model ${request.model}` },
      );
    }
    const references = request.referenceImages ?? [];
    if (
      references.length > 0 &&
      (!model.referenceEndpoint || references.length > (model.capabilities.references ?? 0))
    ) {
      throw new ProviderError(
        ErrorCode.ProviderRejected,
        msg('error.provider.tooManyReferences', {
          model: model.capabilities.label,
          count: references.length,
        }),
        { field: 'model', message: `${this.name} ${request.model} takes no ${references.length} references` },
      );
    }
    if (references.length === 0 && request.referenceImageUrl && !request.firstFrame) {
      await checkImageUrl(request.referenceImageUrl, this.#guard);
    }
    // Pictures (a first frame, a member's likeness) travel inside the request as data URIs, never
    // as a URL of ours or an upload to fal's CDN: fal's docs say "Some models also accept data URIs
    // (data:image/png;base64,...)" (https://docs.fal.ai/documentation/model-apis/fal-cdn), and
    // @fal-ai/client passes strings through untouched (src/storage.ts transformInput uploads only
    // Blobs). UNCONFIRMED for the reference endpoint in particular; a refusal comes back as a 422
    // and the clip is refunded.
    const sent: RenderRequest = request.firstFrame
      ? {
          ...request,
          referenceImageUrl: firstFrameDataUri(request.firstFrame, {
            maxBytes: FAL_DATA_URI_MAX_BYTES,
            provider: this.name,
          }),
        }
      : request;
    const withImage = references.length === 0 && sent.referenceImageUrl !== undefined;
    const endpoint =
      references.length > 0
        ? model.referenceEndpoint!
        : withImage
          ? model.imageEndpoint
          : model.capabilities.id;
    const input =
      references.length > 0
        ? { ...model.input(sent, false), image_urls: references.map((r) => dataUri(r.bytes, r.mimeType)) }
        : model.input(sent, withImage);
    const queued = await this.#call('create', () =>
      this.#client.queue.submit(endpoint, {
        input,
        headers: { 'Idempotency-Key': request.idempotencyKey },
        ...(this.#webhookUrl ? { webhookUrl: webhookUrlFor(this.#webhookUrl, endpoint) } : {}),
        abortSignal: AbortSignal.timeout(this.#timeoutMs),
      }),
    );
    const requestId = (queued as { request_id?: unknown })?.request_id;
    if (typeof requestId !== 'string' || !requestId) {
      throw new ProviderError(ErrorCode.ProviderUnavailable, MESSAGES.unavailable, {
        message: `${this.name} submit to ${endpoint} answered without a request_id`,
        retryable: true,
      });
    }
    const jobId = encodeJobId(endpoint, requestId);
    this.#logger.debug(
      { providerJobId: jobId, size: request.size, durationS: request.durationS },
      'video submitted',
    );
    return jobId;
  }

  async status(providerJobId: string): Promise<RenderStatus> {
    const { endpoint, requestId } = decodeJobId(providerJobId);
    const status = await this.#read('retrieve', () =>
      this.#client.queue.status(endpoint, {
        requestId,
        logs: false,
        abortSignal: AbortSignal.timeout(this.#timeoutMs),
      }),
    );
    // Typed as three statuses; a wire value outside them must still end the job, not loop.
    const state: string = String((status as { status?: unknown } | undefined)?.status);
    switch (state) {
      case 'IN_QUEUE': {
        const position = Number((status as { queue_position?: unknown }).queue_position);
        return {
          state: 'queued',
          ...(Number.isInteger(position) && position >= 0 ? { queuePosition: position } : {}),
        };
      }
      case 'IN_PROGRESS':
        // fal reports no percentage (logs only, reference status table): no progress, no made-up ETA.
        return { state: 'rendering' };
      case 'COMPLETED':
        return this.#completed(providerJobId, endpoint, requestId);
      default:
        this.#logger.warn({ providerJobId, status: state.slice(0, 40) }, 'unknown fal status');
        return {
          state: 'failed',
          failure: failureOf(ErrorCode.RenderFailed, MESSAGES.unknownStatus),
        };
    }
  }

  async download(providerJobId: string, options: DownloadOptions = {}): Promise<AsyncIterable<Uint8Array>> {
    let url = this.#videoUrls.get(providerJobId);
    if (!url) {
      const { endpoint, requestId } = decodeJobId(providerJobId);
      const outcome = await this.#completed(providerJobId, endpoint, requestId);
      url = this.#videoUrls.get(providerJobId);
      if (!url) {
        throw new ProviderError(ErrorCode.DownloadFailed, MESSAGES.downloadFailed, {
          message: `${this.name} has no video for ${providerJobId} (${outcome.state})`,
          retryable: outcome.state !== 'failed',
        });
      }
    }
    // A broken download forgets the URL, so the retry asks fal for the result again.
    this.#videoUrls.delete(providerJobId);
    const chunks = await streamFromUrl(url, {
      timeoutMs: this.#timeoutMs,
      idleMs: this.#downloadIdleMs,
      label: `${this.name} download of ${providerJobId}`,
      redact: this.#redact,
      guard: this.#guard,
      signal: options.signal,
      maxBytes: options.maxBytes,
    });
    return chunks;
  }

  async cancel(providerJobId: string): Promise<void> {
    const { endpoint, requestId } = decodeJobId(providerJobId);
    try {
      await this.#client.queue.cancel(endpoint, {
        requestId,
        abortSignal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      // ALREADY_COMPLETED (400) and NOT_FOUND (404): nothing left to stop.
      if (error instanceof FalCallError && (error.status === 400 || error.status === 404)) return;
      throw toFalError(error, { provider: this.name, operation: 'cancel', redact: this.#redact });
    }
  }

  /** The status of a COMPLETED request, which only its result can tell (fal's Error Reference). */
  async #completed(jobId: string, endpoint: string, requestId: string): Promise<RenderStatus> {
    let data: unknown;
    try {
      ({ data } = await this.#attempts(
        'result',
        () =>
          this.#client.queue.result(endpoint, {
            requestId,
            abortSignal: AbortSignal.timeout(this.#timeoutMs),
          }),
        (error) => resultErrorKind(error) === 'call',
      ));
    } catch (error) {
      const kind = resultErrorKind(error);
      if (kind === 'pending') return { state: 'rendering' };
      if (kind === 'call' || !(error instanceof FalCallError)) throw this.#mapped('result', error);
      const failure = falFailureOf(error, this.#redact);
      this.#logger.info(
        { providerJobId: jobId, status: error.status, code: failure.code },
        'fal reports the render failed',
      );
      return { state: 'failed', failure };
    }
    const url = (data as { video?: { url?: unknown } } | undefined)?.video?.url;
    if (typeof url !== 'string' || !url) {
      return { state: 'failed', failure: failureOf(ErrorCode.RenderFailed, MESSAGES.renderFailed) };
    }
    this.#remember(jobId, url);
    return { state: 'completed', progress: 100 };
  }

  #remember(jobId: string, url: string): void {
    this.#videoUrls.delete(jobId);
    this.#videoUrls.set(jobId, url);
    if (this.#videoUrls.size > URL_CACHE_SIZE) this.#videoUrls.delete(this.#videoUrls.keys().next().value!);
  }

  /** A read, mapped to a ProviderError when it fails for good. */
  async #read<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    try {
      return await this.#attempts(operation, run, () => true);
    } catch (error) {
      throw this.#mapped(operation, error);
    }
  }

  /**
   * Run a read, again after a 5xx or network failure (reads are safe to repeat), at most
   * `readRetries` more times, 200 ms then 400 ms apart; `worthRetrying` narrows which failures.
   * Rate limits are not retried here: the job queue waits out the Retry-After instead.
   */
  async #attempts<T>(
    operation: Operation,
    run: () => Promise<T>,
    worthRetrying: (error: unknown) => boolean,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const code = toFalError(error, { provider: this.name, operation, redact: this.#redact }).code;
        if (code !== ErrorCode.ProviderUnavailable || attempt >= this.#readRetries || !worthRetrying(error))
          throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  #call<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    return mappedCall(operation, run, (error) => this.#toError(operation, error), this.#logger);
  }

  #mapped(operation: Operation, error: unknown): Error {
    return loggedFailure(this.#logger, operation, this.#toError(operation, error));
  }

  #toError(operation: Operation, error: unknown) {
    return toFalError(error, { provider: this.name, operation, redact: this.#redact });
  }
}

export function createFalProvider(options: FalProviderOptions): FalProvider {
  return new FalVideoProvider(options);
}

/** An inline `data:` URI for a picture sent inside a request. */
function dataUri(bytes: Uint8Array, mimeType: string): string {
  return `data:${mimeType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}
