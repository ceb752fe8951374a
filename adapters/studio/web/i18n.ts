/**
 * The page's words in the member's language. The server puts the `studio.web.…` messages of the
 * page's locale into the page as JSON (adapters/studio/page-texts.ts says why, and why there is
 * no ICU runtime here); this fills their `{name}` holes and picks a plural branch with the
 * browser's own Intl.PluralRules. Values are inserted as text: the page only ever sets words
 * with textContent, so a member's name in a hole is never markup.
 */
import type { MessageKey } from '../../../src/core/i18n/catalogs.ts';
import type { PageTexts } from './types.ts';

export type WebKey = Extract<MessageKey, `studio.web.${string}`>;
export type WebValues = Readonly<Record<string, string | number>>;
export type WebTranslate = (key: WebKey, values?: WebValues) => string;

/** The texts embedded in the page; none outside a page (a unit test builds its own with `texts`). */
function read(): PageTexts {
  try {
    return JSON.parse(document.getElementById('studio-texts')?.textContent ?? '') as PageTexts;
  } catch {
    return { locale: 'en', intl: 'en', texts: {} };
  }
}

/** `t` over one set of texts: holes filled, numbers in the locale's digits, plurals by its rules. */
export function texts(data: PageTexts): WebTranslate {
  const numbers = new Intl.NumberFormat(data.intl);
  const plurals = new Intl.PluralRules(data.intl);
  const fill = (text: string, values: WebValues) =>
    text.replace(/\{(\w+)\}/g, (hole, name: string) => {
      const value = values[name];
      if (value === undefined) return hole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  return (key, values = {}) => {
    const text = data.texts[key];
    // A key the page was not given shows as itself: visible, never a blank.
    if (text === undefined) return key;
    if (typeof text === 'string') return fill(text, values);
    const n = Number(values[text.arg] ?? 0);
    return fill(text.forms[`=${n}`] ?? text.forms[plurals.select(n)] ?? text.forms.other ?? key, values);
  };
}

const data = read();

/** The studio locale the page is drawn in (`de`, `ja`, `en-XA`). */
export const pageLocale = data.locale;
/** The tag for Intl: times, numbers, plural rules. */
export const intlLocale = data.intl;
/** The message for `key` in the page's language, with its values. */
export const t: WebTranslate = texts(data);

/** Money in US dollars, in the page's locale: `$1.20`, `1,20 $`, `US$ 1,20`. */
export function money(usd: number): string {
  return new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'USD' }).format(usd);
}
