import type { Config, ProviderConfig } from '../../src/config.ts';
import { type Locale, SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';

/** The address a person types into a browser for this host and port. */
export function studioUrl(config: Config): string {
  const { host, port } = config.http;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

/**
 * A few human lines at start-up: where the studio is, what it runs on, and the variables that
 * connect the real things, in the workspace's language (index.ts: its `language` setting, else
 * English). JSON logs say the same for machines, in English; this is for the newcomer.
 */
export function startBanner(
  config: Config,
  video: {
    /** True when the in-process simulator is the only provider. */
    simulated: boolean;
    /** The running providers' names in failover order (fal, runway, openai, simulator…). */
    providers: readonly string[];
  },
  locale: Locale = SOURCE_LOCALE,
): string {
  const t = translator(locale);
  const on = (yes: boolean) => (yes ? t('studio.banner.connected') : t('studio.banner.off'));
  const simulated = video.simulated && config.providers.every((p) => p.kind === 'simulator');
  // The labels in a column as wide as the longest, two spaces after it (`video    `, `storage  `).
  const labels = {
    video: t('studio.banner.video'),
    storage: t('studio.banner.storage'),
    discord: 'Discord',
    slack: 'Slack',
  };
  const width = Math.max(...Object.values(labels).map((l) => [...l].length)) + 2;
  const label = (text: string) => `  ${text}${' '.repeat(width - [...text].length)}`;
  const more = ' '.repeat(width + 2);
  const lines = [
    '',
    `  ${t('studio.banner.open', { url: studioUrl(config) })}`,
    '',
    ...videoLines(config, simulated, video.providers, t).map((line, i) =>
      i === 0 ? `${label(labels.video)}${line}` : `${more}${line}`,
    ),
    `${label(labels.storage)}${config.redis ? t('studio.banner.redis') : t('studio.banner.memory')}`,
    ...(config.redis ? [] : [`${more}${t('studio.banner.keep')}`]),
    `${label(labels.discord)}${on(Boolean(config.discord))}${config.discord ? '' : `: ${t('studio.banner.discordHow')}`}`,
    `${label(labels.slack)}${on(Boolean(config.slack))}${config.slack ? '' : `: ${t('studio.banner.slackHow')}`}`,
    '',
    `  ${t('studio.banner.env')}`,
    '',
  ];
  return lines.join('\n');
}

/** A configured provider as a newcomer knows it. */
function providerName(provider: ProviderConfig, config: Config, t: Translate): string {
  switch (provider.kind) {
    case 'fal':
      return 'fal.ai';
    case 'runway':
      return 'Runway';
    case 'openai':
      return provider.baseUrl
        ? t('studio.banner.gateway', { host: hostOf(provider.baseUrl, t) })
        : t('studio.banner.openai');
    case 'simulator':
      return t('studio.banner.theSimulator', { seconds: config.simulator.renderMs / 1000 });
  }
}

/** The host of a URL, never its path, query or credentials. */
function hostOf(url: string, t: Translate): string {
  try {
    return new URL(url).host;
  } catch {
    return t('studio.banner.configuredUrl');
  }
}

/**
 * The video lines, the label aside: the providers in their failover order, or the simulator and
 * the variables that connect today's real ones (fal.ai, Runway, an OpenAI-compatible gateway).
 */
function videoLines(config: Config, simulated: boolean, running: readonly string[], t: Translate): string[] {
  if (simulated) {
    return [
      t('studio.banner.simulator', { seconds: config.simulator.renderMs / 1000 }),
      t('studio.banner.real1'),
      t('studio.banner.real2'),
      t('studio.banner.real3'),
    ];
  }
  // The providers running, in order; a configured one is named from its settings.
  const names = running.map((name) => {
    const configured = config.providers.find((p) => p.kind === name);
    return configured ? providerName(configured, config, t) : name;
  });
  const list = names.reduce((first, next) => t('studio.banner.then', { first, next }));
  return [list, ...(names.length > 1 ? [t('studio.banner.failover')] : [])];
}
