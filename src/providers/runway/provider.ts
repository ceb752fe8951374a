import RunwayML from '@runwayml/sdk';
import type { ImageToVideoCreateParams, TextToVideoCreateParams } from '@runwayml/sdk/resources';
import type { TaskRetrieveResponse } from '@runwayml/sdk/resources/tasks';
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
import { mappedCall } from '../shared/call.ts';
import { pickModels } from '../shared/catalog.ts';
import type { Operation } from '../shared/http-failure.ts';
import { PROVIDER_MESSAGES as MESSAGES } from '../shared/messages.ts';
import { makeRedactor, type Redact } from '../shared/redact.ts';
import { checkImageUrl, createGuardedFetch, type GuardOptions } from '../shared/safe-fetch.ts';
import { streamFromUrl } from '../shared/stream.ts';
import { taskFailureOf, toRunwayError } from './errors.ts';
import { createParamsFor, RUNWAY_MODELS, type RunwayModel } from './models.ts';

export interface RunwayProviderOptions {
  apiKey: string;
  /** Which models to offer (RUNWAY_MODELS ids), in order; default all of them. */
  models?: readonly string[];
  /** Replaces https://api.dev.runwayml.com (tests: the simulator's `runwayUrl`). */
  baseUrl?: string;
  /** The provider's name in config and logs (default `runway`). */
  name?: string;
  logger?: Logger;
  /** Per-request timeout until response headers arrive (default 60 s). */
  timeoutMs?: number;
  /** A download that delivers no bytes for this long is abandoned (default 60 s). */
  downloadIdleMs?: number;
  /** SDK retries for task reads, which are safe to repeat (default 2). */
  readRetries?: number;
}

/** A VideoProvider that can also cancel a task (DELETE /v1/tasks/{id}). */
export interface RunwayProvider extends VideoProvider {
  /** Cancel a pending or running task; a finished or unknown one is left as it is. */
  cancel(providerJobId: string): Promise<void>;
}

const DEFAULT_BASE_URL = 'https://api.dev.runwayml.com';
/** The API version the SDK 4.x is generated for, sent as X-Runway-Version (its src/client.ts). */
const RUNWAY_VERSION = '2024-11-06';
/** "A non-empty string up to 1000 characters (measured in UTF-16 code units)" (the SDK's doc). */
const MAX_PROMPT = 1000;
/** tasks.retrieve: "should not expect updates more frequent than once every five seconds". */
const POLL_AFTER_MS = 5000;
const URL_CACHE_SIZE = 1000;
/** Runway API keys start `key_` (UNCONFIRMED beyond the prefix). */
const RUNWAY_KEY_SHAPE = { pattern: /\bkey_[A-Za-z0-9]{16,}/g, prefix: 'key_' };

/**
 * Runway's task API through the official SDK (@runwayml/sdk). Creates go out exactly once
 * (`maxRetries: 0` per call: a retried POST may buy a second video). Runway has no idempotency
 * header: the core persists the task id before anything else, so the only window for a second
 * purchase is a crash between Runway accepting and that write. We still send `Idempotency-Key`:
 * harmless, and the simulator honours it. Never `waitForTaskOutput`: it polls inside one process,
 * and a restart would lose the task; the core polls `status` instead.
 */
class RunwayVideoProvider implements RunwayProvider {
  readonly name: string;
  readonly #client: RunwayML;
  readonly #models: readonly RunwayModel[];
  readonly #logger: Logger;
  readonly #redact: Redact;
  readonly #timeoutMs: number;
  readonly #downloadIdleMs: number;
  /** The configured API origin is trusted; output URLs and redirects elsewhere are checked. */
  readonly #guard: GuardOptions;
  readonly #outputs = new Map<string, string>();

