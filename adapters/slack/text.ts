/**
 * Slack text in and out. Slack treats `&`, `<` and `>` as control characters: `<!channel>`,
 * `<!everyone>`, `<@U123>` and `<https://…|label>` are all spelled with them, and the docs ask
 * apps to send them as `&amp;`, `&lt;`, `&gt;` when they are meant literally
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping). Everything a member wrote
 * goes through `escapeText` before we post it, so no prompt can ping anyone or forge a link.
 */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Quote member text as a mrkdwn block quote, escaped, one `>` per line. */
export function quote(text: string): string {
  return escapeText(text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

/** Cut text to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
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
