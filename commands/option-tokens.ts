import { ValidationError } from '../src/core/errors.ts';
import { type Message, msg } from '../src/core/i18n/message.ts';
import { english } from '../src/core/i18n/translator.ts';

/**
 * The one rule, for every surface that reads commands from typed text (the studio's composer,
 * Slack's `/sora` and mentions), for telling an option from the prompt's words. A typo in an
 * option name must never end up inside a prompt that is then bought ("duraton:8" rendered as
 * words), so a token that is written like an option but names none is refused, with the names it
 * could have meant, before anything is made or spent. Prose that merely contains a colon stays.
 *
 * A token (a run of non-space characters; a quoted "…" or “…” span is one token and never an
 * option) is written as an option when it is:
 *  - a flag: `--word`, `--word=value`, or `—word` / `–word` (macOS turns -- into a dash), or
 *  - `word:` where word is one of the command's options (any case), whatever follows, or
 *  - `word:value` with word made of 3 or more letters or underscores and the value glued to the
 *    colon, unless the value starts like a clock or a ratio (`eta:10:30`), a path or link
 *    (`https://…`, `std::`) or is a Slack emoji code (`party:tada:`).
 * So "at 10:30", "ratio 16:9", "note: it rains" (a space after the colon), "https://x.test" and
 * `"note:it"` in quotes are words of the prompt; "duraton:8", "stlye:noir" and "--colour red" are
 * refused. Discord's options are typed fields, so the rule does not arise there.
 */

/** The rule in one sentence, for the help text (rendered in the member's language there). */
export const OPTION_RULE_MESSAGE = msg('reply.options.rule');
/** The rule in English. */
export const OPTION_RULE = english(OPTION_RULE_MESSAGE);

/** One whitespace-separated piece of text, with where it sits. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/** How a token is written as an option. */
export interface OptionShape {
  word: string;
  form: 'flag' | 'named';
}

/** Words, with a quoted value one token, also after `name:` or `--name=` (`theme:"neon cities"`). */
export function tokenize(source: string): TextToken[] {
  return [...source.matchAll(/(?:(?:--|—|–)?[a-z][\w-]*[:=])?(?:"[^"]*"|“[^”]*”)|\S+/gi)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const FLAG = /^(?:--|—|–)([a-z][\w-]*)/i;
const NAMED = /^([a-z][\w-]*):/i;
const UNKNOWN_NAMED = /^([a-z_]{3,}):(.+)$/is;
/** Values that make `word:value` prose: a clock or ratio, a path or link, a Slack emoji code. */
const PROSE_VALUE = /^(?:\d{1,2}:\d|[/:\\]|[\w+-]+:(?:$|[^\w]))/;

/**
 * How `token` is written as an option, or undefined when it is prose (see the rule above).
 * `known` are the command's option names.
 */
export function optionShapeOf(token: string, known: readonly string[]): OptionShape | undefined {
  if (token.startsWith('"') || token.startsWith('“')) return undefined;
  const flag = FLAG.exec(token);
  if (flag) return { word: flag[1]!.toLowerCase(), form: 'flag' };
  const named = NAMED.exec(token);
  if (!named) return undefined;
  const word = named[1]!.toLowerCase();
  if (known.includes(word)) return { word, form: 'named' };
  const loose = UNKNOWN_NAMED.exec(token);
  if (!loose || PROSE_VALUE.test(loose[2]!)) return undefined;
  return { word, form: 'named' };
}

/**
 * Option names `word` may be a typo of: within two edits (a swap of neighbours counts as one),
 * or the start of a name (`dur` for duration), nearest first.
 */
export function suggestOptions(word: string, names: readonly string[]): string[] {
  const typed = word.toLowerCase();
  return names
    .map((name, order) => ({
      name,
      order,
      distance:
        typed.length >= 3 && name.startsWith(typed)
          ? 1
          : // Each character of length difference is an edit, so far-off lengths need no table.
            Math.abs(typed.length - name.length) > 2
            ? 3
            : editDistance(typed, name),
    }))
    .filter((c) => c.distance <= 2 && c.name !== typed)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, 3)
    .map((c) => c.name);
}

/**
 * The refusal for an option the command does not have: the names it could have meant, else the
 * options it takes, and for `word:value` how to keep those words in the prompt.
 * `label` names the command as the member typed it (`generate`, `/sora contest start`).
 */
export function unknownOptionError(
  shape: OptionShape,
  token: string,
  command: { options: readonly { name: string }[] },
  label: string,
): ValidationError {
  const names = command.options.map((o) => o.name);
  const written = (name: string) => (shape.form === 'flag' ? `--${name}` : name);
  const close = suggestOptions(shape.word, names);
  const typed = written(shape.word);
  const head = close.length
    ? msg('reply.options.unknown.close', { typed, close: orList(close.map(written)) })
    : names.length
      ? msg('reply.options.unknown.takes', { typed, command: label, names: names.map(written).join(', ') })
      : msg('reply.options.unknown.none', { typed, command: label });
  const refusal =
    shape.form === 'named'
      ? msg('reply.options.unknown.keep', { head, token: short(token) })
      : msg('reply.options.unknown', { head });
  return new ValidationError(refusal, shape.word);
}

/**
 * Refuse the first token of `text` written as an option the command does not have. With
 * `flags: false` (a surface whose grammar is `name:value` only), a flag is refused even for a
 * known option, with the form to write instead, since it would otherwise be read as prompt words.
 */
export function refuseUnknownOptions(
  text: string,
  command: { options: readonly { name: string }[] },
  surface: { label: string; flags: boolean },
): void {
  const names = command.options.map((o) => o.name);
  for (const token of tokenize(text)) {
    const shape = optionShapeOf(token.text, names);
    if (!shape) continue;
    if (!names.includes(shape.word)) throw unknownOptionError(shape, token.text, command, surface.label);
    if (shape.form === 'flag' && !surface.flags) {
      throw new ValidationError(
        msg('reply.options.flag', { word: shape.word, token: short(token.text) }),
        shape.word,
      );
    }
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** One to three option names joined with "or" in the reader's language (suggestOptions gives at most 3). */
function orList(items: readonly string[]): Message | string {
  const [a = '', b, c] = items;
  if (b === undefined) return a;
  return c === undefined ? msg('reply.options.or2', { a, b }) : msg('reply.options.or3', { a, b, c });
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
