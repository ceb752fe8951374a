import { intlLocale, type Locale } from './locales.ts';

/**
 * Numbers, money, durations and dates in the member's or workspace's locale, through the
 * runtime's Intl (Node ships full ICU). Formatters are made once per locale and kept.
 */
const cache = new Map<string, { format(value: never): string }>();

function cached<T extends { format(value: never): string }>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/** Intl.DurationFormat is in Node 23+ (ECMA-402 2025) but not yet in TypeScript's ES2023 lib. */
interface DurationFormatter {
  format(duration: { days?: number; hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'short' | 'long' | 'narrow'; secondsDisplay?: 'always' | 'auto' },
) => DurationFormatter;

/** Money in the ledger's integer cents, in US dollars: `$1,234.50`, `1.234,50 $`, `US$ 1.234,50`. */
export function formatMoney(locale: Locale, cents: number): string {
  if (!Number.isFinite(cents)) throw new RangeError(`not an amount of cents: ${cents}`);
  const format = cached(
    `money:${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'USD' }),
  );
  return format.format(Math.round(cents) / 100);
}

/** A count or measure with the locale's digits grouping and decimal sign. */
export function formatNumber(locale: Locale, value: number): string {
  const format = cached(`number:${locale}`, () => new Intl.NumberFormat(intlLocale(locale)));
  return format.format(value);
}

/**
 * A length of time in whole seconds, in the largest units that apply and without zero units:
 * `1 min, 5 sec`, `1 min y 5 s`, `1 Min., 5 Sek.`, `1 分 5 秒`. Fractions are rounded; zero is `0 sec`.
 */
export function formatDuration(locale: Locale, seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`not a duration in seconds: ${seconds}`);
  const DurationFormat = (Intl as unknown as { DurationFormat: DurationFormatConstructor }).DurationFormat;
  let rest = Math.round(seconds);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const parts = { days, hours, minutes, seconds: rest - minutes * 60 };
  // Zero units are left out ("1 min, 5 sec"), so nothing at all would print for zero: say 0 seconds.
  const zero = days + hours + minutes + parts.seconds === 0;
  const format = cached(
    `duration:${locale}:${zero}`,
    () =>
      new DurationFormat(intlLocale(locale), {
        style: 'short',
        ...(zero ? { secondsDisplay: 'always' } : {}),
      }),
  );
  return format.format(parts);
}

/**
 * A moment as a medium date and short time in `timeZone` (IANA name; UTC unless the surface
 * knows better). Discord renders its own `<t:…>` timestamps in each reader's zone; this is for
 * text that cannot (Slack fallbacks, the studio's server side, logs for members).
 */
export function formatDate(locale: Locale, date: Date | number, timeZone = 'UTC'): string {
  const when = typeof date === 'number' ? new Date(date) : date;
  if (Number.isNaN(when.getTime())) throw new RangeError('not a date');
  const format = cached(
    `date:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  );
  return format.format(when);
}
