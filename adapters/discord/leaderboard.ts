import type { APIEmbed } from 'discord.js';
import type { TopRow } from '../../src/core/leaderboard.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { fitEscaped, fitPlain } from './escape.ts';
import { textMessage } from './render.ts';

/** At most 10 embeds per message (API docs, Create Message: embeds, "Up to 10"). */
const EMBEDS_MAX = 10;
/** 10 embeds share 6000 characters (Embed Limits): 300 for each prompt leaves room for the rest. */
const PROMPT_MAX = 300;
/**
 * Embed author.name may be 256 characters (Embed Limits), but ten embeds of 256-character names
 * and full prompts would pass the 6000 they share; Discord names are at most 32 anyway.
 */
const AUTHOR_MAX = 100;
/** A thumbnail is a small JPEG; anything bigger than this is left out rather than slow the reply. */
const THUMBNAIL_MAX_BYTES = 512 * 1024;

/** A leaderboard reply: the heading as text, one embed per clip, and the thumbnails they show. */
export interface LeaderboardMessage {
  content: string;
  embeds: APIEmbed[];
  files: { name: string; attachment: Buffer }[];
}

/**
 * `/sora top` drawn richer than its text: each clip an embed with its rank and votes (linking
 * to the clip), the author, the prompt, and its thumbnail. Thumbnails go with the reply as
 * attachments (`attachment://…`), so they show without the bot serving anything on the internet.
 * Lines of the text that are not clip rows (the heading, how ties break) stay as the content.
 */
export async function leaderboardMessage(
  text: string,
  rows: TopRow[],
  store: Store,
): Promise<LeaderboardMessage> {
  const shown = rows.slice(0, EMBEDS_MAX);
  const rowLine = (line: string) => rows.some((r) => line.startsWith(`${r.rank}. `));
  const heading = text
    .split('\n')
    .filter((line) => !rowLine(line))
    .join('\n');
  const files: LeaderboardMessage['files'] = [];
  const embeds: APIEmbed[] = [];
  for (const row of shown) {
    const name = `clip-${row.clipId.replace(/[^\w-]/g, '')}.jpg`;
    const jpeg = row.thumbnail ? await store.thumbnails.get(row.clipId) : undefined;
    const withThumbnail = jpeg !== undefined && jpeg.byteLength <= THUMBNAIL_MAX_BYTES;
    if (withThumbnail) files.push({ name, attachment: Buffer.from(jpeg) });
    const votes = `${row.votes} ${row.votes === 1 ? 'vote' : 'votes'}`;
    const won = row.contest ? `Won “${fitEscaped(row.contest.theme, 100)}”\n` : '';
    embeds.push({
      title: `${row.rank}. ${votes}`,
      ...(row.link ? { url: row.link } : {}),
      // Embed author names are shown as plain text: no markdown, no mentions.
      author: { name: fitPlain(row.author.name, AUTHOR_MAX) },
      description: `${won}${fitEscaped(row.prompt.replace(/\s+/g, ' '), PROMPT_MAX)}`,
      footer: { text: `clip ${row.clipId}` },
      ...(withThumbnail ? { thumbnail: { url: `attachment://${name}` } } : {}),
    });
  }
  return { content: textMessage(heading).content, embeds, files };
}
