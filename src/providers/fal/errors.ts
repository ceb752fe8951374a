import type { ClipFailure } from '../../core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import { failureOf } from '../../core/render/final-failure.ts';
import { type HttpFailure, type Operation, providerErrorFor } from '../shared/http-failure.ts';
import { PROVIDER_MESSAGES as MESSAGES } from '../shared/messages.ts';
import { type Redact, reasonOf, safeCause } from '../shared/redact.ts';
import { UnsafeUrlError, unsafeUrlFailure } from '../shared/safe-fetch.ts';
import { FalCallError } from './client.ts';

/**
 * fal's failures in reelbot's codes (fal's Error Reference and Request Error Types). Two kinds of body: model
 * errors, `{"detail": [{loc, msg, type, url}]}` (pydantic style, e.g. `content_policy_violation`
 * 422), and infrastructure errors, a flat `{"detail": "…", "error_type": "request_timeout"}` with
 * an `X-Fal-Error-Type` header. A render that failed still reads COMPLETED in the status: the
 * failure shows when the result is fetched.
 */

interface DetailItem {
  loc?: unknown[];
  msg?: unknown;
  type?: unknown;
}

const MODERATION = /content_policy|moderation|safety|nsfw/i;
const RETIRED = /application|no longer available|endpoint .*not found|app .*not found/i;

function itemsOf(body: unknown): DetailItem[] {
  const detail = (body as { detail?: unknown } | undefined)?.detail;
  return Array.isArray(detail)
    ? detail.filter((d): d is DetailItem => typeof d === 'object' && d !== null)
    : [];
}

/** fal's own words: the flat detail, or each item's `field: msg`. */
function messageOf(error: FalCallError): string {
  const body = error.body as { detail?: unknown; message?: unknown } | string | undefined;
  if (typeof body === 'string' && body) return body;
  const detail = typeof body === 'object' ? body?.detail : undefined;
  if (typeof detail === 'string') return detail;
  const items = itemsOf(body);
  if (items.length > 0) {
    return items
      .map((item) => {
        const field = item.loc?.filter((part) => part !== 'body').join('.');
        return `${field ? `${field}: ` : ''}${String(item.msg ?? item.type ?? '')}`;
      })
      .join('; ');
  }
  if (typeof body === 'object' && typeof body?.message === 'string') return body.message;
  return error.message;
}

function errorTypeOf(error: FalCallError): string | undefined {
  const flat = (error.body as { error_type?: unknown } | undefined)?.error_type;
  if (typeof flat === 'string') return flat;
  return error.headers?.get('x-fal-error-type') ?? undefined;
}

function isModeration(error: FalCallError): boolean {
  return (
    itemsOf(error.body).some((item) => MODERATION.test(String(item.type ?? ''))) ||
    MODERATION.test(errorTypeOf(error) ?? '')
  );
}

/** The field the first detail item names (`duration` from `["body", "duration"]`). */
function fieldOf(error: FalCallError): string | undefined {
  const loc = itemsOf(error.body)[0]?.loc?.filter((part) => part !== 'body');
  return loc && loc.length > 0 ? loc.join('.') : undefined;
}

export function toFalError(
  error: unknown,
  context: { provider: string; operation: Operation; redact: Redact },
): ReelbotError {
  if (error instanceof ReelbotError) return error;
  if (error instanceof UnsafeUrlError) {
    return unsafeUrlFailure(
      error,
      `${context.provider} ${context.operation}`,
      context.operation === 'download',
    );
  }
  const { redact } = context;
  const body = error instanceof FalCallError ? JSON.stringify(error.body ?? null) : '';
  const cause = safeCause(error, redact, body);
  if (!(error instanceof FalCallError)) {
    const status = (error as { status?: unknown })?.status;
    if (typeof status === 'number') {
      // The SDK's own ApiError (a path the fetch hook did not cover): read its body the same way.
      return toFalError(
        new FalCallError((error as Error).message, status, (error as { body?: unknown }).body),
        context,
      );
    }
    // Something else the SDK threw (a malformed answer): not an HTTP failure, so treat it as transient.
    const detail = redact(error instanceof Error ? error.message : String(error));
    return providerErrorFor({ status: undefined, message: detail }, { ...context, cause, detail });
  }
  const message = messageOf(error);
  const failure: HttpFailure = {
    status: error.status,
    message,
    headers: error.headers,
    field: fieldOf(error),
    moderation: isModeration(error),
    modelGone: error.status === 404 && RETIRED.test(message),
    outOfCredit: /exhausted balance|insufficient (balance|credit)|out of credit/i.test(message),
  };
  const detail = redact(`${error.message}: ${message}`);
  return providerErrorFor(failure, { ...context, cause, detail });
}

/**
 * What a failed result GET means. `pending`: the result is not there yet (fal answers
 * "Request is still in progress"). `job`: the render itself failed, for good: fal has already
 * retried infrastructure failures up to 10 times ("Retries and Error Handling"). `call`: this
 * request failed (rate limit, auth, a gateway hiccup without fal's error body): throw it, the
 * job queue retries or fails the clip.
 */
export function resultErrorKind(error: unknown): 'pending' | 'job' | 'call' {
  if (!(error instanceof FalCallError) || error.status === undefined) return 'call';
  const { status } = error;
  if (status === 400 && /still in progress/i.test(messageOf(error))) return 'pending';
  if ([401, 403, 404, 408, 429].includes(status)) return 'call';
  if (status < 500) return 'job';
  return itemsOf(error.body).length > 0 || errorTypeOf(error) !== undefined ? 'job' : 'call';
}

/** The clip failure for a render fal reports failed (resultErrorKind 'job'). */
export function falFailureOf(error: FalCallError, redact: Redact): ClipFailure {
  if (isModeration(error)) return failureOf(ErrorCode.ModerationBlocked, MESSAGES.moderation);
  const type = errorTypeOf(error) ?? '';
  const reason = reasonOf(messageOf(error), redact).replace(/[.!]?$/, '.');
  if (/cancel/i.test(type) || /cancell?ed/i.test(messageOf(error))) {
    return failureOf(ErrorCode.Cancelled, MESSAGES.cancelled);
  }
  if ((error.status ?? 0) >= 500) {
    return failureOf(ErrorCode.RenderFailed, msg('error.provider.couldNotMake', { reason }));
  }
  const field = fieldOf(error);
  return failureOf(
    ErrorCode.ProviderRejected,
    field
      ? msg('error.provider.rejectedField', { field, reason })
      : msg('error.provider.rejected', { reason }),
  );
}
