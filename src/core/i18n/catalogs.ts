import { de } from './locales/de.ts';
import { type Catalog, en, type MessageKey } from './locales/en.ts';
import { es } from './locales/es.ts';
import { fr } from './locales/fr.ts';
import { ja } from './locales/ja.ts';
import { ptBR } from './locales/pt-BR.ts';
import type { Locale } from './locales.ts';
import { pseudoName, pseudoText } from './pseudo.ts';

export type { Catalog, MessageKey } from './locales/en.ts';

/** Keys whose message is a Discord command or option name, not a sentence. */
export function isNameKey(key: string): boolean {
  return key.endsWith('.name');
}

/** The pseudo catalog, made from the source at load so it never falls behind it. */
function pseudoCatalog(source: Catalog): Catalog {
  const entries = Object.entries(source).map(([key, message]) => [
    key,
    isNameKey(key) ? pseudoName(message) : pseudoText(message),
  ]);
  return Object.fromEntries(entries) as Catalog;
}

export const CATALOGS: Readonly<Record<Locale, Catalog>> = {
  en,
  es,
  'pt-BR': ptBR,
  de,
  fr,
  ja,
  'en-XA': pseudoCatalog(en),
};

export const MESSAGE_KEYS = Object.keys(en) as readonly MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
