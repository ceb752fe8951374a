import { codeUnits, fitText } from '../../src/core/card/text-cut.ts';

/**
 * Text members wrote (prompts, display names) shown back on Discord. Every message also goes out
 * with `allowed_mentions: { parse: [] }`, so nothing can ping; escaping additionally keeps a
 * prompt from *looking* like a mention, a link or formatting.
 */

/** Discord never notifies anyone for a message sent with this (API docs, message.mdx, Allowed Mentions). */
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
 * The escaped text, cut to fit `max` characters with an ellipsis. Counted in UTF-16 code units,
 * never fewer than Discord's code points, because that is what discord.js's builders check
 * (modals, labels, text inputs). The cut is made on the raw text between code points
 * (src/core/card/text-cut.ts), so neither an escape nor a surrogate pair is ever split.
 */
export function fitEscaped(raw: string, max: number): string {
  return fitText(raw, max, { encode: escapeText, measure: codeUnits });
}

/** Plain text cut to `max` characters with an ellipsis (for fields Discord shows unformatted). */
export function fitPlain(text: string, max: number): string {
  return fitText(text, max, { measure: codeUnits });
}
