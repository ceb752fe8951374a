/**
 * The languages reelbot speaks and how a platform's locale tag picks one. English is the source;
 * `en-XA` is the pseudo-locale (CLDR's code for "English, accented"): lengthened and accented
 * English that shows a cut-off or an untranslated string at a glance and tests length limits.
 */
export const SOURCE_LOCALE = 'en';
export const PSEUDO_LOCALE = 'en-XA';
export const LOCALES = ['en', 'es', 'pt-BR', 'de', 'fr', 'ja', PSEUDO_LOCALE] as const;
export type Locale = (typeof LOCALES)[number];

/** The real languages, without the pseudo-locale: what a member or workspace may choose. */
export const LANGUAGES = LOCALES.filter((l) => l !== PSEUDO_LOCALE) as readonly Exclude<Locale, 'en-XA'>[];

/** Longest tag we read: BCP 47 tags in practice are far shorter; anything longer is not a tag. */
const TAG_MAX = 35;
const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/** Language (primary subtag) → our locale, for tags with a region we do not list (es-419, pt-PT, de-AT). */
const BY_LANGUAGE: Readonly<Record<string, Locale>> = {
  en: 'en',
  es: 'es',
  pt: 'pt-BR',
  de: 'de',
  fr: 'fr',
  ja: 'ja',
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale for a platform's tag: Discord sends `es-ES`, `es-419`, `pt-BR`, `en-US`, `en-GB`,
 * `ja` (https://discord.com/developers/docs/reference#locales), Slack `es-ES`/`en-US` style
 * (users.info `locale`), browsers any BCP 47 tag, sometimes with `_`. An exact match wins, then
 * the language alone; anything else (unknown, empty, malformed, too long) gets the fallback.
 */
export function resolveLocale(tag: string | null | undefined, fallback: Locale = SOURCE_LOCALE): Locale {
  return matchLocale(tag) ?? fallback;
}

/** The locale a tag names, or undefined when it names none of ours. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > TAG_MAX) return undefined;
  const lower = tag.trim().replaceAll('_', '-').toLowerCase();
  if (!TAG.test(lower)) return undefined;
  return LOCALES.find((l) => l.toLowerCase() === lower) ?? BY_LANGUAGE[lower.split('-')[0]!];
}

/** At most this many entries of an Accept-Language header are read. */
const ACCEPT_MAX = 20;

/**
 * The best locale for an HTTP Accept-Language header (the studio's default before the member
 * picks one): highest q first, ties in the header's order (RFC 9110 §12.5.4). `*` and unknown
 * languages are skipped; nothing usable gets the fallback.
 */
export function negotiateLocale(header: string | null | undefined, fallback: Locale = SOURCE_LOCALE): Locale {
  if (typeof header !== 'string' || header.length === 0) return fallback;
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .slice(0, ACCEPT_MAX)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1])
        .find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && entry.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = matchLocale(entry.tag);
    if (locale) return locale;
  }
  return fallback;
}

/** The tag handed to Intl (plural rules, number and date formats): the pseudo-locale formats as English. */
export function intlLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale;
}

/** The locale tags a platform sends with a request, as sent (unchecked). */
export interface PlatformLocales {
  /** The member's client (Discord's interaction `locale`, Slack's users.info `locale`, the studio's picker). */
  member?: string;
  /** The community's (Discord's `guild_locale`); Slack has none. */
  workspace?: string;
}

/** Who reads what: the member alone (private answers, refusals) and the whole channel (cards, announcements). */
export interface Languages {
  member: Locale;
  channel: Locale;
}
