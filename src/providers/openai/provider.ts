import OpenAI, { toFile } from 'openai';
import type { Video, VideoCreateParams, VideoExtendParams } from 'openai/resources/videos';
import type { ModelCapabilities, ProviderCapabilities } from '../../core/capabilities.ts';
import { ConfigError, ErrorCode, ProviderError } from '../../core/errors.ts';
import { type Logger, silentLogger } from '../../core/ports/logger.ts';
import type {
  DownloadOptions,
  RenderRequest,
  RenderStatus,
  VideoProvider,
} from '../../core/ports/video-provider.ts';
import { mappedCall } from '../shared/call.ts';
import { checkImageUrl, createGuardedFetch } from '../shared/safe-fetch.ts';
import { refuseDeclaredSize, watchedChunks } from '../shared/stream.ts';
import { MESSAGES, makeRedactor, type Operation, type Redact, toProviderError } from './errors.ts';
import { SORA_MODELS } from './models.ts';
import { toRenderStatus } from './status.ts';

export interface OpenAIProviderOptions {
  apiKey: string;
  /** Any gateway that serves /v1/videos (default https://api.openai.com/v1). */
  baseURL?: string;
  /** The models this endpoint serves (default: Sora 2 and Sora 2 Pro). */
  models?: readonly ModelCapabilities[];
  /** The provider's name in config and logs (default `openai`). */
  name?: string;
  logger?: Logger;
  /** Per-request timeout until response headers arrive (default 60 s). */
  timeoutMs?: number;
  /** A download that delivers no bytes for this long is abandoned (default 60 s). */
  downloadIdleMs?: number;
  /** SDK retries for reads (status, download), which are safe to repeat (default 2). */
  readRetries?: number;
  /**
   * The project sends signed `video.completed` / `video.failed` webhooks to this bot (OpenAI
   * webhooks guide), so status calls are only a safety net, at most one per this many ms (VideoProvider).
   * Unset: adaptive polling alone.
   */
  webhookFallbackMs?: number;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * The OpenAI Videos API (and gateways that speak it) through the official SDK's `client.videos`.
 * Creates and remixes go out exactly once (SDK retries off): a retried POST may buy a second video
 * (openai-node src/client.ts), so retrying is the job queue's decision, with the same Idempotency-Key.
 */
class OpenAIVideoProvider implements VideoProvider {
  readonly name: string;
  readonly #client: OpenAI;
  readonly #models: readonly ModelCapabilities[];
  readonly #logger: Logger;
  readonly #redact: Redact;
  readonly #readRetries: number;
  readonly #downloadIdleMs: number;
  readonly #baseURL: string;
  readonly webhookFallbackMs?: number;

