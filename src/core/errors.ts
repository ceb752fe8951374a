import { type Message, msg } from './i18n/message.ts';
import { english, render, type Translate } from './i18n/translator.ts';

/**
 * The one error hierarchy. Every failure a member or operator can see carries a stable `code`
 * (match on it, never on message text) and a sentence a member can act on: `text`, a catalog
 * message shown in the reader's language (`sentenceFor`), and `userMessage`, the same in English.
 * Log lines use `message`.
 */
export const ErrorCode = {
  InvalidInput: 'INVALID_INPUT',
  ConfigInvalid: 'CONFIG_INVALID',
  NotFound: 'NOT_FOUND',
  Forbidden: 'FORBIDDEN',
  Conflict: 'CONFLICT',
  ModerationBlocked: 'MODERATION_BLOCKED',
  ProviderRejected: 'PROVIDER_REJECTED',
  ProviderRateLimited: 'PROVIDER_RATE_LIMITED',
  ProviderUnavailable: 'PROVIDER_UNAVAILABLE',
  ProviderAuth: 'PROVIDER_AUTH',
  ModelNotFound: 'MODEL_NOT_FOUND',
  RenderFailed: 'RENDER_FAILED',
  RenderTimedOut: 'RENDER_TIMED_OUT',
  DownloadFailed: 'DOWNLOAD_FAILED',
  /** What the provider sent is not a playable MP4 video (an error page, a playlist): never posted. */
  InvalidVideo: 'INVALID_VIDEO',
  TooLarge: 'TOO_LARGE',
  DeliveryFailed: 'DELIVERY_FAILED',
  Cancelled: 'CANCELLED',
  /** A budget or cap would be passed; the sentence names it and when it resets. */
  BudgetExceeded: 'BUDGET_EXCEEDED',
  /** Too many commands or buttons from one member in a minute. */
  RateLimited: 'RATE_LIMITED',
  /** The prompt names a member who has not opted in to being named. */
  ConsentRequired: 'CONSENT_REQUIRED',
  /** A file given as a picture is not a JPEG, PNG or WebP by its bytes (a PDF, a page, a polyglot). */
  InvalidImage: 'INVALID_IMAGE',
  /** A picture over the intake limit (bytes or pixels). */
  ImageTooLarge: 'IMAGE_TOO_LARGE',
  /** A member already has the most cast pictures a member may keep. */
  CastFull: 'CAST_FULL',
  /** A cast handle another member of the workspace already uses. */
  HandleTaken: 'HANDLE_TAKEN',
  /** A prompt names a cast member but no configured model takes reference images. */
  ReferencesUnsupported: 'REFERENCES_UNSUPPORTED',
  /** The worker's media directory has no room for the clip: retried later, then refunded. */
  DiskFull: 'DISK_FULL',
  /** This process cannot serve the request now (Redis away, too many open streams); try shortly. */
  Unavailable: 'UNAVAILABLE',
  /** The video a story or extension continues from is no longer available (deleted, expired). */
  SourceGone: 'SOURCE_GONE',
  Internal: 'INTERNAL',
  /** An ffmpeg run on a clip passed the time limit its input allows (src/media/time-limits.ts): killed, retried. */
  MediaTimedOut: 'MEDIA_TIMED_OUT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ReelbotErrorOptions {
  /** What went wrong underneath (logged, never shown). */
  cause?: unknown;
  /** True when the same call may succeed later (429, 5xx, network). */
  retryable?: boolean;
  /** The wait the upstream asked for, when it said (Retry-After). */
  retryAfterMs?: number;
  /** The input field at fault, for validation errors. */
  field?: string;
}

/** Base of every error reelbot raises on purpose. */
export class ReelbotError extends Error {
  readonly code: ErrorCode;
  /** The member-facing sentence in English (the source language). */
  readonly userMessage: string;
  /** The member-facing sentence as a catalog message; a plain string is outside text shown as it is. */
  readonly text: Message | string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly field: string | undefined;

  constructor(
    code: ErrorCode,
    text: Message | string,
    options: ReelbotErrorOptions & { message?: string } = {},
  ) {
    const userMessage = english(text);
    super(options.message ?? userMessage, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.text = text;
    this.userMessage = userMessage;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.field = options.field;
  }
}

/** Bad input from a member: refused before anything is queued or spent. */
export class ValidationError extends ReelbotError {
  constructor(text: Message | string, field?: string) {
    super(ErrorCode.InvalidInput, text, field === undefined ? {} : { field });
  }
}

/** A failure reported by (or while talking to) a video provider. */
export class ProviderError extends ReelbotError {}

/** A setting that cannot be used; start-up stops with this message. */
export class ConfigError extends ReelbotError {
  constructor(message: string) {
    super(ErrorCode.ConfigInvalid, message);
  }
}

/** An error's member-facing sentence in the reader's language. */
export function sentenceFor(error: ReelbotError, t: Translate): string {
  return render(t, error.text);
}

/** Anything thrown, as a ReelbotError, so callers deal with one shape. */
export function asReelbotError(error: unknown): ReelbotError {
  if (error instanceof ReelbotError) return error;
  return new ReelbotError(ErrorCode.Internal, msg('error.internal'), {
    cause: error,
    message: error instanceof Error ? error.message : String(error),
    retryable: true,
  });
}
