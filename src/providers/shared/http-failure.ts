import { ErrorCode, ProviderError, ReelbotError } from '../../core/errors.ts';
import { type Message, msg } from '../../core/i18n/message.ts';
import { PROVIDER_MESSAGES as MESSAGES } from './messages.ts';
import { type Redact, reasonOf, safeCause } from './redact.ts';
import { retryAfterFrom } from './retry-after.ts';
import { unsafeUrlFailure, unsafeUrlIn } from './safe-fetch.ts';

/** The provider calls whose failures are mapped (named in log lines). */
export type Operation = 'create' | 'retrieve' | 'result' | 'download' | 'remix' | 'extend' | 'cancel';

/** A failed call, reduced to what decides its code: each adapter fills this from its SDK's error. */
export interface HttpFailure {
  /** HTTP status; undefined when no response arrived (timeout, refused or reset connection). */
  status: number | undefined;
  /** The provider's own words about it (redacted before anyone sees them). */
  message: string;
  headers?: Headers | undefined;
  requestId?: string | null | undefined;
  /** The input field at fault, where the provider named it. */
  field?: string | undefined;
  /** The provider said this is about its content rules. */
  moderation?: boolean;
  /** A 404 that means the model or endpoint is gone (retired), not the job. */
  modelGone?: boolean;
  /** A 4xx that means the account is out of credit: waiting will not fix it, an admin must. */
  outOfCredit?: boolean;
}

export interface FailureContext {
  provider: string;
  operation: Operation;
  redact: Redact;
  /** The SDK error, already made safe to log (see safeCause). */
  cause: unknown;
  /** The log line's detail, already redacted. */
  detail: string;
}

/**
 * The one table from HTTP failure to stable code, shared by every provider adapter so the same
 * failure means the same thing whichever provider had it (issue 6): 401/403 PROVIDER_AUTH,
 * 429 PROVIDER_RATE_LIMITED (retryable, with the wait asked for), 5xx and network
 * PROVIDER_UNAVAILABLE (retryable), a retired model's 404 MODEL_NOT_FOUND, content rules
 * MODERATION_BLOCKED, bad parameters PROVIDER_REJECTED.
 */
export function providerErrorFor(failure: HttpFailure, context: FailureContext): ProviderError {
  const { provider, operation, redact, cause, detail } = context;
  const { status, requestId } = failure;
  const make = (
    code: ErrorCode,
    text: Message,
    extra: { retryable?: boolean; retryAfterMs?: number | undefined; field?: string | undefined } = {},
  ) =>
    new ProviderError(code, text, {
      cause,
      message: `${provider} ${operation} failed: ${detail}${requestId ? ` (request ${requestId})` : ''}`,
      retryable: extra.retryable ?? false,
      ...(extra.retryAfterMs === undefined ? {} : { retryAfterMs: extra.retryAfterMs }),
      ...(extra.field ? { field: extra.field } : {}),
    });

  if (status === undefined) {
    return operation === 'download'
      ? make(ErrorCode.DownloadFailed, MESSAGES.downloadFailed, { retryable: true })
      : make(ErrorCode.ProviderUnavailable, MESSAGES.unavailable, { retryable: true });
  }
  const reason = reasonOf(failure.message, redact);
  if (failure.outOfCredit && status >= 400 && status < 500)
    return make(ErrorCode.ProviderAuth, MESSAGES.quota);
  if (failure.moderation && status >= 400 && status < 500 && ![401, 404, 429].includes(status)) {
    return make(ErrorCode.ModerationBlocked, MESSAGES.moderation);
  }
  if (status === 400 || status === 422) {
    const text = failure.field
      ? msg('error.provider.rejectedField', { field: failure.field, reason })
      : msg('error.provider.rejected', { reason });
    return make(ErrorCode.ProviderRejected, text, { field: failure.field });
  }
  if (status === 401 || status === 403) return make(ErrorCode.ProviderAuth, MESSAGES.auth);
  if (status === 404) {
    return failure.modelGone
      ? make(ErrorCode.ModelNotFound, MESSAGES.modelNotFound)
      : make(ErrorCode.NotFound, MESSAGES.notFound);
  }
  if (status === 409) return make(ErrorCode.Conflict, MESSAGES.notReady, { retryable: true });
  if (status === 429) {
    return make(ErrorCode.ProviderRateLimited, MESSAGES.rateLimited, {
      retryable: true,
      retryAfterMs: retryAfterFrom(failure.headers),
    });
  }
  if (status === 408 || status >= 500) {
    return make(ErrorCode.ProviderUnavailable, MESSAGES.unavailable, { retryable: true });
  }
  return make(ErrorCode.ProviderRejected, msg('error.provider.rejected', { reason }));
}

/** What the Stainless-generated SDKs (openai, @runwayml/sdk) have in common in their errors. */
interface SdkApiError {
  status: number | undefined;
  error: unknown;
  message: string;
}

/** An SDK's error classes, passed in so this file imports no SDK. */
export interface SdkErrorClasses<E extends SdkApiError> {
  APIError: abstract new (...args: never[]) => E;
  APIConnectionError: abstract new (...args: never[]) => unknown;
  APIConnectionTimeoutError: abstract new (...args: never[]) => unknown;
}

/**
 * Any error from an SDK call as a ReelbotError: ours pass through; no response (timeout, refused
 * or reset connection, or anything that is not the SDK's APIError) is PROVIDER_UNAVAILABLE; an
 * HTTP error is described by `describe` (the provider's own body shape) and mapped by the table.
 */
export function sdkErrorFor<E extends SdkApiError>(
  error: unknown,
  context: { provider: string; operation: Operation; redact: Redact },
  sdk: SdkErrorClasses<E>,
  describe: (error: E & { status: number }) => HttpFailure,
): ReelbotError {
  if (error instanceof ReelbotError) return error;
  // Our own refusal of a redirect the provider answered with, wrapped by the SDK as a connection error.
  const unsafe = unsafeUrlIn(error);
  if (unsafe) {
    return unsafeUrlFailure(
      unsafe,
      `${context.provider} ${context.operation}`,
      context.operation === 'download',
    );
  }
  const { redact } = context;
  const isApiError = error instanceof sdk.APIError;
  const cause = safeCause(error, redact, isApiError ? JSON.stringify((error as E).error ?? null) : '');
  const detail = redact(error instanceof Error ? error.message : String(error));
  const mapped = { ...context, cause, detail };
  // Timeouts and refused connections first: APIConnectionError is an APIError without a status.
  if (
    error instanceof sdk.APIConnectionTimeoutError ||
    error instanceof sdk.APIConnectionError ||
    !isApiError ||
    (error as E).status === undefined
  ) {
    return providerErrorFor({ status: undefined, message: detail }, mapped);
  }
  return providerErrorFor(describe(error as E & { status: number }), mapped);
}
