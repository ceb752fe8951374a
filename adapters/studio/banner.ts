import type { Config, ProviderConfig } from '../../src/config.ts';

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
  video: {
    /** True when the in-process simulator is the only provider. */
    simulated: boolean;
    /** The running providers' names in failover order (fal, runway, openai, simulator…). */
    providers: readonly string[];
  },
): string {
  const on = (yes: boolean) => (yes ? 'connected' : 'off');
  const simulated = video.simulated && config.providers.every((p) => p.kind === 'simulator');
  const lines = [
    '',
    `  reelbot studio: open ${studioUrl(config)} in a browser`,
    '',
    ...videoLines(config, simulated, video.providers),
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

/** A configured provider as a newcomer knows it. */
function providerName(provider: ProviderConfig, config: Config): string {
  switch (provider.kind) {
    case 'fal':
      return 'fal.ai';
    case 'runway':
      return 'Runway';
    case 'openai':
      return provider.baseUrl
        ? `an OpenAI-compatible gateway at ${hostOf(provider.baseUrl)}`
        : 'OpenAI-compatible /v1/videos at api.openai.com';
    case 'simulator':
      return `the built-in simulator (a render takes ${config.simulator.renderMs / 1000} s)`;
  }
}

/** The host of a URL, never its path, query or credentials. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured URL';
  }
}

/**
 * The video line: the providers in their failover order, or the simulator and the variables
 * that connect today's real ones (fal.ai, Runway, an OpenAI-compatible gateway).
 */
function videoLines(config: Config, simulated: boolean, running: readonly string[]): string[] {
  if (simulated) {
    return [
      `  video    built-in simulator (a render takes ${config.simulator.renderMs / 1000} s)`,
      '           real models: set FAL_KEY (fal.ai: Veo 3.1, Kling, Seedance, Wan),',
      '           RUNWAYML_API_SECRET (Runway), or OPENAI_API_KEY and OPENAI_BASE_URL',
      '           (an OpenAI-compatible gateway); VIDEO_PROVIDER sets their order',
    ];
  }
  // The providers running, in order; a configured one is named from its settings.
  const names = running.map((name) => {
    const configured = config.providers.find((p) => p.kind === name);
    return configured ? providerName(configured, config) : name;
  });
  return [
    `  video    ${names.join(', then ')}`,
    ...(names.length > 1 ? ['           a clip moves down this list when a provider is down'] : []),
  ];
}
