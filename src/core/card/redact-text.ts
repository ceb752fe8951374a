import { isMessage, type Message, type MessageArgument, type MessageValues } from '../i18n/message.ts';
import type { Redact } from '../redaction.ts';

/**
 * A sentence with every configured secret removed from the words that came from outside: a
 * plain string (a provider's own words, an old record's sentence) is redacted whole; a catalog
 * Message keeps its key (our own text holds no secret) and has its string arguments redacted,
 * nested messages too, so it can still be drawn in any language.
 */
export function redactText(redact: Redact, text: Message | string): Message | string {
  return typeof text === 'string' ? redact(text) : redactMessage(redact, text);
}

export function redactMessage(redact: Redact, message: Message): Message {
  if (message.values === undefined) return message;
  const values: Record<string, MessageArgument> = {};
  for (const [name, value] of Object.entries(message.values)) values[name] = redactValue(redact, value);
  return { key: message.key, values: values as MessageValues };
}

function redactValue(redact: Redact, value: MessageArgument): MessageArgument {
  if (typeof value === 'string') return redact(value);
  if (isMessage(value)) return redactMessage(redact, value);
  return value;
}
