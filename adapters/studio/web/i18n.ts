/**
 * The page's words in the member's language. The server puts the `studio.web.…` messages of the
 * page's locale into the page as JSON (adapters/studio/page-texts.ts says why, and why there is
 * no ICU runtime here); this fills their `{name}` holes and picks a plural branch with the
 * browser's own Intl.PluralRules. Values are inserted as text: the page only ever sets words
 * with textContent, so a member's name in a hole is never markup.
 */
import { texts, type WebTranslate } from './texts.ts';
import type { PageTexts } from './types.ts';

export type { WebKey, WebTranslate, WebValues } from './texts.ts';

/** The texts embedded in the page; none outside a page (a test builds its own with texts.ts). */
function read(): PageTexts {
  try {
    return JSON.parse(document.getElementById('studio-texts')?.textContent ?? '') as PageTexts;
  } catch {
    return { locale: 'en', intl: 'en', texts: {} };
  }
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
