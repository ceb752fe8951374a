import { PROMPT_MAX } from '../../src/core/clip/clip-options.ts';

/** A UTF-16 surrogate without its other half: what a cut in the wrong place leaves behind. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `unit` repeated to exactly `units` UTF-16 code units (the core's prompt limit counts those). */
const fill = (unit: string, units = PROMPT_MAX) => {
  const whole = unit.repeat(Math.floor(units / unit.length));
  return whole + unit.slice(0, units - whole.length).replace(/[\uD800-\uDBFF]$/, 'x');
};

/**
 * The longest prompts the core accepts, built to be as expensive as possible on a surface: markup
 * that escaping multiplies (`&` becomes five characters on Slack, `*` two on Discord), many short
 * or empty lines (a quote adds a `>` to each), and emoji and other astral characters shifted so a
 * surrogate pair sits at every possible cut point of every limit.
 */
export function hostilePrompts(): [string, string][] {
  const prompts: [string, string][] = [
    ['Slack entities &<>', fill('&<>')],
    ['Discord markup', fill('*_`<@|~')],
    ['many short lines', fill('a\n').trim()],
    ['short lines of entities', fill('&\n<\n>\n').trim()],
    ['empty lines', `a${'\n'.repeat(PROMPT_MAX - 2)}b`],
    ['emoji between entities and lines', fill('😀&\n')],
    ['flags and joined emoji', fill('🇺🇸👩‍👩‍👧<')],
  ];
  for (let shift = 0; shift < 4; shift++) {
    prompts.push([`emoji shifted by ${shift}`, `${'x'.repeat(shift)}${fill('😀', PROMPT_MAX - shift)}`]);
  }
  for (const [, prompt] of prompts) if (prompt.length > PROMPT_MAX) throw new Error('prompt over PROMPT_MAX');
  return prompts;
}

/** A display name as hostile as a prompt, and longer than any platform allows. */
export const hostileName = `${'<!channel> @everyone *_&😀'.repeat(40)}`;

/** Every string anywhere in a JSON-like value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
