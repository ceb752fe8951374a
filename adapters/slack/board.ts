import type { types } from '@slack/bolt';
import { type Board, type BoardEntry, medalOf } from '../../src/core/board/board.ts';
import { SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import { mrkdwn, SAFE_LINK, type SlackMessage } from './render.ts';
import { escapeText, fitEscaped } from './text.ts';

type Block = types.KnownBlock;

/** Slack's own medal emoji for the top three of a ranking (shortcodes Slack draws itself). */
const MEDALS = [':first_place_medal:', ':second_place_medal:', ':third_place_medal:'];
/** Section text is capped at 3000 characters (Block Kit section reference). */
const SECTION_MAX = 2900;
/** Context text elements are capped at 2000 characters (Block Kit context reference). */
const CONTEXT_MAX = 1900;
/** A message holds at most 50 blocks (Block Kit reference); a board lists at most 10 clips. */
const ENTRIES_MAX = 20;

/**
 * A board (contest announcement or standings, remix notice) as Block Kit: who it is for, its
 * title and sentences, then one section per clip whose prompt links to the posted video (Slack's
 * permalink) with the author and votes, and its thumbnail beside it; the notes last. `text` (the
 * core's plain words, escaped) is the notification fallback. The entries' own words (by, won,
 * votes) are in the board's language.
 */
export function renderBoard(
  board: Board,
  text: string,
  /** Slack file ids of the clips' thumbnails, by clip id. */
  thumbnails: ReadonlyMap<string, string> = new Map(),
  /** Member ids to mention (already checked to be ids), first, as the only live markup. */
  mentionIds: readonly string[] = [],
): SlackMessage {
  const t = translator(board.locale ?? SOURCE_LOCALE);
  const blocks: Block[] = [];
  if (mentionIds.length) {
    blocks.push({ type: 'section', text: mrkdwn(mentionIds.map((id) => `<@${id}>`).join(' ')) });
  }
  blocks.push({ type: 'section', text: mrkdwn(`*${fitEscaped(board.title, 200)}*`) });
  if (board.intro.length) {
    blocks.push({ type: 'section', text: mrkdwn(fitEscaped(board.intro.join('\n'), SECTION_MAX)) });
  }
  for (const entry of board.entries.slice(0, ENTRIES_MAX)) {
    const thumbnail = thumbnails.get(entry.clipId);
    blocks.push({
      type: 'section',
      text: mrkdwn(entryLine(t, board, entry)),
      ...(thumbnail
        ? {
            accessory: {
              type: 'image',
              slack_file: { id: thumbnail },
              alt_text: t('board.entry.thumbnailAlt'),
            },
          }
        : {}),
    });
  }
  if (board.notes.length) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(fitEscaped(board.notes.join(' '), CONTEXT_MAX))],
    });
  }
  return { text, blocks };
}

function entryLine(t: Translate, board: Board, entry: BoardEntry): string {
  const prompt = escapeText(entry.promptOpening);
  const label = entry.link && SAFE_LINK.test(entry.link) ? `<${entry.link}|“${prompt}”>` : `“${prompt}”`;
  const won = medalOf(board, entry);
  const medal = won ? `${MEDALS[won - 1]} ` : '';
  const place = entry.label !== undefined ? `*${escapeText(entry.label)}*` : `${medal}*${entry.rank}.*`;
  const votes = entry.votes === undefined ? '' : ` · ${t('board.entry.voteCount', { votes: entry.votes })}`;
  // Every part is bounded (a 140-character opening, names cut to 100), so the line needs no cut
  // that could split a link's markup. Member text is escaped before it goes into the sentence;
  // the catalog's own words hold no Slack markup (&, <, >).
  const values = { entry: `${place} ${label}`, name: fitEscaped(entry.author.name, 100) };
  const line = entry.contest
    ? t('board.entry.byWon', { ...values, theme: fitEscaped(entry.contest.theme, 120) })
    : t('board.entry.by', values);
  return `${line}${votes}`;
}
