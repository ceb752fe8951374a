import { webApi } from '@slack/bolt';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';

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
const NEEDS_ADMIN: Record<string, string> = {
  not_in_channel: 'The bot is not in this channel. Invite it with /invite and try again.',
  channel_not_found: 'The bot cannot see this channel. Invite it with /invite and try again.',
  is_archived: 'This channel is archived, so the bot cannot post in it.',
  invalid_auth: 'Slack rejected the bot’s token. An admin needs to reinstall the app.',
  not_authed: 'Slack rejected the bot’s token. An admin needs to reinstall the app.',
  token_revoked: 'Slack rejected the bot’s token. An admin needs to reinstall the app.',
  account_inactive: 'Slack rejected the bot’s token. An admin needs to reinstall the app.',
  missing_scope:
    'The Slack app is missing a permission. An admin needs to reinstall it with the scopes in the README.',
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
  if (platform && NEEDS_ADMIN[platform]) {
    return new ReelbotError(ErrorCode.DeliveryFailed, NEEDS_ADMIN[platform], { cause: error, message });
  }
  // Rate limits (once the client's own retries are spent), HTTP and network failures carry no
  // platform error string; a platform error is worth retrying only when Slack says it is transient.
  const retryable = platform === undefined || TRANSIENT.has(platform);
  const userMessage = retryable
    ? 'Slack did not take the message; trying again shortly.'
    : `Slack refused the message (${platform}).`;
  return new ReelbotError(ErrorCode.DeliveryFailed, userMessage, {
    cause: error,
    message,
    retryable,
    ...(typeof e?.retryAfter === 'number' ? { retryAfterMs: e.retryAfter * 1000 } : {}),
  });
}
