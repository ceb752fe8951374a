import type { z } from 'zod';
import { ValidationError } from '../src/core/errors.ts';
import type { CommandDefinition } from './types.ts';

/** Raw option values as a surface collected them (strings from text, numbers from Discord). */
export type RawOptions = Record<string, string | number | boolean | Uint8Array | undefined>;

/** Validate raw options with a command's schema; the first problem becomes a ValidationError. */
export function parseOptions<S extends z.ZodType>(
  command: CommandDefinition<S>,
  raw: RawOptions,
): z.infer<S> {
  const result = command.schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  throw new ValidationError(issue.message, field);
}
