import { createRequire } from 'node:module';
import type { RESTOptions } from 'discord.js';

type Agent = NonNullable<RESTOptions['agent']>;

/**
 * A connection pool for Discord's REST client from the undici copy @discordjs/rest itself
 * imports. Without one, @discordjs/rest sends through undici's process-wide dispatcher, and a
 * newer undici loaded anywhere in the process replaces that dispatcher with an Agent that
 * refuses the FormData the older copy builds for uploads ("body must be a FormData created by
 * this undici package instance"). Bolt loads undici 8 as it is imported (its Socket Mode
 * client), and main.ts loads every adapter, so every clip upload to Discord would fail.
 */
export function discordRestAgent(): Agent {
  const fromDiscordJs = createRequire(import.meta.resolve('discord.js'));
  const fromRest = createRequire(fromDiscordJs.resolve('@discordjs/rest'));
  const { Agent } = fromRest('undici') as { Agent: new () => Agent };
  return new Agent();
}
