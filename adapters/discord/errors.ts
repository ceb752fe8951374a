import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { PERMISSION_NAMES } from './permissions.ts';

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
    return new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.discord.busy'), {
      retryable: true,
      retryAfterMs: error.retryAfter,
      message,
    });
  }
  if (status === 413 || code === RESTJSONErrorCodes.RequestEntityTooLarge) {
    return new ReelbotError(ErrorCode.TooLarge, msg('surface.discord.tooLarge'), { message });
  }
  if (code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess) {
    return new ReelbotError(
      ErrorCode.DeliveryFailed,
      msg('surface.discord.cannotPost', {
        viewChannel: PERMISSION_NAMES.viewChannel,
        sendMessages: PERMISSION_NAMES.sendMessages,
        embedLinks: PERMISSION_NAMES.embedLinks,
        attachFiles: PERMISSION_NAMES.attachFiles,
      }),
      { message },
    );
  }
  if (code === RESTJSONErrorCodes.UnknownChannel) {
    return new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.discord.channelGone'), {
      message,
    });
  }
  if (code === RESTJSONErrorCodes.UnknownMessage) {
    return new ReelbotError(ErrorCode.NotFound, msg('surface.discord.messageGone'), { message });
  }
  if (status !== undefined && status < 500) {
    return new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.discord.refused'), {
      message,
    });
  }
  return new ReelbotError(ErrorCode.DeliveryFailed, msg('surface.discord.unreachable'), {
    retryable: true,
    message,
  });
}