  constructor(options: OpenAIProviderOptions) {
    if (!options.apiKey) throw new ConfigError('The OpenAI-compatible video provider needs an API key.');
    this.name = options.name ?? 'openai';
    this.#models = options.models ?? SORA_MODELS;
    this.#logger = (options.logger ?? silentLogger).child({ provider: this.name });
    this.#redact = makeRedactor(options.apiKey);
    this.#readRetries = options.readRetries ?? 2;
    this.#downloadIdleMs = options.downloadIdleMs ?? 60_000;
    if (options.webhookFallbackMs !== undefined) this.webhookFallbackMs = options.webhookFallbackMs;
    this.#baseURL = options.baseURL ?? DEFAULT_BASE_URL;
    // Everything explicit: the SDK would otherwise read OPENAI_* variables itself, and only
    // config.ts may read the environment. logLevel 'off' keeps OPENAI_LOG=debug from dumping requests.
    this.#client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: this.#baseURL,
      // Redirects the endpoint answers with (the content download's, say) are followed only to
      // public addresses, without our key (safe-fetch.ts): the endpoint itself is trusted.
      fetch: createGuardedFetch({ trustedOrigins: [this.#baseURL] }),
      adminAPIKey: null,
      organization: null,
      project: null,
      webhookSecret: null,
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: this.#readRetries,
      logLevel: 'off',
    });
  }

  capabilities(): ProviderCapabilities {
    return { provider: this.name, models: this.#models };
  }

  async submit(request: RenderRequest): Promise<string> {
    if (request.referenceImageUrl) {
      await checkImageUrl(request.referenceImageUrl, { trustedOrigins: [this.#baseURL] });
    }
    const body: VideoCreateParams = {
      model: request.model,
      prompt: request.prompt,
      // A string, never a number: the API answers 400 to `"seconds": 8` (THU-MAIC/OpenMAIC#98).
      seconds: String(request.durationS) as VideoCreateParams['seconds'],
      size: request.size as VideoCreateParams['size'],
      ...(request.referenceImageUrl ? { input_reference: { image_url: request.referenceImageUrl } } : {}),
      // The first frame goes up inside the request as a multipart file part, the SDK's documented
      // way to attach an image (openai-node src/resources/videos.ts, `input_reference?: Uploadable`;
      // toFile from src/core/uploads.ts), so no link to our machine is ever needed.
      ...(request.firstFrame
        ? {
            input_reference: await toFile(
              request.firstFrame.bytes,
              request.firstFrame.mimeType === 'image/png' ? 'first-frame.png' : 'first-frame.jpg',
              { type: request.firstFrame.mimeType },
            ),
          }
        : {}),
    };
    const video = await this.#call('create', () =>
      this.#client.videos.create(body, { maxRetries: 0, headers: this.#idempotency(request.idempotencyKey) }),
    );
    this.#logger.debug(
      { providerJobId: video.id, model: request.model, size: request.size, durationS: request.durationS },
      'video submitted',
    );
    return this.#idOf(video, 'create');
  }

  async remix(providerJobId: string, prompt: string, idempotencyKey: string): Promise<string> {
    const video = await this.#call('remix', () =>
      this.#client.videos.remix(
        providerJobId,
        { prompt },
        { maxRetries: 0, headers: this.#idempotency(idempotencyKey) },
      ),
    );
    this.#logger.debug({ providerJobId: video.id, remixOf: providerJobId }, 'remix submitted');
    return this.#idOf(video, 'remix');
  }

  /**
   * `videos.extend` (POST /videos/extensions, openai-node src/resources/videos.ts): the source by
   * `video: { id }`, `seconds` the length of the new segment; the returned video's `seconds` is
   * the stitched total ("For extensions, this is the stitched total duration",
   * https://developers.openai.com/api/reference/cli/resources/videos/methods/extend). Sent once,
   * like a create: a retried POST may buy a second extension.
   */
  async extend(
    providerJobId: string,
    request: { prompt: string; durationS: number; idempotencyKey: string },
  ): Promise<string> {
    const body: VideoExtendParams = {
      prompt: request.prompt,
      seconds: String(request.durationS) as VideoExtendParams['seconds'],
      video: { id: providerJobId },
    };
    const video = await this.#call('extend', () =>
      this.#client.videos.extend(body, { maxRetries: 0, headers: this.#idempotency(request.idempotencyKey) }),
    );
    this.#logger.debug({ providerJobId: video.id, extendOf: providerJobId }, 'extension submitted');
    return this.#idOf(video, 'extend');
  }

  async status(providerJobId: string): Promise<RenderStatus> {
    const { data, response } = await this.#call('retrieve', () =>
      this.#client.videos.retrieve(providerJobId).withResponse(),
    );
    const hint = Number.parseInt(response.headers.get('openai-poll-after-ms') ?? '', 10);
    const status = toRenderStatus(data, this.#redact, Number.isFinite(hint) && hint > 0 ? hint : undefined);
    if (
      status.state === 'failed' &&
      !['failed', 'cancelled', 'canceled', 'expired', 'error'].includes(data.status)
    ) {
      this.#logger.warn({ providerJobId, status: data.status }, 'unknown video status treated as failed');
    }
    return status;
  }

  async download(providerJobId: string, options: DownloadOptions = {}): Promise<AsyncIterable<Uint8Array>> {
    const abort = new AbortController();
    const signal = options.signal ? AbortSignal.any([abort.signal, options.signal]) : abort.signal;
    const watch = {
      idleMs: this.#downloadIdleMs,
      label: `${this.name} download of ${providerJobId}`,
      redact: this.#redact,
      signal: options.signal,
      maxBytes: options.maxBytes,
    };
    const response = await this.#call('download', () =>
      this.#client.videos.downloadContent(providerJobId, { variant: 'video' }, { signal }),
    );
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || type.includes('json')) {
      await response.body?.cancel();
      throw new ProviderError(ErrorCode.DownloadFailed, MESSAGES.downloadFailed, {
        message: `${this.name} download of ${providerJobId} returned ${type || 'no body'} instead of a video`,
        retryable: true,
      });
    }
    try {
      refuseDeclaredSize(response.headers, watch);
    } catch (error) {
      await response.body.cancel();
      throw error;
    }
    return watchedChunks(response.body, abort, watch);
  }

  #idempotency(key: string): Record<string, string> {
    // The SDK's `idempotencyKey` request option only sends a header when the client class sets
    // `idempotencyHeader`, which OpenAI's does not (client.ts), so set the header ourselves.
    return { 'Idempotency-Key': key };
  }

  #idOf(video: Video, operation: Operation): string {
    if (typeof video?.id === 'string' && video.id) return video.id;
    throw new ProviderError(ErrorCode.ProviderUnavailable, MESSAGES.unavailable, {
      message: `${this.name} ${operation} answered without a video id`,
      retryable: true,
    });
  }

  #call<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    const context = { provider: this.name, operation, redact: this.#redact };
    return mappedCall(operation, run, (error) => toProviderError(error, context), this.#logger);
  }
}

export function createOpenAIProvider(options: OpenAIProviderOptions): VideoProvider {
  return new OpenAIVideoProvider(options);
}
