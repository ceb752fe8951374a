import { CATALOGS, type MessageKey } from './catalogs.ts';
import { type CompiledMessage, compileMessage, type MessageValue } from './icu.ts';
import { intlLocale, type Locale, SOURCE_LOCALE } from './locales.ts';

/**
 * `t(key, values)`: the message for `key` in one locale with its arguments filled in. Values are
 * inserted as given: a surface escapes member text (prompts, names) for its own markup after.
 */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, MessageValue>>) => string;

/** Compiled messages per locale, made on first use (compiling every message of every catalog at start is wasted work). */
const compiled = new Map<Locale, Map<MessageKey, CompiledMessage>>();

export function translator(locale: Locale): Translate {
  let cache = compiled.get(locale);
  if (!cache) {
    cache = new Map();
    compiled.set(locale, cache);
  }
  const messages = cache;
  return (key, values) => {
    let message = messages.get(key);
    if (!message) {
      // Every catalog has every key (its type says so); the source is the net for a catalog
      // loaded from elsewhere that does not.
      const text = CATALOGS[locale][key] ?? CATALOGS[SOURCE_LOCALE][key];
      message = compileMessage(text, intlLocale(locale));
      messages.set(key, message);
    }
    return message.format(values);
  };
}
