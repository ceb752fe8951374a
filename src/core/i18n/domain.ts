import type { Locale, PSEUDO_LOCALE } from './locales.ts';

/** The languages a catalog is written in (the pseudo-locale is made from English at load). */
export type Language = Exclude<Locale, typeof PSEUDO_LOCALE>;

/**
 * A translation of one domain's source messages: every key of the source, each an ICU message
 * with the source's arguments and plural/select shapes (test/unit/i18n-catalogs.test.ts).
 */
export type Translation<Source> = { readonly [K in keyof Source]: string };

/** One domain's catalogs, one per language. */
export type DomainCatalogs<Source> = Readonly<Record<Language, Translation<Source>>>;
