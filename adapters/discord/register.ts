import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.ts';
import type { Config } from '../../src/config.ts';
import type { ProviderRegistry } from '../../src/core/providers.ts';
import { buildSlashCommands } from './slash-command.ts';

export interface Registration {
  /** Where the command went: `global` or the guild id. */
  scope: string;
  commands: string[];
  warnings: string[];
}

/**
 * Overwrite the application's commands with `/<COMMAND_NAME>` built from commands/. One guild
 * (DISCORD_GUILD_ID) updates instantly; global commands reach every server the bot is in
 * (API docs, application-commands.mdx). A bulk overwrite replaces, so running it twice is harmless.
 */
export async function registerCommands(config: Config, providers: ProviderRegistry): Promise<Registration> {
  const discord = config.discord;
  if (!discord) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands');
  const { body, warnings } = buildSlashCommands(config.commandName, COMMANDS, providers);
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: discord.guildId ?? 'global', commands: saved.map((c) => c.name), warnings };
}
