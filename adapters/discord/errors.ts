import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';

/** Discord's JSON error code, when the error is an API answer. */
export function apiErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}

export function apiStatus(error: unknown): number | undefined {
  return error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : undefined;
}

/**
 * A REST failure as a ReelbotError the worker understands: retryable for 5xx, timeouts and
 * network errors (429s never get here: discord.js's REST waits them out), final with a sentence a
 * member can act on otherwise. The log message names status and code, never the URL, which holds
 * the interaction token on webhook routes; for the same reason the original error is not attached as
 * `cause`.
 */
export function asDiscordError(error: unknown, action: string): ReelbotError {
  if (error instanceof ReelbotError) return error;
  const status = apiStatus(error);
  const code = apiErrorCode(error);
  const message = `discord ${action} failed: ${status ?? '-'} ${code ?? '-'} ${(error as Error)?.message ?? String(error)}`;
  if (error instanceof RateLimitError) {
    return new ReelbotError(ErrorCode.DeliveryFailed, 'Discord is busy; trying again shortly.', {
      retryable: true,
      retryAfterMs: error.retryAfter,
      message,
    });
  }
  if (status === 413 || code === RESTJSONErrorCodes.RequestEntityTooLarge) {
    return new ReelbotError(
      ErrorCode.TooLarge,
      'The clip is larger than this channel accepts, even after shrinking it. Try a shorter or smaller clip.',
      { message },
    );
  }
  if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) {
    return new ReelbotError(
      ErrorCode.DeliveryFailed,
      'I cannot post in this channel: an admin needs to give me View Channel, Send Messages, Embed Links and Attach Files here.',
      { message },
    );
  }
  if (code === RESTJSONErrorCodes.UnknownChannel) {
    return new ReelbotError(ErrorCode.DeliveryFailed, 'The channel this clip was made for is gone.', {
      message,
    });
  }
  if (code === RESTJSONErrorCodes.UnknownMessage) {
    return new ReelbotError(ErrorCode.NotFound, 'That message is gone.', { message });
  }
  if (status !== undefined && status < 500) {
    return new ReelbotError(ErrorCode.DeliveryFailed, 'Discord refused the message; please try again.', {
      message,
    });
  }
  return new ReelbotError(ErrorCode.DeliveryFailed, 'Discord could not be reached; trying again shortly.', {
    retryable: true,
    message,
  });
}
