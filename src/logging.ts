import { pino } from 'pino';
import type { Logger } from './core/ports/logger.ts';
import { liveRedactor } from './core/redaction.ts';
import { type LogFormatSetting, prettyDestination, resolveLogFormat } from './log-format.ts';

/** Field names that hold secrets wherever they appear (pino redact paths). */
const REDACT = [
  'token',
  'apiKey',
  'password',
  'secret',
  'authorization',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.secret',
  '*.authorization',
  '*.headers.authorization',
  '*.*.token',
  '*.*.apiKey',
  '*.*.botToken',
  '*.*.signingSecret',
  '*.*.appToken',
];

/**
 * The pino logger behind the Logger port. Besides redacting secret-named fields, every string
 * that contains one of the configured secret values is scrubbed, so a token that leaks into an
 * error message or a URL never reaches the log (the same redactor shows provider text on cards).
 */
export function createLogger(options: {
  level: string;
  secrets?: readonly (string | undefined)[];
  destination?: pino.DestinationStream;
  /** JSON (default), lines for people, or `auto`: for people when stdout is a terminal. */
  format?: LogFormatSetting;
}): Logger {
  // Live: a workspace's provider key registered once decrypted is scrubbed from then on.
  const redact = liveRedactor(options.secrets ?? []);
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return redact(value);
    if (depth > 4 || value === null || typeof value !== 'object') return value;
    // An error stays an error (pino's serializer prints its stack), its texts scrubbed.
    if (value instanceof Error) {
      const copy = Object.assign(Object.create(Object.getPrototypeOf(value)) as Error, value);
      copy.message = redact(value.message);
      if (value.stack !== undefined) copy.stack = redact(value.stack);
      if (value.cause !== undefined) copy.cause = scrub(value.cause, depth + 1);
      return copy;
    }
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
  };
  const logger = pino(
    {
      level: options.level,
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { log: (fields) => scrub(fields) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          method.apply(this, [scrub(first), ...rest.map((r) => scrub(r))] as Parameters<typeof method>);
        },
      },
    },
    destinationOf(options),
  );
  return wrap(logger);
}

function wrap(logger: pino.Logger): Logger {
  return {
    child: (bindings) => wrap(logger.child(bindings)),
    debug: (fields, message) => logger.debug(fields, message),
    info: (fields, message) => logger.info(fields, message),
    warn: (fields, message) => logger.warn(fields, message),
    error: (fields, message) => logger.error(fields, message),
  };
}

/** Where pino writes: the given stream, reformatted for people when the format says so. */
function destinationOf(options: {
  destination?: pino.DestinationStream;
  format?: LogFormatSetting;
}): pino.DestinationStream | undefined {
  const format = resolveLogFormat(options.format ?? 'json', process.stdout.isTTY === true);
  if (format === 'json') return options.destination;
  return options.destination ? prettyDestination(options.destination, false) : prettyDestination();
}
