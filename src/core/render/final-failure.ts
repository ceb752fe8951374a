import type { ClipFailure } from '../clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../errors.ts';
import { isMessage, type Message, type MessageValues, msg } from '../i18n/message.ts';
import { english } from '../i18n/translator.ts';

/** The last word for errors that were retried until the retries ran out, by code. */
const GIVEN_UP: Partial<Record<ErrorCode, Message>> = {
  [ErrorCode.ProviderRateLimited]: msg('error.givenUp.rateLimited'),
  [ErrorCode.ProviderUnavailable]: msg('error.givenUp.unavailable'),
  [ErrorCode.DownloadFailed]: msg('error.givenUp.download'),
  [ErrorCode.DeliveryFailed]: msg('error.givenUp.delivery'),
  [ErrorCode.DiskFull]: msg('error.givenUp.diskFull'),
  [ErrorCode.InvalidVideo]: msg('error.givenUp.invalidVideo'),
};

const GIVEN_UP_OTHERWISE = msg('error.givenUp.other');

/**
 * A failure recorded on a clip from a sentence: English in `message` (logs, older readers), the
 * Message in `text` so each surface draws it in its reader's language; outside text (a string)
 * has no `text` and is shown as it is.
 */
export function failureOf(code: ErrorCode, text: Message | string): ClipFailure {
  return typeof text === 'string' ? { code, message: text } : { code, message: english(text), text };
}

/**
 * A failure with `redact` applied to everything that came from outside: the English sentence and
 * the message's string values (a provider's words, at any depth); catalog text is ours and kept.
 */
export function redactFailure(failure: ClipFailure, redact: (text: string) => string): ClipFailure {
  const redacted: ClipFailure = { code: failure.code, message: redact(failure.message) };
  if (failure.text) redacted.text = redactMessage(failure.text, redact);
  return redacted;
}

function redactMessage(text: Message, redact: (text: string) => string): Message {
  if (!text.values) return text;
  const values: Record<string, MessageValues[string]> = {};
  for (const [name, value] of Object.entries(text.values)) {
    values[name] =
      typeof value === 'string' ? redact(value) : isMessage(value) ? redactMessage(value, redact) : value;
  }
  return msg(text.key, values);
}

/**
 * What a clip that has finally failed records and shows. A retryable error's own sentence was
 * written while another try was coming ("will be tried again shortly"); once the retries have
 * run out that would be a promise nobody keeps, so it is replaced by one that says it is over.
 * A non-retryable error's sentence is already final.
 */
export function finalFailure(error: ReelbotError): ClipFailure {
  if (!error.retryable) return failureOf(error.code, error.text);
  return failureOf(error.code, GIVEN_UP[error.code] ?? GIVEN_UP_OTHERWISE);
}
