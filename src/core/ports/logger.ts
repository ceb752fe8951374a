/** Structured logging; pino in production, a recorder in tests. */
export interface Logger {
  /** A logger that adds these fields to every line. */
  child(bindings: Record<string, unknown>): Logger;
  debug(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = {
  child: () => silentLogger,
  debug: () => {},
  error: () => {},
  info: () => {},
  warn: () => {},
};
