import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { MAX_ENTRIES } from '../../src/core/contest/contest-service.ts';
import { isMessageKey, type MessageKey } from '../../src/core/i18n/catalogs.ts';
import { intlLocale, type Locale } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';

/**
 * Discord's `name_localizations` and `description_localizations` for the slash command built by
 * slash-command.ts, from the catalogs' `command.*` messages: the command's description, and the
 * name and description of every subcommand group, subcommand and option, and every choice's name
 * (https://discord.com/developers/docs/interactions/application-commands#localization). The
 * command's own name is the operator's (COMMAND_NAME), so it stays as it is. Interactions still
 * carry the default (English) names, so nothing downstream changes.
 *
 * A translation that breaks one of Discord's rules is left out (Discord then shows English) and
 * reported, so one bad string can never make the whole registration fail.
 */

/** Which catalog each Discord locale code reads (https://discord.com/developers/docs/reference#locales). */
export const DISCORD_LOCALES: readonly DiscordTarget[] = [
  { discord: 'es-ES', locale: 'es' },
  { discord: 'es-419', locale: 'es' },
  { discord: 'pt-BR', locale: 'pt-BR' },
  { discord: 'de', locale: 'de' },
  { discord: 'fr', locale: 'fr' },
  { discord: 'ja', locale: 'ja' },
];

export interface DiscordTarget {
  /** A Discord locale code, the key of a localization map. */
  discord: string;
  locale: Locale;
}

/**
 * Discord's rules for CHAT_INPUT names and for descriptions and choice names
 * (application-commands#application-command-object-application-command-naming, and the option
 * and choice structures): names match this pattern and use the lowercase form of any letter
 * that has one; descriptions and choice names are 1-100 characters.
 */
export const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const TEXT_MAX = 100;

export function validName(name: string): boolean {
  return NAME_PATTERN.test(name) && name === name.toLocaleLowerCase();
}

export function validText(text: string): boolean {
  const length = [...text].length;
  return length >= 1 && length <= TEXT_MAX;
}

type Localizations = Record<string, string>;

/** The facts some descriptions state, as commands/ states them. */
const MESSAGE_VALUES: Partial<Record<MessageKey, Record<string, string | number>>> = {
  'command.contest.start.option.entries.description': { max: MAX_ENTRIES },
};

/** The part of a command or option this module reads and fills. */
interface Node {
  type?: number;
  name: string;
  description?: string;
  name_localizations?: Localizations | null;
  description_localizations?: Localizations | null;
  options?: Node[];
  choices?: { name: string; value: string | number; name_localizations?: Localizations | null }[];
}

export interface LocalizedBuild {
  body: RESTPutAPIApplicationCommandsJSONBody;
  /** Localizations left out: a missing catalog entry or a translation outside Discord's rules. */
  warnings: string[];
}

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

/**
 * The same commands with localizations added for each target (every supported language by
 * default). The input is not changed.
 */
