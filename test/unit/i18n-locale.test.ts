import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, negotiateLocale, resolveLocale } from '../../src/core/i18n/locales.ts';

describe('locale resolution', () => {
  it.each([
    // Discord's interaction and guild locales (https://discord.com/developers/docs/reference#locales)
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['pt-BR', 'pt-BR'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['fr', 'fr'],
    ['ja', 'ja'],
    // Slack's users.info locale and browser tags, any case, `_` or `-`
    ['de-AT', 'de'],
    ['fr_CA', 'fr'],
    ['PT-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ja-JP', 'ja'],
    ['en-XA', 'en-XA'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('gives the fallback for a language we do not speak, and for anything that is not a tag', () => {
    for (const tag of [
      'ko',
      'zh-CN',
      'sv-SE',
      '',
      '   ',
      'e',
      'english',
      'es-ES; DROP',
      '../de',
      'de-'.repeat(20),
      '<b>fr</b>',
    ]) {
      expect(resolveLocale(tag)).toBe('en');
      expect(resolveLocale(tag, 'es')).toBe('es');
    }
    expect(resolveLocale(undefined, 'de')).toBe('de');
    expect(resolveLocale(null)).toBe('en');
    expect(resolveLocale(42 as unknown as string)).toBe('en');
  });

  it('lists the five translations, the English source and the pseudo-locale', () => {
    expect(LOCALES).toEqual(['en', 'es', 'pt-BR', 'de', 'fr', 'ja', 'en-XA']);
    expect(LANGUAGES).not.toContain('en-XA');
  });

  it("reads a browser's Accept-Language: best q first, ties in order, unknown ones skipped", () => {
    expect(negotiateLocale('ja,en-US;q=0.9,en;q=0.8')).toBe('ja');
    expect(negotiateLocale('ko-KR,ko;q=0.9,de-DE;q=0.8,en;q=0.5')).toBe('de');
    expect(negotiateLocale('en;q=0.2, fr-CA;q=0.8')).toBe('fr');
    expect(negotiateLocale('es;q=0, pt;q=0.5')).toBe('pt-BR');
    expect(negotiateLocale('*')).toBe('en');
    expect(negotiateLocale('ko, zh', 'es')).toBe('es');
    expect(negotiateLocale(undefined, 'ja')).toBe('ja');
    expect(negotiateLocale(`${'xx,'.repeat(5000)}de`)).toBe('en');
  });
});
