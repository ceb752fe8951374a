/**
 * Cutting text to a platform's length limit, for every surface. A cut is only ever made between
 * code points, so no emoji or other astral character is split into a lone surrogate (which Slack's
 * WebClient cannot even encode, and every platform would show as garbage); and it is made on the
 * raw text before it is escaped or quoted, so it never lands inside an escape (`&am…`, a dangling
 * `\`) while the length checked is that of the text as sent.
 */

/** How a platform counts a text's length. */
export type Measure = (text: string) => number;

/**
 * Unicode code points, a surrogate pair counting once: how Slack and Discord count their limits
 * (as JSON Schema's `maxLength` does, which Discord's OpenAPI document uses).
 */
export const codePoints: Measure = (text) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/**
 * UTF-16 code units (`String.length`), never fewer than the code points: what discord.js's
 * builders check, so text counted this way passes them and the platform alike.
 */
export const codeUnits: Measure = (text) => text.length;

export interface FitOptions {
  /** What the text becomes before it is sent (escaping, quoting); its result is what must fit. */
  encode?: (raw: string) => string;
  /** Added after a cut text, so readers see it was cut (default `…`). */
  mark?: string;
  /** How the limit counts (default code points). */
  measure?: Measure;
}

/**
 * `raw`, encoded, within `max`: whole when it fits, otherwise the longest prefix of `raw` whose
 * encoding plus the mark fits (trailing space dropped); empty when not even the mark fits. The
 * encoding must only ever grow as the raw text does (escaping and quoting do).
 */
export function fitText(raw: string, max: number, options: FitOptions = {}): string {
  const { encode = (text: string) => text, mark = '…', measure = codePoints } = options;
  const whole = encode(raw);
  if (measure(whole) <= max) return whole;
  const points = Array.from(raw);
  const cut = (n: number) => `${encode(points.slice(0, n).join('').trimEnd())}${mark}`;
  if (measure(cut(0)) > max) return '';
  // Binary search for the longest prefix that fits: encode is monotone in the prefix length.
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid)) <= max) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}
