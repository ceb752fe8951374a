import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../commands/types.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';

/**
 * The one slash command (`/sora`) with a subcommand per entry of commands/, so a command added
 * there appears here with no Discord-specific code. Limits from the API docs
 * (application-commands.mdx, reference §4): names 1-32 lowercase, descriptions 1-100, at most 25
 * options and 25 choices, string max_length up to 6000, choice names and values up to 100.
 */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;
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
  const subcommands: APIApplicationCommandSubcommandOption[] = commands.map((command) => ({
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: short(command.description),
    // Discord wants required options before optional ones.
    options: [...command.options]
      .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false))
      .map((option) => optionJson(command.name, option, providers, warnings)),
  }));
  return {
    body: [
      {
        type: ApplicationCommandType.ChatInput,
        name: commandName,
        description: 'Make short AI videos together',
        // Guild installs in servers only: cards are finished with the bot token, which needs the
        // bot user in the server (reference §1, "Jobs longer than 15 minutes").
        contexts: [InteractionContextType.Guild],
        integration_types: [ApplicationIntegrationType.GuildInstall],
        options: subcommands.slice(0, CHOICES_MAX),
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

function short(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1)}…`;
}
