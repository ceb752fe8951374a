import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.ts';
import type { Config } from '../../src/config.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { DISCORD_LOCALES, type DiscordTarget, localizeSlashCommands } from './localizations.ts';
import { buildSlashCommands } from './slash-command.ts';

export interface Registration {
  /** Where the command went: `global` or the guild id. */
  scope: string;
  commands: string[];
  /** What was left out to fit Discord's limits, and translations left in English; for the operator. */
  warnings: string[];
}

/**
 * Overwrite the application's commands with `/<COMMAND_NAME>` built from commands/, with its
 * name and description localizations for every language the catalogs speak, so members see
 * the command in their Discord client's language (application-commands#localization in the API
 * docs). One guild (DISCORD_GUILD_ID) updates instantly; global commands reach every server the
 * bot is in. A bulk overwrite replaces, so running it twice is harmless. `targets` picks the
 * languages (the pseudo-locale, in tests).
 */
export async function registerCommands(
  config: Config,
  providers: ProviderRegistry,
  targets: readonly DiscordTarget[] = DISCORD_LOCALES,
): Promise<Registration> {
  const discord = config.discord;
  if (!discord) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands');
  const built = buildSlashCommands(config.commandName, COMMANDS, providers);
  // A translation Discord would refuse is left in English, so one bad string never fails the overwrite.
  const localized = localizeSlashCommands(built.body, targets);
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const saved = (await rest.put(route, { body: localized.body })) as { name: string }[];
  return {
    scope: discord.guildId ?? 'global',
    commands: saved.map((c) => c.name),
    warnings: [...built.warnings, ...localized.warnings.map((w) => `translation: ${w}`)],
  };
}
