import type { ProviderCapabilities } from '../capabilities.ts';
import type { ClipFailure } from '../clip/clip.ts';

/** What a provider is asked to render. */
export interface RenderRequest {
  prompt: string;
  model: string;
  durationS: number;
  size: string;
  referenceImageUrl?: string;
  /** A picture the video starts from, sent inside the request (an upload or a data URI, never a link). */
  firstFrame?: { bytes: Uint8Array; mimeType: 'image/png' | 'image/jpeg' };
  /** Same key, same video: lets a provider that honours it drop a repeated create. */
  idempotencyKey: string;
}

/** A provider's answer to "how is it going?", in the port's vocabulary. */
export interface RenderStatus {
  state: 'queued' | 'rendering' | 'completed' | 'failed';
  /** 0..100 where the provider reports it. */
  progress?: number;
  /** Position in the provider's own queue, where reported (fal). */
  queuePosition?: number;
  failure?: ClipFailure;
  /** A hint from the provider on when to ask again. */
  pollAfterMs?: number;
}

/** Bounds on one download, enforced by the provider where it can (and by the core regardless). */
export interface DownloadOptions {
  /** Aborted when the download's deadline passes or its clip is cancelled: stop reading. */
  signal?: AbortSignal;
  /** Refuse a body larger than this, by its Content-Length before reading and by counting. */
  maxBytes?: number;
}

/** A video API. Failures throw ProviderError with a stable code. */
export interface VideoProvider {
  /** The provider's name in config and logs, e.g. `openai`. */
  readonly name: string;
  /** Models, durations, sizes and prices this provider offers. */
  capabilities(): ProviderCapabilities;
  /** Stream the finished MP4. */
  download(providerJobId: string, options?: DownloadOptions): Promise<AsyncIterable<Uint8Array>>;
  /**
   * Continue a finished video where the model can do it itself; returns the new job id, whose
   * result is the whole video (the original and its continuation, joined by the provider).
   */
  extend?(
    providerJobId: string,
    request: { prompt: string; durationS: number; idempotencyKey: string },
  ): Promise<string>;
  /** Start a remix of a finished video, where the model can; returns the new job id. */
  remix?(providerJobId: string, prompt: string, idempotencyKey: string): Promise<string>;
  /** Ask how a render is going. */
  status(providerJobId: string): Promise<RenderStatus>;
  /**
   * Set when the provider tells of finished renders by signed webhook: status checks are then
   * only a safety net for a lost webhook, at most one per this many ms (POLL_MAX_MS does not cap
   * it), and a signed completion is trusted without another status call.
   */
  readonly webhookFallbackMs?: number;
  /** Start a render exactly once (no automatic retries); returns the provider's job id. */
  submit(request: RenderRequest): Promise<string>;
}
