import type { MessageKey } from './catalogs.ts';
import type { MessageValue } from './icu.ts';

/**
 * A sentence as data: a catalog key and its arguments, rendered in a locale only where it is
 * shown (a private answer in the member's language, a card in the channel's). An argument may
 * itself be a Message (a reason inside a refusal), rendered in the same locale first. Text that
 * came from outside (a prompt, a name, a provider's words) is a plain string argument: it is
 * never translated, and each surface escapes it for its markup.
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

export type MessageArgument = MessageValue | Message;
export type MessageValues = Readonly<Record<string, MessageArgument>>;

export function msg(key: MessageKey, values?: MessageValues): Message {
  return values === undefined ? { key } : { key, values };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string';
}
