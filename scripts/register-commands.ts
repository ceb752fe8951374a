/**
 * `npm run register-commands`: register `/<COMMAND_NAME>` with Discord, its choices taken from
 * the configured video provider's models. Globally, or for one server with DISCORD_GUILD_ID.
 * Run it again after changing the provider or COMMAND_NAME.
 */
import { registerCommands } from '../adapters/discord/register.ts';
import { type Config, loadConfig, loadDotEnv } from '../src/config.ts';
import { ConfigError } from '../src/core/errors.ts';
import { ProviderRegistry } from '../src/core/providers.ts';
import { createLogger } from '../src/logging.ts';
import { createProviders } from '../src/providers/index.ts';

loadDotEnv();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`register-commands: ${error.message}`);
  process.exit(1);
}
if (!config.discord) {
  console.error('register-commands: set DISCORD_TOKEN and DISCORD_APPLICATION_ID first');
  process.exit(1);
}
const logger = createLogger({ level: 'warn', secrets: [config.discord.token], format: config.logFormat });
const providers = await createProviders(config, logger);
try {
  const result = await registerCommands(config, new ProviderRegistry(providers.providers));
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  const where = result.scope === 'global' ? 'globally' : `in server ${result.scope}`;
  console.log(`registered /${result.commands.join(', /')} ${where}`);
} catch (error) {
  console.error(`register-commands: Discord refused the commands: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await providers.close();
}
