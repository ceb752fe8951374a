import type { Config } from '../../src/config.ts';

/** The address a person types into a browser for this host and port. */
export function studioUrl(config: Config): string {
  const { host, port } = config.http;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/**
 * A few human lines at start-up: where the studio is, what it runs on, and the variables that
 * connect the real things. JSON logs say the same for machines; this is for the newcomer.
 */
export function startBanner(
  config: Config,
  video: { simulated: boolean; providers: readonly string[] },
): string {
  const on = (yes: boolean) => (yes ? 'connected' : 'off');
  const { simulated } = video;
  const lines = [
    '',
    `  reelbot studio: open ${studioUrl(config)} in a browser`,
    '',
    `  video    ${simulated ? `built-in simulator (a render takes ${config.simulator.renderMs / 1000} s)` : video.providers.join(', ')}`,
    ...(simulated ? ['           real models: set OPENAI_API_KEY (and OPENAI_BASE_URL for a gateway)'] : []),
    `  storage  ${config.redis ? 'Redis' : 'in memory: clips and jobs are lost on exit'}`,
    ...(config.redis ? [] : ['           keep them, or run workers elsewhere: set REDIS_URL']),
    `  Discord  ${on(Boolean(config.discord))}${config.discord ? '' : ': set DISCORD_TOKEN and DISCORD_APPLICATION_ID'}`,
    `  Slack    ${on(Boolean(config.slack))}${config.slack ? '' : ': set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET'}`,
    '',
    '  Every setting is described in .env.example (copy it to .env).',
    '',
  ];
  return lines.join('\n');
}