export function localizeSlashCommands(
  body: RESTPutAPIApplicationCommandsJSONBody,
  targets: readonly DiscordTarget[] = DISCORD_LOCALES,
): LocalizedBuild {
  const warnings: string[] = [];
  const translators = targets.map((target) => ({ ...target, t: translator(target.locale) }));
  const commands = structuredClone(body) as unknown as Node[];

  /** Sets one field's localizations: each language's text that keeps Discord's rules for the field. */
  const localize = (
    where: string,
    field: 'name' | 'description',
    node: { name_localizations?: Localizations | null; description_localizations?: Localizations | null },
    text: (t: Translate, locale: Locale) => string | undefined,
    choice = false,
  ) => {
    const map: Localizations = {};
    for (const { discord, locale, t } of translators) {
      let value: string | undefined;
      try {
        value = text(t, locale);
      } catch (error) {
        // A message needing a value no one gave (a new placeholder): English, and say so.
        warnings.push(`${where} ${field} (${discord}): ${(error as Error).message}`);
        continue;
      }
      if (value === undefined) continue;
      // A choice's `name` is a label (1-100 characters of anything), not a command name.
      const ok = field === 'name' && !choice ? validName(value) : validText(value);
      if (ok) map[discord] = value;
      else
        warnings.push(`${where} ${field} (${discord}): "${value}" breaks Discord's rules; left in English`);
    }
    if (Object.keys(map).length > 0) node[`${field}_localizations`] = map;
  };

  /** `t(key)` when the catalog has the key; a missing one is reported once per field. */
  const message = (where: string, key: string) => {
    if (!isMessageKey(key)) {
      warnings.push(`${where}: no catalog entry ${key}`);
      return undefined;
    }
    return (t: Translate) => t(key, MESSAGE_VALUES[key]);
  };

  const field = (where: string, node: Node, name: 'name' | 'description', key: string) => {
    const text = message(where, key);
    if (text) localize(where, name, node, text);
  };

  const option = (path: string, node: Node) => {
    const key = `command.${path}.option.${node.name}`;
    const where = `${path} ${node.name}`;
    field(where, node, 'name', `${key}.name`);
    field(where, node, 'description', `${key}.description`);
    for (const choice of node.choices ?? []) {
      const text = choiceLabel(`${key}.choice`, choice.value);
      if (text) localize(`${where} choice ${choice.value}`, 'name', choice, text, true);
      // Labels made from data the catalogs cannot know (model names, frame sizes) stay as they are.
    }
  };

  const subcommand = (path: string, node: Node) => {
    field(path, node, 'name', `command.${path}.name`);
    field(path, node, 'description', `command.${path}.description`);
    for (const child of node.options ?? []) option(path, child);
  };

  for (const command of commands) {
    field(command.name, command, 'description', 'command.root.description');
    for (const child of command.options ?? []) {
      if (child.type === SUBCOMMAND) subcommand(child.name, child);
      else if (child.type === SUBCOMMAND_GROUP) {
        const group = child.name;
        field(group, child, 'name', `command.${group}.name`);
        const members = (child.options ?? []).map((c) => `command.${group}.${c.name}.name`);
        if (isMessageKey(`command.${group}.description`) && members.every(isMessageKey)) {
          localize(group, 'description', child, (t, locale) =>
            t(`command.${group}.description` as MessageKey, {
              subcommands: new Intl.ListFormat(intlLocale(locale), { type: 'unit', style: 'short' }).format(
                members.map((key) => t(key as MessageKey)),
              ),
            }),
          );
        } else warnings.push(`${group}: no catalog entry for the group's description or a subcommand's name`);
        for (const member of child.options ?? []) subcommand(`${group}.${member.name}`, member);
      }
    }
  }
  return { body: commands as unknown as RESTPutAPIApplicationCommandsJSONBody, warnings };
}

const LENGTH_CHOICE = 'command.generate.option.duration.choice';

/**
 * A choice's label: a fixed choice has its own message (`….choice.landscape`); a choice made from
 * data has one message for all (`….choice`) taking the value: seconds for a duration, a setting's
 * name and its described purpose for a setting.
 */
function choiceLabel(prefix: string, value: string | number): ((t: Translate) => string) | undefined {
  const own = `${prefix}.${value}`;
  if (isMessageKey(own)) return (t) => t(own);
  // Lengths are one shared list (commands/look-options.ts lengthChoices): generate's duration,
  // a story's and an extension's seconds all read "4 seconds" with the same plural message.
  if (typeof value === 'number' && /\.option\.(duration|seconds)\.choice$/.test(prefix)) {
    return (t) => t(LENGTH_CHOICE, { seconds: value });
  }
  if (!isMessageKey(prefix)) return undefined;
  const setting = `setting.${value}.description`;
  if (prefix === 'command.settings.option.setting.choice' && isMessageKey(setting)) {
    return (t) => t(prefix, { name: String(value), description: t(setting) });
  }
  return undefined;
}
