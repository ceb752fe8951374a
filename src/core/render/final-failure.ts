import type { ClipFailure } from '../clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../errors.ts';

/** The last word for errors that were retried until the retries ran out, by code. */
const GIVEN_UP: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.ProviderRateLimited]:
    'The video service stayed busy through every retry, so this clip was stopped. Nothing was charged; try again later.',
  [ErrorCode.ProviderUnavailable]:
    'The video service did not respond through every retry, so this clip was stopped. Nothing was charged; try again later.',
  [ErrorCode.DownloadFailed]:
    'The finished video could not be fetched from the video service, even after several tries. Nothing was charged; try again.',
  [ErrorCode.DeliveryFailed]:
    'The video could not be posted here, even after several tries. Nothing was charged; try again later.',
  [ErrorCode.DiskFull]:
    "The bot's server ran out of disk space for videos and could not save this clip, even after several tries. Nothing was charged; try again later, and tell the bot's operator if it keeps happening.",
  [ErrorCode.InvalidVideo]:
    'The video service sent something that is not a playable video, even after several tries, so nothing was posted. Nothing was charged; try again later.',
};

const GIVEN_UP_OTHERWISE =
  'This clip could not be finished, even after several tries. Nothing was charged; try again later.';

/**
 * What a clip that has finally failed records and shows. A retryable error's own sentence was
 * written while another try was coming ("will be tried again shortly"); once the retries have
 * run out that would be a promise nobody keeps, so it is replaced by one that says it is over.
 * A non-retryable error's sentence is already final.
 */
export function finalFailure(error: ReelbotError): ClipFailure {
  if (!error.retryable) {
    const failure: ClipFailure = { code: error.code, message: error.userMessage };
    if (typeof error.text !== 'string') failure.text = error.text;
    return failure;
  }
  return { code: error.code, message: GIVEN_UP[error.code] ?? GIVEN_UP_OTHERWISE };
}
