import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@runwayml/sdk';
import type { ClipFailure } from '../../core/clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import { failureOf } from '../../core/render/final-failure.ts';
import { type Operation, sdkErrorFor } from '../shared/http-failure.ts';
import { PROVIDER_MESSAGES as MESSAGES } from '../shared/messages.ts';
import { type Redact, reasonOf } from '../shared/redact.ts';

/**
 * Runway's failures in reelbot's codes. HTTP errors come as the SDK's APIError with Runway's
 * `{ error, issues? }` body (runwayml/skills: 400 validation, 401, 429 daily limit, 502/503/504
 * overload); a task that ran and failed reads FAILED with a `failureCode` (SAFETY.INPUT.* do not
 * retry, SAFETY.OUTPUT.* try another prompt, INTERNAL* retry, ASSET.INVALID fix the input;
 * runwayml/skills rw-api-reference).
 */

const MODERATION = /safety|moderation|content polic/i;

function messageOf(error: APIError): string {
  const body = (error.error ?? {}) as { error?: unknown; message?: unknown; issues?: unknown };
  const text =
    typeof body.error === 'string'
      ? body.error
      : typeof body.message === 'string'
        ? body.message
        : error.message;
  const issues = Array.isArray(body.issues)
    ? (body.issues as Array<{ path?: unknown; message?: unknown }>)
    : [];
  const details = issues
    .map(
      (issue) =>
        `${Array.isArray(issue.path) ? `${issue.path.join('.')}: ` : ''}${String(issue.message ?? '')}`,
    )
    .join('; ');
  return details ? `${text}: ${details}` : text;
}

function fieldOf(error: APIError): string | undefined {
  const issues = (error.error as { issues?: unknown } | undefined)?.issues;
  const path = Array.isArray(issues) ? (issues[0] as { path?: unknown } | undefined)?.path : undefined;
  return Array.isArray(path) && path.length > 0 ? path.join('.') : undefined;
}

export function toRunwayError(
  error: unknown,
  context: { provider: string; operation: Operation; redact: Redact },
): ReelbotError {
  return sdkErrorFor<APIError>(
    error,
    context,
    { APIError, APIConnectionError, APIConnectionTimeoutError },
    (e) => {
      const message = messageOf(e);
      return {
        status: e.status,
        message,
        headers: e.headers,
        requestId: e.headers?.get('x-request-id'),
        field: fieldOf(e),
        moderation: MODERATION.test(message),
        // A retired model answers 404 naming it; an unknown task is a 404 too, and is not.
        modelGone: e.status === 404 && /\bmodel\b|no longer available/i.test(message),
        outOfCredit: /not (have )?enough credits|insufficient credits|out of credits/i.test(message),
      };
    },
  );
}

/** The clip failure for a task Runway reports FAILED. */
export function taskFailureOf(failure: unknown, failureCode: unknown, redact: Redact): ClipFailure {
  const code = typeof failureCode === 'string' ? failureCode.toUpperCase() : '';
  const text = typeof failure === 'string' ? failure : '';
  const reason = text ? reasonOf(text, redact).replace(/[.!]?$/, '.') : '';
  if (code.startsWith('SAFETY') || (!code && MODERATION.test(text))) {
    return failureOf(ErrorCode.ModerationBlocked, MESSAGES.moderation);
  }
  if (code.startsWith('ASSET')) {
    return failureOf(
      ErrorCode.ProviderRejected,
      reason ? msg('error.provider.referenceImage', { reason }) : msg('error.provider.referenceImagePlain'),
    );
  }
  return failureOf(
    ErrorCode.RenderFailed,
    reason ? msg('error.provider.couldNotMake', { reason }) : MESSAGES.renderFailed,
  );
}
