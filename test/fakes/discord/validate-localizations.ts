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

export function localizationProblems(commands: readonly Node[]): string[] {
  const problems: string[] = [];
  const entries = (where: string, map: Map) =>
    Object.entries(map ?? {}).flatMap(([locale, value]) => {
      if (!DISCORD_LOCALE_CODES.has(locale)) {
        problems.push(`${where}: ${locale} is not a Discord locale`);
        return [];
      }
      return value === null ? [] : [[locale, value] as const];
    });
  const longest = (text: string, map: Map) =>
    Math.max(length(text), ...Object.values(map ?? {}).map((v) => (v === null ? 0 : length(v))));

  const check = (node: Node, where: string): number => {
    let characters = longest(node.name, node.name_localizations);
    for (const [locale, name] of entries(`${where} name`, node.name_localizations)) {
      if (!NAME.test(name) || name !== name.toLocaleLowerCase())
        problems.push(`${where} name (${locale}): "${name}"`);
    }
    if (node.description !== undefined) {
      characters += longest(node.description, node.description_localizations);
      for (const [locale, text] of entries(`${where} description`, node.description_localizations)) {
        if (length(text) < 1 || length(text) > 100)
          problems.push(`${where} description (${locale}): ${length(text)} characters`);
      }
    }
    for (const choice of node.choices ?? []) {
      characters += longest(choice.name, choice.name_localizations) + length(String(choice.value));
      for (const [locale, text] of entries(`${where} choice`, choice.name_localizations)) {
        if (length(text) < 1 || length(text) > 100)
          problems.push(`${where} choice ${choice.value} (${locale}): ${length(text)} characters`);
      }
    }
    const children = node.options ?? [];
    // Names are unique among siblings in every language a member may see them in.
    const locales = new Set(children.flatMap((c) => Object.keys(c.name_localizations ?? {})));
    for (const locale of [undefined, ...locales]) {
      const names = children.map((c) => c.name_localizations?.[locale ?? ''] ?? c.name);
      const twice = names.filter((name, i) => names.indexOf(name) !== i);
      if (twice.length)
        problems.push(`${where} (${locale ?? 'default'}): names used twice: ${twice.join(', ')}`);
    }
    for (const child of children) characters += check(child, `${where} ${child.name}`);
    return characters;
  };

  for (const command of commands) {
    const characters = check(command, command.name);
    if (characters > COMMAND_CHARACTERS_MAX)
      problems.push(`${command.name}: ${characters} characters, over ${COMMAND_CHARACTERS_MAX}`);
  }
  return problems;
}
