/**
 * The one file in core that imports the i18n library (test/unit/core-boundary.test.ts allows
 * exactly this file): ICU MessageFormat through formatjs's intl-messageformat, pinned in
 * package.json, plus its parser for the catalog checks and the pseudo-locale.
 *
 * Why intl-messageformat (https://formatjs.github.io/docs/intl-messageformat):
 * - ICU MessageFormat 1 with plural, selectordinal and select, the syntax translators and
 *   tools (Crowdin, Lokalise, Weblate) read, formatted with the runtime's own Intl (Node's full
 *   ICU), so there is no locale data to bundle or download;
 * - maintained: 12.1.5 published 2026-11-08, a release most months (`npm view intl-messageformat time`);
 * - small: ~520 kB unpacked with its three @formatjs dependencies, ES modules with .d.ts, no DOM,
 *   runs under Node 24's type stripping as it is;
 * - its parser (@formatjs/icu-messageformat-parser) exposes the AST and a printer, so tests
 *   compare every translation's arguments and plural/select shapes with the source and the
 *   pseudo-locale rewrites text while leaving placeholders untouched.
 * Not chosen: messageformat v4 implements MessageFormat 2 (different syntax, still young in
 * tools); i18next-icu wraps intl-messageformat but its peer range stops before 12 and i18next
 * adds a resource/plugin runtime we do not need.
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { IntlMessageFormat } from 'intl-messageformat';

export type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
export { TYPE as ElementType } from '@formatjs/icu-messageformat-parser';

/** A value a message may show: numbers go through plural/number rules, dates through date rules. */
export type MessageValue = string | number | Date;

/** A compiled message for one locale; throws when a value the message needs is missing. */
export interface CompiledMessage {
  format(values?: Readonly<Record<string, MessageValue>>): string;
}

/**
 * Named formats messages may use beside ICU's own (`{date, date, utcMonthDay}`): dates in UTC,
 * since budgets reset on UTC days and months (src/core/budget/periods.ts) and ICU's date skeletons
 * cannot name a time zone, so a server in another zone would print the day before or after.
 */
const FORMATS = {
  date: { utcMonthDay: { month: 'long', day: 'numeric', timeZone: 'UTC' } },
} as const;

export function compileMessage(message: string, intlLocale: string): CompiledMessage {
  const format = new IntlMessageFormat(message, intlLocale, FORMATS, { ignoreTag: true });
  return {
    format(values) {
      const out = format.format<never>(values as Record<string, MessageValue> | undefined);
      return typeof out === 'string' ? out : (out as unknown[]).join('');
    },
  };
}

/** The message's syntax tree; throws on a message that is not valid ICU MessageFormat. */
export function parseMessage(message: string) {
  return parse(message, { ignoreTag: true });
}

export { printAST as printMessage };
