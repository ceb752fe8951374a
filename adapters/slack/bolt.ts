import { App as BoltApp, type Logger as BoltLogger, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { Logger } from '../../src/core/ports/logger.ts';

/** The path Slack posts events, commands and interactions to (Bolt's default). */
export const EVENTS_PATH = '/slack/events';

/** Our Logger behind Bolt's: Bolt and the WebClient log through it, secrets scrubbed by pino. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  return {
    debug: (...args) => logger.debug({}, line(args)),
    info: (...args) => logger.info({}, line(args)),
    warn: (...args) => logger.warn({}, line(args)),
    error: (...args) => logger.error({}, line(args)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * Options for every WebClient (the messenger's, Bolt's, Socket Mode's). Retries are on: on a 429
 * the client pauses for Retry-After and tries again (@slack/web-api WebClient.ts), up to five times in about
 * five minutes. A request that hangs is abandoned after 30 s rather than holding a job.
 */
export function clientOptions(slack: NonNullable<Config['slack']>, logger: Logger): webApi.WebClientOptions {
  return {
    ...(slack.apiUrl ? { slackApiUrl: `${slack.apiUrl}/` } : {}),
    retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    timeout: 30_000,
    logger: boltLogger(logger),
  };
}

export interface BoltParts {
  bolt: BoltApp;
  /** Set in HTTP mode: mount its request listener on the shared server. */
  receiver?: HTTPReceiver;
}

/**
 * The Bolt app: Socket Mode when an app-level token is configured (no public URL needed),
 * otherwise an HTTPReceiver whose request listener the adapter mounts on the shared HTTP server.
 * The receiver verifies Slack's request signatures (and rejects ones over 5 minutes old).
 * Our own auth.test result is passed in, so Bolt makes no second call to learn who it is.
 */
export function createBolt(options: {
  slack: NonNullable<Config['slack']>;
  logger: Logger;
  botUserId: string;
  botId?: string;
}): BoltParts {
  const { slack } = options;
  const logger = boltLogger(options.logger);
  const identity = {
    token: slack.botToken,
    botUserId: options.botUserId,
    ...(options.botId ? { botId: options.botId } : {}),
    tokenVerificationEnabled: false,
    clientOptions: clientOptions(slack, options.logger),
    logger,
  };
  if (slack.appToken) {
    return { bolt: new BoltApp({ ...identity, appToken: slack.appToken, socketMode: true }) };
  }
  const receiver = new HTTPReceiver({ signingSecret: slack.signingSecret, endpoints: EVENTS_PATH, logger });
  return { bolt: new BoltApp({ ...identity, receiver }), receiver };
}
