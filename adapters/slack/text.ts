import { fitText } from '../../src/core/card/text-cut.ts';

/**
 * Slack text in and out. Slack treats `&`, `<` and `>` as control characters: `<!channel>`,
 * `<!everyone>`, `<@U123>` and `<https://…|label>` are all spelled with them, and the docs ask
 * apps to send them as `&amp;`, `&lt;`, `&gt;` when they are meant literally
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping). Everything a member wrote
 * goes through `escapeText` before we post it, so no prompt can ping anyone or forge a link.
 */
export function escapeText(text: string): string {
  return wellFormed(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lone surrogates replaced by U+FFFD. The WebClient form-encodes `text` with
 * encodeURIComponent, which throws URIError on one: a single broken character in a prompt would
 * otherwise make its every post and edit fail (String.prototype.toWellFormed, once ES2024 is in
 * our lib).
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Quote member text as a mrkdwn block quote, escaped, one `>` per line. */
export function quote(text: string): string {
  return escapeText(text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/**
 * Slack counts a text object's length in characters as sent, after escaping: `&amp;` is five
 * (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). These fit text to
 * such a limit by cutting what the member wrote before it is escaped or quoted, so the cut is
 * never inside an entity or a surrogate pair, and measuring what is sent (src/core/card/text-cut.ts).
 */
export function fitEscaped(text: string, max: number): string {
  return fitText(text, max, { encode: escapeText });
}

/** As `fitEscaped`, for text shown as a block quote, where every line also costs its `>`. */
export function fitQuoted(text: string, max: number): string {
  return fitText(text, max, { encode: quote });
}

/** Cut text to `max` characters (code points), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return fitText(text, max);
}

/**
 * What a member typed, from the text Slack delivers in events and commands: the bot's own
 * mention removed, links unwrapped to their URL, and the three entities decoded. Other mentions
 * stay in their raw form; they are escaped again whenever the text is shown.
 */
export function memberText(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  out = out
    .replace(/<((?:https?):[^|>\s]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<mailto:[^|>]+\|([^>]*)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
  return out.replace(/[ \t]+/g, ' ').trim();
}
