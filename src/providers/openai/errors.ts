import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ClipFailure } from '../../core/clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import { failureOf as clipFailure } from '../../core/render/final-failure.ts';
import { type Operation, sdkErrorFor } from '../shared/http-failure.ts';
import { PROVIDER_MESSAGES } from '../shared/messages.ts';
import { type Redact, reasonOf, makeRedactor as redactorFor } from '../shared/redact.ts';

export type { Operation } from '../shared/http-failure.ts';
export type { Redact } from '../shared/redact.ts';
export { retryAfterFrom } from '../shared/retry-after.ts';

/**
 * Every way a call to an OpenAI-compatible Videos API can fail, as a ProviderError with a stable
 * code, a retryable flag, and a sentence a member can act on (openai-node core/error.ts). The API key never
 * reaches a message: gateways have been known to echo credentials in error bodies. The code table
 * itself is shared with the other providers (../shared/http-failure.ts).
 */

export const MESSAGES = PROVIDER_MESSAGES;

/** Replaces the configured key wherever it appears, plus anything shaped like an OpenAI key. */
export function makeRedactor(secret: string): Redact {
  return redactorFor(secret, [{ pattern: /\bsk-[A-Za-z0-9_-]{16,}/g, prefix: 'sk-' }]);
}

const MODERATION_CODE = /moderation|content_policy|safety/i;
const MODERATION_TEXT = /moderation|content polic|safety system/i;

export function failureOf(
  error: { code?: string | null; message?: string | null } | null | undefined,
  redact: Redact,
): ClipFailure {
  const code = error?.code ?? '';
  const message = error?.message ?? '';
  if (MODERATION_CODE.test(code) || MODERATION_TEXT.test(message)) {
    return clipFailure(ErrorCode.ModerationBlocked, MESSAGES.moderation);
  }
  if (!message) return clipFailure(ErrorCode.RenderFailed, MESSAGES.renderFailed);
  const reason = reasonOf(message, redact).replace(/[.!]?$/, '.');
  return clipFailure(ErrorCode.RenderFailed, msg('error.provider.couldNotMake', { reason }));
}

export function toProviderError(
  error: unknown,
  context: { provider: string; operation: Operation; redact: Redact },
): ReelbotError {
  return sdkErrorFor<APIError>(
    error,
    context,
    { APIError, APIConnectionError, APIConnectionTimeoutError },
    (e) => {
      const { status, code, param, requestID } = e;
      const raw = (e.error ?? {}) as { message?: unknown };
      const message = typeof raw.message === 'string' ? raw.message : e.message;
      return {
        status,
        message,
        headers: e.headers,
        requestId: requestID,
        field: param ?? undefined,
        moderation:
          (status === 400 || status === 422) &&
          (MODERATION_CODE.test(code ?? '') || MODERATION_TEXT.test(message)),
        modelGone: code === 'model_not_found' || /does not exist/i.test(message),
        outOfCredit: code === 'insufficient_quota',
      };
    },
  );
}
