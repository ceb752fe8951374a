import { ASPECTS } from '../../src/core/capabilities.ts';
import { STYLES } from '../../src/core/clip/styles.ts';
import { LOCALES } from '../../src/core/i18n/locales.ts';
import { SETTINGS } from '../../src/core/workspace/settings.ts';

/**
 * The pseudo-locale run's check (issue 18): in `en-XA` every catalog message is accented
 * (`⟦Ŕéɱîẋ …⟧`), so a run of three or more plain ASCII words in what the bot sent is English that
 * did not come through a catalog, unless it is member input (the prompts and names a test chose),
 * an id, a URL, a command path or markup, which are left out before looking.
 */

/** Keys whose values are never read as words by a member: ids, addresses, flags, tokens. */
const NOT_SHOWN = new Set([
  'custom_id',
  'action_id',
  'block_id',
  'callback_id',
  'private_metadata',
  'id',
  'type',
  'style',
  'flags',
  'url',
  'proxy_url',
  'icon_url',
  'image_url',
  'emoji',
  'nonce',
  'allowed_mentions',
  'allowedMentions',
  'filename',
  'filetypes',
  'channel',
  'channel_id',
  'ts',
  'thread_ts',
  'user',
  'trigger_id',
  'token',
  'response_url',
  'link_names',
  'parse',
  'unfurl_links',
  'unfurl_media',
  'files',
  'file_id',
  'length',
  'timestamp',
  'color',
  'accent_color',
  'spoiler',
  'min_length',
  'max_length',
  'required',
  'multiline',
  'max_files',
  'view_id',
  'hash',
]);

/** Every string a payload shows a member, with the path it sits at. */
export function shownStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => shownStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      NOT_SHOWN.has(key) ? [] : shownStrings(v, `${path}.${key}`),
    );
  }
  return [];
}

/** What outside text is replaced with: no word separator, so no run is joined across it. */
const BREAK = '\u2063';

/** Text with member input, markup, addresses and command paths taken out. */
function withoutOutsideText(text: string, memberInput: readonly string[]): string {
  let rest = text
    // Discord's markdown escapes and Slack's three entities, so member input is found as typed.
    .replace(/\\(.)/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
  for (const input of [...memberInput].sort((a, b) => b.length - a.length)) {
    if (input) rest = rest.split(input).join(BREAK);
  }
  return rest
    .replace(/https?:\/\/\S+/g, BREAK)
    .replace(/<[^<>\s][^<>]*>/g, BREAK) // <@123>, <#123>, <t:1:R>, <:name:1>, Slack links
    .replace(/:[a-z0-9_+-]+:/g, BREAK) // emoji codes
    .replace(/\/[a-z][\w-]*(?:[ \t]+[a-z][\w-]*(?::\S*)?){0,3}/g, BREAK) // /sora contest start theme:…
    .replace(/--[a-z][\w-]*/g, BREAK);
}

/**
 * Words of the command syntax members type whatever their language (setting names, style,
 * aspect and locale ids, as `/sora settings setting:language` and `style:noir` take them): identifiers, not prose.
 */
const SYNTAX = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    ...SETTINGS.map((s) => s.name),
    ...Object.keys(STYLES),
    ...Object.keys(ASPECTS),
    ...LOCALES,
  ]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[-_]/g, (c) => `\\\\?${c}`))
    .join('|')})(?![\\p{L}\\p{N}_])`,
  'gu',
);

/** Runs of three or more plain ASCII words: English that no catalog rendered. */
export function englishRuns(text: string, memberInput: readonly string[]): string[] {
  const rest = withoutOutsideText(text, memberInput).replace(SYNTAX, BREAK);
  return [...rest.matchAll(/(?<![\p{L}\p{N}])[A-Za-z]+(?:[ ,;:'’()-]+[A-Za-z]+){2,}(?![\p{L}\p{N}])/gu)].map(
    (m) => m[0],
  );
}

export interface Offender {
  /** Which payload: the request or call it was, and where in it. */
  where: string;
  run: string;
  text: string;
  /** How many payloads carried it. */
  times: number;
}

/**
 * Every English run in the payloads, each with the first payload it was in and how many times it
 * was sent (a card edited ten times shows its English once, counted ten).
 */
export function offendersIn(
  payloads: readonly { where: string; body: unknown }[],
  memberInput: readonly string[],
): Offender[] {
  const found = new Map<string, Offender>();
  for (const { where, body } of payloads) {
    for (const { path, text } of shownStrings(body)) {
      for (const run of englishRuns(text, memberInput)) {
        const key = `${run}\u0000${text}`;
        const known = found.get(key);
        if (known) known.times += 1;
        else found.set(key, { where: `${where} ${path}`, run, text: text.slice(0, 300), times: 1 });
      }
    }
  }
  return [...found.values()];
}

/** One line per offender, so a failure lists every payload that still speaks English. */
export function describeOffenders(offenders: readonly Offender[]): string {
  return offenders
    .map(
      (o) =>
        `- ${o.where}${o.times > 1 ? ` (×${o.times})` : ''}: “${o.run}”\n    in: ${JSON.stringify(o.text)}`,
    )
    .join('\n');
}
