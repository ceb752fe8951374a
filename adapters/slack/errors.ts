import { webApi } from '@slack/bolt';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { type Message, msg } from '../../src/core/i18n/message.ts';

/** Slack error strings that mean "try again later" (Web API method references, "Errors"). */
const TRANSIENT = new Set([
  'ratelimited',
  'rate_limited',
  'fatal_error',
  'internal_error',
  'service_unavailable',
  'request_timeout',
]);

/** Errors an admin must fix in Slack; retrying cannot help. */
const NEEDS_ADMIN: Record<string, Message> = {
  not_in_channel: msg('surface.slack.notInChannel'),
  channel_not_found: msg('surface.slack.channelNotFound'),
  is_archived: msg('surface.slack.archived'),
  invalid_auth: msg('surface.slack.badToken'),
  not_authed: msg('surface.slack.badToken'),
  token_revoked: msg('surface.slack.badToken'),
  account_inactive: msg('surface.slack.badToken'),
  missing_scope: msg('surface.slack.missingScope'),
};

/** The Slack error string (`channel_not_found`…) of a Web API failure, if it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; data?: { error?: string } };
  return e?.code === webApi.ErrorCode.PlatformError ? e.data?.error : undefined;
}

/**
 * A Web API failure as a ReelbotError. 429s, 5xx and network failures are retryable (the job
 * queue backs off); errors an admin must fix are not, and say what to do.
 */
export function fromSlackError(error: unknown, what: string): ReelbotError {
  if (error instanceof ReelbotError) return error;
  const e = error as { code?: string; message?: string; retryAfter?: number; statusCode?: number };
  const message = `slack ${what}: ${e?.message ?? String(error)}`;
  const platform = slackErrorCode(error);
  if (platform && Object.hasOwn(NEEDS_ADMIN, platform)) {
    return new ReelbotError(ErrorCode.DeliveryFailed, NEEDS_ADMIN[platform]!, { cause: error, message });
  }
  // Rate limits (once the client's own retries are spent), HTTP and network failures carry no
  // platform error string; a platform error is worth retrying only when Slack says it is transient.
  const retryable = platform === undefined || TRANSIENT.has(platform);
  const userMessage = retryable
    ? msg('surface.slack.retrying')
    : msg('surface.slack.refused', { error: String(platform).slice(0, 60) });
  return new ReelbotError(ErrorCode.DeliveryFailed, userMessage, {
    cause: error,
    message,
    retryable,
    ...(typeof e?.retryAfter === 'number' ? { retryAfterMs: e.retryAfter * 1000 } : {}),
  });
}
