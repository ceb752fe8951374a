import type { Language } from './domain.ts';
import type { Locale } from './locales.ts';
import { cards } from './messages/cards/index.ts';
import { commands } from './messages/commands/index.ts';
import { contests } from './messages/contests/index.ts';
import { errors } from './messages/errors/index.ts';
import { keys } from './messages/keys/index.ts';
import { replies } from './messages/replies/index.ts';
import { studio } from './messages/studio/index.ts';
import { surfaces } from './messages/surfaces/index.ts';
import { pseudoName, pseudoText } from './pseudo.ts';

/**
 * The catalogs, one domain a folder under messages/, each with the English source (`en.ts`)
 * and one file per language; keys start with their domain's prefix so domains never collide:
 * - commands: the slash commands' names, descriptions and choices (`command.…`);
 * - errors: refusals and failures a member reads, from the core and providers (`error.…`);
 * - replies: what commands answer: help, usage, settings, lists (`reply.…`);
 * - cards: status cards, their buttons and notices (`card.…`);
 * - contests: announcements, results, leaderboards and notices to members (`contest.…`, `board.…`, `notice.…`);
 * - surfaces: Discord's and Slack's own words: modals, forms, platform refusals (`surface.…`);
 * - studio: the local web studio's page (`studio.…`);
 * - keys: workspaces' own provider keys: their commands, forms, refusals and notices (`keys.…`).
 * English is the source; the pseudo-locale is made from it.
 */
export const DOMAINS = { commands, errors, replies, cards, contests, surfaces, studio, keys } as const;

type Source = typeof commands.en &
  typeof errors.en &
  typeof replies.en &
  typeof cards.en &
  typeof contests.en &
  typeof surfaces.en &
  typeof studio.en &
  typeof keys.en;

export type MessageKey = keyof Source;

/** A whole language: every key of every domain, each an ICU message with the source's arguments. */
export type Catalog = Readonly<Record<MessageKey, string>>;

function merged(language: Language): Catalog {
  return Object.assign({}, ...Object.values(DOMAINS).map((domain) => domain[language])) as Catalog;
}

const en = merged('en');

/** Keys whose message is a Discord command or option name, not a sentence. */
export function isNameKey(key: string): boolean {
  return key.startsWith('command.') && key.endsWith('.name');
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
  es: merged('es'),
  'pt-BR': merged('pt-BR'),
  de: merged('de'),
  fr: merged('fr'),
  ja: merged('ja'),
  'en-XA': pseudoCatalog(en),
};

export const MESSAGE_KEYS = Object.keys(en) as readonly MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
