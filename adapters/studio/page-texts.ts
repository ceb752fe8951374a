import { CATALOGS, MESSAGE_KEYS, type MessageKey } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import { intlLocale, type Locale } from '../../src/core/i18n/locales.ts';
import type { PageTexts, WebText } from './web/types.ts';

/** The studio domain's keys the browser code draws (web/*.ts); the rest is rendered here. */
export const WEB_PREFIX = 'studio.web.';

/**
 * How the page gets its words. The browser has no ICU runtime and should not get one: formatjs's
 * intl-messageformat and its parser are ~500 kB unpacked, more than the whole page's code. So the
 * server renders the frame (page.ts) in the member's locale, and hands the browser the
 * `studio.web.…` messages of that locale as data, pre-digested into the two shapes the page needs:
 * - a string with `{name}` holes, which web/i18n.ts fills (a dozen lines);
 * - for a message with a plural (`{count, plural, one {# vote} other {# votes}}`), one such string
 *   per plural branch, picked in the browser with the runtime's own Intl.PluralRules, so each
 *   language's categories (ja: other only; pt-BR, fr: one covers 0 and 1…) are the platform's.
 * Messages of that domain are written to fit (see messages/studio/en.ts); `webText` refuses any
 * other ICU construct, and test/unit/studio-page-texts.test.ts runs it over every language.
 */
export function webText(message: string): WebText {
  const elements = parseMessage(message);
  const plurals = elements.filter((e) => e.type === ElementType.plural);
  if (plurals.length > 1) throw new Error(`at most one plural in a studio.web message: ${message}`);
  const plural = plurals[0];
  if (!plural || plural.type !== ElementType.plural) return flat(elements, undefined);
  if (plural.offset !== 0 || plural.pluralType === 'ordinal') {
    throw new Error(`a studio.web plural is cardinal with no offset: ${message}`);
  }
  const forms: Record<string, string> = {};
  for (const [selector, option] of Object.entries(plural.options)) {
    forms[selector] = flat(
      elements.flatMap((e) => (e === plural ? option.value : [e])),
      plural.value,
    );
  }
  return { arg: plural.value, forms };
}

/** Literal text and `{name}` holes; `#` inside a plural branch becomes the plural's own hole. */
function flat(elements: MessageFormatElement[], pound: string | undefined): string {
  return elements
    .map((e) => {
      if (e.type === ElementType.literal) {
        if (/[{}]/.test(e.value)) throw new Error(`a brace in studio.web text: ${e.value}`);
        return e.value;
      }
      if (e.type === ElementType.argument) return `{${e.value}}`;
      if (e.type === ElementType.pound && pound !== undefined) return `{${pound}}`;
      throw new Error(
        `studio.web messages take {name} arguments and one plural only (element type ${e.type})`,
      );
    })
    .join('');
}

const cache = new Map<Locale, string>();

/** The browser's texts for a locale, as the JSON the page embeds (made once per locale). */
export function pageTextsJson(locale: Locale): string {
  const known = cache.get(locale);
  if (known) return known;
  const texts: Record<string, WebText> = {};
  for (const key of MESSAGE_KEYS.filter((k) => k.startsWith(WEB_PREFIX)) as MessageKey[]) {
    texts[key] = webText(CATALOGS[locale][key]);
  }
  const data: PageTexts = { locale, intl: intlLocale(locale), texts };
  // Inside <script type="application/json">: `<` escaped so no text can close the element.
  const json = JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  cache.set(locale, json);
  return json;
}