  constructor(options: RunwayProviderOptions) {
    if (!options.apiKey)
      throw new ConfigError('The Runway video provider needs an API key (RUNWAYML_API_SECRET).');
    this.name = options.name ?? 'runway';
    this.#models = pickModels(RUNWAY_MODELS, options.models, 'Runway');
    this.#logger = (options.logger ?? silentLogger).child({ provider: this.name });
    this.#redact = makeRedactor(options.apiKey, [RUNWAY_KEY_SHAPE]);
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#downloadIdleMs = options.downloadIdleMs ?? 60_000;
    // Everything explicit: the SDK would otherwise read RUNWAYML_* variables itself, and only
    // config.ts may read the environment. logLevel 'off' keeps RUNWAYML_LOG=debug from dumping requests.
    this.#guard = { trustedOrigins: [options.baseUrl ?? DEFAULT_BASE_URL] };
    this.#client = new RunwayML({
      apiKey: options.apiKey,
      baseURL: options.baseUrl ?? DEFAULT_BASE_URL,
      fetch: createGuardedFetch(this.#guard),
      runwayVersion: RUNWAY_VERSION,
      timeout: this.#timeoutMs,
      maxRetries: options.readRetries ?? 2,
      logLevel: 'off',
    });
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
        {
          field: 'model',
          message: `${this.name} has no model ${request.model}`,
        },
      );
    }
    if (request.prompt.length > MAX_PROMPT) {
      // Refused here rather than by a paid round trip; `length` counts UTF-16 units, as Runway does.
      throw new ProviderError(
        ErrorCode.ProviderRejected,
        msg('error.provider.promptTooLong', {
          model: model.capabilities.label,
          max: MAX_PROMPT,
          length: request.prompt.length,
        }),
        { field: 'prompt', message: `${this.name} prompt too long (${request.prompt.length})` },
      );
    }
    // A first frame goes inline (a data URI), so only a member's link is checked.
    if (request.referenceImageUrl && !request.firstFrame) {
      await checkImageUrl(request.referenceImageUrl, this.#guard);
    }
    const { endpoint, body } = createParamsFor(model, request);
    const options = { maxRetries: 0, headers: { 'Idempotency-Key': request.idempotencyKey } };
    const task = await this.#call('create', async () =>
      endpoint === 'image'
        ? await this.#client.imageToVideo.create(body as unknown as ImageToVideoCreateParams, options)
        : await this.#client.textToVideo.create(body as unknown as TextToVideoCreateParams, options),
    );
    if (typeof task?.id !== 'string' || !task.id) {
      throw new ProviderError(ErrorCode.ProviderUnavailable, MESSAGES.unavailable, {
        message: `${this.name} create answered without a task id`,
        retryable: true,
      });
    }
    this.#logger.debug(
      { providerJobId: task.id, model: request.model, size: request.size },
      'video submitted',
    );
    return task.id;
  }

  async status(providerJobId: string): Promise<RenderStatus> {
    const task = await this.#call('retrieve', async () => await this.#client.tasks.retrieve(providerJobId));
    return this.#statusOf(task, providerJobId);
  }

  async download(providerJobId: string, options: DownloadOptions = {}): Promise<AsyncIterable<Uint8Array>> {
    let url = this.#outputs.get(providerJobId);
    if (!url) {
      const status = await this.status(providerJobId);
      url = this.#outputs.get(providerJobId);
      if (!url) {
        throw new ProviderError(ErrorCode.DownloadFailed, MESSAGES.downloadFailed, {
          message: `${this.name} task ${providerJobId} has no output (${status.state})`,
          retryable: status.state !== 'failed',
        });
      }
    }
    // Output URLs are signed and expire (24-48 h, the SDK's tasks.ts): a retry asks for a fresh one.
    this.#outputs.delete(providerJobId);
    return streamFromUrl(url, {
      timeoutMs: this.#timeoutMs,
      idleMs: this.#downloadIdleMs,
      label: `${this.name} download of ${providerJobId}`,
      redact: this.#redact,
      guard: this.#guard,
      signal: options.signal,
      maxBytes: options.maxBytes,
    });
  }

  async cancel(providerJobId: string): Promise<void> {
    try {
      await this.#client.tasks.delete(providerJobId);
    } catch (error) {
      const mapped = toRunwayError(error, { provider: this.name, operation: 'cancel', redact: this.#redact });
      if (mapped.code !== ErrorCode.NotFound) throw mapped;
    }
  }

  #statusOf(task: TaskRetrieveResponse, providerJobId: string): RenderStatus {
    const status = String((task as { status?: unknown }).status);
    switch (status) {
      case 'PENDING':
      case 'THROTTLED':
        // THROTTLED: over the organisation's concurrency, queued rather than refused (runwayml/skills).
        return { state: 'queued', pollAfterMs: POLL_AFTER_MS };
      case 'RUNNING': {
        const raw = Number((task as { progress?: unknown }).progress);
        if (!Number.isFinite(raw)) return { state: 'rendering', pollAfterMs: POLL_AFTER_MS };
        // Typed as a number (the SDK's tasks.ts), probably 0..1 (UNCONFIRMED): read either scale.
        const percent = raw <= 1 ? raw * 100 : raw;
        return {
          state: 'rendering',
          progress: Math.max(0, Math.min(100, Math.round(percent))),
          pollAfterMs: POLL_AFTER_MS,
        };
      }
      case 'SUCCEEDED': {
        const url = (task as { output?: unknown }).output;
        const first = Array.isArray(url) ? url[0] : undefined;
        if (typeof first !== 'string' || !first) {
          return {
            state: 'failed',
            failure: failureOf(ErrorCode.RenderFailed, MESSAGES.renderFailed),
          };
        }
        this.#remember(providerJobId, first);
        return { state: 'completed', progress: 100 };
      }
      case 'FAILED': {
        const { failure, failureCode } = task as { failure?: unknown; failureCode?: unknown };
        const mapped = taskFailureOf(failure, failureCode, this.#redact);
        this.#logger.info(
          { providerJobId, failureCode: String(failureCode ?? '') },
          'runway reports the task failed',
        );
        return { state: 'failed', failure: mapped };
      }
      case 'CANCELLED':
        return { state: 'failed', failure: failureOf(ErrorCode.Cancelled, MESSAGES.cancelled) };
      default:
        this.#logger.warn({ providerJobId, status: status.slice(0, 40) }, 'unknown runway task status');
        return {
          state: 'failed',
          failure: failureOf(ErrorCode.RenderFailed, MESSAGES.unknownStatus),
        };
    }
  }

  #remember(providerJobId: string, url: string): void {
    this.#outputs.delete(providerJobId);
    this.#outputs.set(providerJobId, url);
    if (this.#outputs.size > URL_CACHE_SIZE) this.#outputs.delete(this.#outputs.keys().next().value!);
  }

  #call<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
    const context = { provider: this.name, operation, redact: this.#redact };
    return mappedCall(operation, run, (error) => toRunwayError(error, context), this.#logger);
  }
}

export function createRunwayProvider(options: RunwayProviderOptions): RunwayProvider {
  return new RunwayVideoProvider(options);
}
