import type { types } from '@slack/bolt';
import { type Board, type BoardEntry, medalOf } from '../../src/core/board/board.ts';
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
 * core's plain words, escaped) is the notification fallback.
 */
export function renderBoard(
  board: Board,
  text: string,
  /** Slack file ids of the clips' thumbnails, by clip id. */
  thumbnails: ReadonlyMap<string, string> = new Map(),
  /** Member ids to mention (already checked to be ids), first, as the only live markup. */
  mentionIds: readonly string[] = [],
): SlackMessage {
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
      text: mrkdwn(entryLine(board, entry)),
      ...(thumbnail
        ? {
            accessory: {
              type: 'image',
              slack_file: { id: thumbnail },
              alt_text: 'A frame of this clip',
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

function entryLine(board: Board, entry: BoardEntry): string {
  const prompt = escapeText(entry.promptOpening);
  const label = entry.link && SAFE_LINK.test(entry.link) ? `<${entry.link}|“${prompt}”>` : `“${prompt}”`;
  const won = medalOf(board, entry);
  const medal = won ? `${MEDALS[won - 1]} ` : '';
  const place = entry.label !== undefined ? `*${escapeText(entry.label)}*` : `${medal}*${entry.rank}.*`;
  const theme = entry.contest ? ` won “${fitEscaped(entry.contest.theme, 120)}”` : '';
  const votes = entry.votes === undefined ? '' : ` · ${entry.votes} ${entry.votes === 1 ? 'vote' : 'votes'}`;
  // Every part is bounded (a 140-character opening, names cut to 100), so the line needs no cut
  // that could split a link's markup.
  return `${place} ${label} by ${fitEscaped(entry.author.name, 100)}${theme}${votes}`;
}
