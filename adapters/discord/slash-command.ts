import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../commands/types.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { fitPlain } from './escape.ts';
import { FORM_FILLED } from './story-form.ts';

/**
 * The one slash command (`/sora`) with a subcommand per entry of commands/ (and a subcommand
 * group per `group`), so a command added there appears here with no Discord-specific code. Limits from the API docs
 * (application-commands.mdx in discord-api-docs): names 1-32 lowercase, descriptions 1-100, at most 25
 * options and 25 choices, string max_length up to 6000, choice names and values up to 100.
 */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;
const OPTIONS_MAX = 25;
const CHOICE_TEXT_MAX = 100;
const STRING_MAX_LENGTH = 6000;

export interface SlashCommandBuild {
  body: RESTPutAPIApplicationCommandsJSONBody;
  /** What had to be left out to fit Discord's limits, for the operator. */
  warnings: string[];
}

export function buildSlashCommands(
  commandName: string,
  commands: readonly CommandDefinition[],
  providers: ProviderRegistry,
): SlashCommandBuild {
  const warnings: string[] = [];
  const subcommand = (command: CommandDefinition): APIApplicationCommandSubcommandOption => ({
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: short(command.description),
    // Discord wants required options before optional ones.
    options: [...command.options]
      .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false))
      .map((option) => optionJson(spoken(command), formFilled(command, option), providers, warnings)),
  });
  // Commands sharing a group become one subcommand group (`/sora contest start`), placed where
  // the group's first command stands in commands/; Discord nests no deeper than that.
  const top: (APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption)[] = [];
  const groups = new Map<string, APIApplicationCommandSubcommandGroupOption>();
  for (const command of commands) {
    if (!command.group) {
      top.push(subcommand(command));
      continue;
    }
    let group = groups.get(command.group);
    if (!group) {
      group = {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: command.group,
        description: short(`${capitalized(command.group)}: ${groupMembers(commands, command.group)}`),
        options: [],
      };
      groups.set(command.group, group);
      top.push(group);
    }
    if (group.options!.length >= OPTIONS_MAX) {
      warnings.push(`${spoken(command)}: a group holds at most ${OPTIONS_MAX} subcommands; left out`);
      continue;
    }
    group.options!.push(subcommand(command));
  }
  if (top.length > OPTIONS_MAX) {
    warnings.push(
      `${top.length} subcommands and groups, Discord shows at most ${OPTIONS_MAX}; left out: ${top
        .slice(OPTIONS_MAX)
        .map((o) => o.name)
        .join(', ')}`,
    );
  }
  return {
    body: [
      {
        type: ApplicationCommandType.ChatInput,
        name: commandName,
        description: 'Make short AI videos together',
        // Guild installs in servers only: cards are finished with the bot token, which needs the
        // bot user in the server, which a user-installed app does not have.
        contexts: [InteractionContextType.Guild],
        integration_types: [ApplicationIntegrationType.GuildInstall],
        options: top.slice(0, OPTIONS_MAX),
      },
    ],
    warnings,
  };
}

function optionJson(
  commandName: string,
  option: CommandOption,
  providers: ProviderRegistry,
  warnings: string[],
): APIApplicationCommandBasicOption {
  const base = {
    name: option.name,
    description: short(option.description),
    required: option.required ?? false,
  };
  if (option.type === 'image') return { ...base, type: ApplicationCommandOptionType.Attachment };
  const all = option.choices?.({ providers }) ?? [];
  const usable = all.filter((c) => String(c.value).length <= CHOICE_TEXT_MAX);
  if (usable.length > CHOICES_MAX) {
    warnings.push(
      `${commandName} ${option.name}: ${usable.length} choices, Discord shows at most ${CHOICES_MAX}; the rest are left out`,
    );
  }
  const choices = usable.slice(0, CHOICES_MAX).map((c) => ({ name: short(c.name), value: c.value }));
  if (option.type === 'integer') {
    const numeric = choices.flatMap((c) =>
      typeof c.value === 'number' ? [{ name: c.name, value: c.value }] : [],
    );
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(numeric.length ? { choices: numeric } : {}),
    };
  }
  if (choices.length) {
    const text = choices.map((c) => ({ name: c.name, value: String(c.value) }));
    return { ...base, type: ApplicationCommandOptionType.String, choices: text };
  }
  return {
    ...base,
    type: ApplicationCommandOptionType.String,
    ...(option.maxLength ? { max_length: Math.min(option.maxLength, STRING_MAX_LENGTH) } : {}),
  };
}

/** An option a Discord form asks for when it is left out is optional here (story-form.ts). */
function formFilled(command: CommandDefinition, option: CommandOption): CommandOption {
  return FORM_FILLED.has(`${spoken(command)} ${option.name}`) ? { ...option, required: false } : option;
}

/** How members type it: `contest start`, or just `generate`. */
function spoken(command: CommandDefinition): string {
  return command.group ? `${command.group} ${command.name}` : command.name;
}

/** The group's subcommands by name, for its description (`start, status, cancel`). */
function groupMembers(commands: readonly CommandDefinition[], group: string): string {
  return commands
    .filter((c) => c.group === group)
    .map((c) => c.name)
    .join(', ');
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Cut between code points: a model label ending in half an emoji would be refused. */
function short(text: string): string {
  return fitPlain(text, DESCRIPTION_MAX);
}
