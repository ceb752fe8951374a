/**
 * Text members wrote (prompts, display names) shown back on Discord. Every message also goes out
 * with `allowed_mentions: { parse: [] }`, so nothing can ping; escaping additionally keeps a
 * prompt from *looking* like a mention, a link or formatting.
 */

/** Discord never notifies anyone for a message sent with this (reference §7: allowed mentions). */
export const NO_MENTIONS = { parse: [] as [] } as const;

/**
 * Markdown and mention syntax made literal. A backslash before ASCII punctuation renders the
 * punctuation alone (Discord's markdown escape), so `\<@123>` shows as the text `<@123>`, not as
 * a mention; `<` covers user, role and channel mentions, timestamps, custom emoji and slash-command
 * links. @everyone and @here get a zero-width space so they never read as the real thing.
 */
export function escapeText(raw: string): string {
  return raw
    .replace(/[\\*_~`|[\]<]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.')
    .replace(/@(everyone|here)/gi, '@\u200b$1');
}

/**
 * The escaped text, cut to fit `max` characters (Discord counts UTF-16 code units). The cut is
 * made on the raw text so an escape is never split, and marked with an ellipsis.
 */
export function fitEscaped(raw: string, max: number): string {
  const whole = escapeText(raw);
  if (whole.length <= max) return whole;
  // The longest raw prefix whose escaped form still fits (escaping can double the length).
  const cut = (keep: number) => `${escapeText(cutAt(raw, keep)).trimEnd()}…`;
  let low = 0;
  let high = Math.min(raw.length, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cut(mid).length <= max) low = mid;
    else high = mid - 1;
  }
  return cut(low).slice(0, Math.max(0, max));
}

/** Plain text cut to `max` characters with an ellipsis (for fields Discord shows unformatted). */
export function fitPlain(text: string, max: number): string {
  return text.length <= max ? text : `${cutAt(text, max - 1).trimEnd()}…`;
}

/** The first `n` code units, never ending inside a surrogate pair. */
function cutAt(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
