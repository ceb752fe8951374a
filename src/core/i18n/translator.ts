import { CATALOGS, type MessageKey } from './catalogs.ts';
import { type CompiledMessage, compileMessage, type MessageValue } from './icu.ts';
import { intlLocale, type Locale, SOURCE_LOCALE } from './locales.ts';
import { isMessage, type Message, type MessageValues } from './message.ts';

/**
 * `t(key, values)`: the message for `key` in one locale with its arguments filled in. Values are
 * inserted as given: a surface escapes member text (prompts, names) for its own markup after.
 */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Compiled messages per locale, made on first use (compiling every message of every catalog at start is wasted work). */
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  const known = translators.get(locale);
  if (known) return known;
  const messages = new Map<MessageKey, CompiledMessage>();
  const translate: Translate = (key, values) => {
    let message = messages.get(key);
    if (!message) {
      // Every catalog has every key (its type says so); the source is the net for a catalog
      // loaded from elsewhere that does not.
      const text = CATALOGS[locale][key] ?? CATALOGS[SOURCE_LOCALE][key];
      message = compileMessage(text, intlLocale(locale));
      messages.set(key, message);
    }
    return message.format(values && plainValues(values, translate));
  };
  translators.set(locale, translate);
  return translate;
}

/** Nested messages rendered in the same locale, so the compiled message sees plain values. */
function plainValues(values: MessageValues, t: Translate): Record<string, MessageValue> {
  const plain: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(values))
    plain[name] = isMessage(value) ? t(value.key, value.values) : value;
  return plain;
}

/** A sentence in a locale: a Message rendered, or outside text (a provider's words) as it is. */
export function render(t: Translate, text: Message | string): string {
  return typeof text === 'string' ? text : t(text.key, text.values);
}

/** English, the source: log lines and `ReelbotError.userMessage`. */
export function english(text: Message | string): string {
  return render(translator(SOURCE_LOCALE), text);
}
