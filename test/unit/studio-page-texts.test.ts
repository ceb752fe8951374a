import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../adapters/studio/page.ts';
import { pageTextsJson, WEB_PREFIX, webText } from '../../adapters/studio/page-texts.ts';
import { texts, type WebKey } from '../../adapters/studio/web/texts.ts';
import type { PageTexts } from '../../adapters/studio/web/types.ts';
import { CATALOGS, MESSAGE_KEYS } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import { LOCALES } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';

/**
 * The browser's words (adapters/studio/page-texts.ts → web/i18n.ts): every `studio.web.…` message
 * of every language reaches the page in a shape the page can fill, and the page fills it exactly
 * as the server's ICU would.
 */
const WEB_KEYS = MESSAGE_KEYS.filter((k) => k.startsWith(WEB_PREFIX)) as WebKey[];

/** Each argument a message takes, and whether it picks a plural. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, boolean>()) {
  for (const e of elements) {
    if (e.type === ElementType.argument || e.type === ElementType.number) found.set(e.value, false);
    if (e.type === ElementType.plural) {
      found.set(e.value, true);
      for (const option of Object.values(e.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

describe('the studio page’s words in the browser', () => {
  it('has a browser text for every studio.web message', () => {
    expect(WEB_KEYS.length).toBeGreaterThan(80);
  });

  it.each(LOCALES)('%s: the page fills each message as ICU renders it, plurals included', (locale) => {
    const data = JSON.parse(pageTextsJson(locale)) as PageTexts;
    expect(data.locale).toBe(locale);
    expect(Object.keys(data.texts).sort()).toEqual([...WEB_KEYS].sort());
    const page = texts(data);
    const icu = translator(locale);
    let plurals = 0;
    for (const key of WEB_KEYS) {
      const args = argumentsOf(parseMessage(CATALOGS[locale][key]));
      const counts = [...args.values()].some(Boolean) ? [0, 1, 2, 5, 21, 1000] : [0];
      if (counts.length > 1) plurals += 1;
      for (const n of counts) {
        const values = Object.fromEntries(
          [...args].map(([name, plural]) => [name, plural ? n : `«${name}»`]),
        );
        expect(page(key, values), `${locale} ${key} ${n}`).toBe(icu(key, values));
      }
    }
    expect(plurals).toBeGreaterThanOrEqual(3);
  });

  it('refuses a message the page could not fill, and keeps the JSON from closing its element', () => {
    expect(() => webText('{kind, select, a {A} other {B}}')).toThrow();
    expect(() => webText('{a, plural, one {#} other {#}} {b, plural, one {#} other {#}}')).toThrow();
    expect(webText('{count, plural, one {# vote} other {# votes}}, {name}')).toEqual({
      arg: 'count',
      forms: { one: '{count} vote, {name}', other: '{count} votes, {name}' },
    });
    for (const locale of LOCALES) expect(pageTextsJson(locale)).not.toMatch(/[<>&]/);
    const html = pageHtml('general', 'sora', { locale: 'fr' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('"studio.web.form.save":"Enregistrer"');
    // The pseudo-locale is offered only when asked for.
    expect(html).not.toContain('value="en-XA"');
    expect(pageHtml('general', 'sora', { locale: 'fr', pseudo: true })).toContain('value="en-XA"');
  });
});
