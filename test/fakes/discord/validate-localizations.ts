import type { FormProblem } from './form-errors.ts';

/**
 * Discord's rules for the localizations of an application command, for the fake's command
 * registration and for tests (https://discord.com/developers/docs/interactions/application-commands,
 * "Localization" and "Application Command Naming"; locale codes from
 * https://discord.com/developers/docs/reference#locales). Lengths are code points.
 */
export const DISCORD_LOCALE_CODES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Name, description and value characters of a command and everything in it, counting each field's longest localization. */
const COMMAND_CHARACTERS_MAX = 8000;

const length = (text: string) => [...text].length;

type Map = Record<string, string | null> | null | undefined;
interface Choice {
  name: string;
  value: string | number;
  name_localizations?: Map;
}
interface Node {
  name: string;
  description?: string;
  name_localizations?: Map;
  description_localizations?: Map;
  options?: Node[];
  choices?: Choice[];
}

/** Each problem as a sentence naming where it is (`sora generate name (de): "X"`), for tests and logs. */
export function localizationProblems(commands: readonly Node[]): string[] {
  return localizationFormProblems(commands).map((p) => p.text);
}

/**
 * Each problem where Discord reports it in its 400 "Invalid Form Body": the path into the
 * request body down to the locale (`0.options.3.name_localizations.de`), a code and a sentence.
 * Bad names and lengths use the codes Discord sends for them
 * (https://github.com/discord/discord-api-docs/issues/7712: APPLICATION_COMMAND_INVALID_NAME,
 * "Command name is invalid"; https://github.com/discord-tickets/bot/issues/383:
 * `0.name_localizations.de[BASE_TYPE_BAD_LENGTH]`); the rest the fake's generic BASE_TYPE_INVALID.
 */
export function localizationFormProblems(commands: readonly Node[]): (FormProblem & { text: string })[] {
  const problems: (FormProblem & { text: string })[] = [];
  const report = (text: string, path: (string | number)[], code: string, message: string) =>
    problems.push({ text, path, code, message });
  const entries = (where: string, path: (string | number)[], map: Map) =>
    Object.entries(map ?? {}).flatMap(([locale, value]) => {
      if (!DISCORD_LOCALE_CODES.has(locale)) {
        report(
          `${where}: ${locale} is not a Discord locale`,
          [...path, locale],
          'BASE_TYPE_INVALID',
          'Invalid locale',
        );
        return [];
      }
      return value === null ? [] : [[locale, value] as const];
    });
  const longest = (text: string, map: Map) =>
    Math.max(length(text), ...Object.values(map ?? {}).map((v) => (v === null ? 0 : length(v))));

  const check = (node: Node, where: string, path: (string | number)[]): number => {
    let characters = longest(node.name, node.name_localizations);
    const names = [...path, 'name_localizations'];
    for (const [locale, name] of entries(`${where} name`, names, node.name_localizations)) {
      if (length(name) < 1 || length(name) > 32)
        report(
          `${where} name (${locale}): "${name}"`,
          [...names, locale],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 32 in length.',
        );
      else if (!NAME.test(name) || name !== name.toLocaleLowerCase())
        report(
          `${where} name (${locale}): "${name}"`,
          [...names, locale],
          'APPLICATION_COMMAND_INVALID_NAME',
          'Command name is invalid',
        );
    }
    if (node.description !== undefined) {
      characters += longest(node.description, node.description_localizations);
      const descriptions = [...path, 'description_localizations'];
      for (const [locale, text] of entries(
        `${where} description`,
        descriptions,
        node.description_localizations,
      )) {
        if (length(text) < 1 || length(text) > 100)
          report(
            `${where} description (${locale}): ${length(text)} characters`,
            [...descriptions, locale],
            'BASE_TYPE_BAD_LENGTH',
            'Must be between 1 and 100 in length.',
          );
      }
    }
    for (const [index, choice] of (node.choices ?? []).entries()) {
      characters += longest(choice.name, choice.name_localizations) + length(String(choice.value));
      const labels = [...path, 'choices', index, 'name_localizations'];
      for (const [locale, text] of entries(`${where} choice`, labels, choice.name_localizations)) {
        if (length(text) < 1 || length(text) > 100)
          report(
            `${where} choice ${choice.value} (${locale}): ${length(text)} characters`,
            [...labels, locale],
            'BASE_TYPE_BAD_LENGTH',
            'Must be between 1 and 100 in length.',
          );
      }
    }
    const children = node.options ?? [];
    // Names are unique among siblings in every language a member may see them in.
    const locales = new Set(children.flatMap((c) => Object.keys(c.name_localizations ?? {})));
    for (const locale of [undefined, ...locales]) {
      const names = children.map((c) => c.name_localizations?.[locale ?? ''] ?? c.name);
      const twice = names.filter((name, i) => names.indexOf(name) !== i);
      if (twice.length)
        report(
          `${where} (${locale ?? 'default'}): names used twice: ${twice.join(', ')}`,
          [...path, 'options'],
          'BASE_TYPE_INVALID',
          `Option names must be unique${locale ? ` in ${locale}` : ''}: ${twice.join(', ')}`,
        );
    }
    for (const [index, child] of children.entries())
      characters += check(child, `${where} ${child.name}`, [...path, 'options', index]);
    return characters;
  };

  for (const [index, command] of commands.entries()) {
    const characters = check(command, command.name, [index]);
    if (characters > COMMAND_CHARACTERS_MAX)
      report(
        `${command.name}: ${characters} characters, over ${COMMAND_CHARACTERS_MAX}`,
        [index],
        'BASE_TYPE_INVALID',
        `Command exceeds maximum size (${COMMAND_CHARACTERS_MAX})`,
      );
  }
  return problems;
}
