import type { APIEmbed } from 'discord.js';
import type { Board } from '../../src/core/board/board.ts';
import { SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { fitEscaped, fitPlain } from './escape.ts';

/** At most 10 embeds per message (API docs, Create Message: embeds, "Up to 10"). */
const EMBEDS_MAX = 10;
/** 10 embeds share 6000 characters (Embed Limits): 300 for each prompt leaves room for the rest. */
const PROMPT_MAX = 300;
/**
 * Embed author.name may be 256 characters (Embed Limits), but ten embeds of 256-character names
 * and full prompts would pass the 6000 they share; Discord names are at most 32 anyway.
 */
const AUTHOR_MAX = 100;
/** Embed title limit (Embed Limits: title, 256 characters). */
const TITLE_MAX = 256;
/** A thumbnail is a small JPEG; anything bigger than this is left out rather than slow the post. */
const THUMBNAIL_MAX_BYTES = 512 * 1024;

/** A board drawn for Discord: its words (raw, escaped by the caller), one embed per clip, the thumbnails. */
export interface BoardMessage {
  /** Title, sentences and notes, one per line, unescaped: textMessage or announcementMessage escape it. */
  text: string;
  embeds: APIEmbed[];
  /** The thumbnails the embeds show, sent with the message as attachments. */
  files: { name: string; attachment: Buffer }[];
}

/**
 * A board (a leaderboard, a contest announcement or standings, a remix notice) as a message:
 * each clip an embed whose title links to the clip's message, with its author, the opening of
 * its prompt and its thumbnail. Thumbnails go with the message as attachments
 * (`attachment://…`), so they show without the bot serving anything on the internet. The words
 * around the clips are the message's content; the embeds' own words are in the board's language.
 */
export async function boardMessage(
  board: Board,
  thumbnailOf: (clipId: string) => Promise<Uint8Array | undefined>,
): Promise<BoardMessage> {
  const t = translator(board.locale ?? SOURCE_LOCALE);
  const files: BoardMessage['files'] = [];
  const embeds: APIEmbed[] = [];
  for (const entry of board.entries.slice(0, EMBEDS_MAX)) {
    const name = `clip-${entry.clipId.replace(/[^\w-]/g, '')}.jpg`;
    const jpeg = entry.thumbnail ? await thumbnailOf(entry.clipId).catch(() => undefined) : undefined;
    const withThumbnail = jpeg !== undefined && jpeg.byteLength <= THUMBNAIL_MAX_BYTES;
    if (withThumbnail) files.push({ name, attachment: Buffer.from(jpeg) });
    const won = entry.contest
      ? `${t('board.entry.won', { theme: fitEscaped(entry.contest.theme, 100) })}\n`
      : '';
    embeds.push({
      // Embed titles may be 256 characters (Embed Limits); these are a few words in any language.
      title:
        entry.votes !== undefined
          ? t('board.entry.votes', { rank: entry.rank, votes: entry.votes })
          : fitPlain(entry.label ?? t('board.entry.unranked', { rank: entry.rank }), TITLE_MAX),
      ...(entry.link ? { url: entry.link } : {}),
      // Embed author names are shown as plain text: no markdown, no mentions.
      author: { name: fitPlain(entry.author.name, AUTHOR_MAX) },
      description: `${won}${fitEscaped(entry.promptOpening, PROMPT_MAX)}`,
      footer: { text: t('board.entry.clip', { clipId: entry.clipId }) },
      ...(withThumbnail ? { thumbnail: { url: `attachment://${name}` } } : {}),
    });
  }
  const text = [board.title, ...board.intro, ...board.notes].join('\n');
  return { text, embeds, files };
}
