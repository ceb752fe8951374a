import type { z } from 'zod';
import { ValidationError } from '../src/core/errors.ts';
import type { MessageKey } from '../src/core/i18n/catalogs.ts';
import { isMessage, type Message, type MessageValues, msg } from '../src/core/i18n/message.ts';
import { english } from '../src/core/i18n/translator.ts';
import type { CommandDefinition } from './types.ts';

/** Raw option values as a surface collected them (strings from text, numbers from Discord, a picture's bytes). */
export type RawOptions = Record<string, string | number | boolean | Uint8Array | undefined>;

/**
 * zod carries its messages as strings, so a schema's sentence is written as its English
 * (`said('reply.prompt.long', { max })`), remembered with the catalog message it renders, and
 * turned back into that Message when the option is refused: the member reads it in their
 * language, and a caller of `schema.parse` still reads the English. Schemas are built once at
 * load, so these are few and fixed. A refinement whose sentence holds the member's own text
 * passes the Message in its issue's `params.message` instead.
 */
const SAID = new Map<string, Message>();

/** A schema's sentence: the English of a catalog message, which parseOptions shows translated. */
export function said(key: MessageKey, values?: MessageValues): string {
  const message = msg(key, values);
  const text = english(message);
  SAID.set(text, message);
  return text;
}

/** What zod says in its own words (no schema sentence): never shown, replaced by ours. */
const ZOD_OWN = '\u2063zod';

/** Validate raw options with a command's schema; the first problem becomes a ValidationError. */
export function parseOptions<S extends z.ZodType>(
  command: CommandDefinition<S>,
  raw: RawOptions,
): z.infer<S> {
  // A schema's own message wins over this per-parse one (zod 4's precedence), so only issues
  // with no sentence of the command's get ZOD_OWN.
  const result = command.schema.safeParse(raw, { error: () => ZOD_OWN });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || undefined;
  throw new ValidationError(sentenceOf(issue, field), field);
}

function sentenceOf(issue: z.core.$ZodIssue, field: string | undefined): Message | string {
  const token = SAID.get(issue.message);
  if (token) return token;
  const carried = issue.code === 'custom' ? issue.params?.message : undefined;
  if (isMessage(carried)) return carried;
  if (issue.message === ZOD_OWN) {
    return field ? msg('reply.option.invalid', { option: field }) : msg('reply.options.invalid');
  }
  // A sentence a schema wrote as plain English (not yet in a catalog): shown as it is.
  return issue.message;
}
