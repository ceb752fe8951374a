/**
 * Filling the page's words (web/i18n.ts): no DOM here, so the server's tests run it too.
 */
import type { MessageKey } from '../../../src/core/i18n/catalogs.ts';
import type { PageTexts } from './types.ts';

export type WebKey = Extract<MessageKey, `studio.web.${string}`>;
export type WebValues = Readonly<Record<string, string | number>>;
export type WebTranslate = (key: WebKey, values?: WebValues) => string;

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
