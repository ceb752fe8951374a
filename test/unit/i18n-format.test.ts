import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatMoney, formatNumber } from '../../src/core/i18n/format.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';

/** ICU puts no-break and narrow no-break spaces in money and dates; compare them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const WHEN = Date.UTC(2026, 11, 5, 14, 30);

describe('Intl formatting per locale', () => {
  it.each([
    ['en', '$1,234.50', '1,234,567.5', '1 min, 5 sec', '2 hr, 5 sec', 'Dec 5, 2026, 2:30 PM'],
    ['es', '1234,50 US$', '1.234.567,5', '1 min y 5 s', '2 h y 5 s', '5 dic 2026, 14:30'],
    ['pt-BR', 'US$ 1.234,50', '1.234.567,5', '1 min e 5 s', '2 h e 5 s', '5 de dez. de 2026, 14:30'],
    ['de', '1.234,50 $', '1.234.567,5', '1 Min., 5 Sek.', '2 Std., 5 Sek.', '05.12.2026, 14:30'],
    ['fr', '1 234,50 $US', '1 234 567,5', '1 min et 5 s', '2 h et 5 s', '5 déc. 2026, 14:30'],
    ['ja', '$1,234.50', '1,234,567.5', '1 分 5 秒', '2 時間 5 秒', '2026/12/05 14:30'],
    ['en-XA', '$1,234.50', '1,234,567.5', '1 min, 5 sec', '2 hr, 5 sec', 'Dec 5, 2026, 2:30 PM'],
  ] as const)('%s', (locale: Locale, money, number, minutes, hours, date) => {
    expect(plain(formatMoney(locale, 123_450))).toBe(money);
    expect(plain(formatNumber(locale, 1_234_567.5))).toBe(number);
    expect(plain(formatDuration(locale, 65))).toBe(minutes);
    expect(plain(formatDuration(locale, 7205))).toBe(hours);
    expect(plain(formatDate(locale, WHEN))).toBe(date);
    expect(plain(formatDate(locale, new Date(WHEN)))).toBe(date);
  });

  it('shows zero seconds, rounds fractions, and carries into days', () => {
    expect(formatDuration('en', 0)).toBe('0 sec');
    expect(formatDuration('en', 4.6)).toBe('5 sec');
    expect(formatDuration('en', 90_061)).toBe('1 day, 1 hr, 1 min, 1 sec');
    expect(formatDuration('de', 172_800)).toBe('2 Tg.');
  });

  it('rounds money to cents and keeps the sign', () => {
    expect(formatMoney('en', 0)).toBe('$0.00');
    expect(formatMoney('en', 1.4)).toBe('$0.01');
    expect(plain(formatMoney('en', -250))).toBe('-$2.50');
  });

  it('formats a date in the zone it is given', () => {
    expect(formatDate('en', WHEN, 'America/New_York').replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Dec 5, 2026, 9:30 AM',
    );
  });

  it('refuses what is not an amount, a duration or a date', () => {
    expect(() => formatMoney('en', Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration('en', -1)).toThrow(RangeError);
    expect(() => formatDuration('en', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatDate('en', Number.NaN)).toThrow(RangeError);
  });
});
