import type { Config } from './config.ts';

/**
 * The configured values that must never be shown: not in a log line, not on a status card. One
 * list, read by the logger (src/logging.ts) and by the cards' redaction (src/app.ts).
 */
export function secretsOf(config: Config): (string | undefined)[] {
  return [
    config.discord?.token,
    config.slack?.botToken,
    config.slack?.signingSecret,
    config.slack?.appToken,
    ...config.providers.map((p) => ('apiKey' in p ? p.apiKey : undefined)),
    ...config.providers.map((p) => ('webhookSecret' in p ? p.webhookSecret : undefined)),
    config.ops.adminToken,
    config.keys.master?.text,
    config.keys.previousMaster?.text,
    config.ops.metricsToken,
    config.redis?.url.match(/\/\/[^@/]*:([^@/]+)@/)?.[1],
  ];
}
