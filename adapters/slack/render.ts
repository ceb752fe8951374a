import type { types } from '@slack/bolt';
import { type ClipAction, type ClipCard, progressBar, stateLabel } from '../../src/core/card.ts';
import type { TopRow } from '../../src/core/leaderboard.ts';
import { escapeText, quote, truncate } from './text.ts';

type Block = types.KnownBlock;

/** A message body: blocks, and the plain fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Action ids of the buttons; each button's value is the clip id, so it works after a restart. */
export const ACTION_IDS: Record<ClipAction, string> = {
  remix: 'reelbot_remix',
  edit: 'reelbot_edit',
  reroll: 'reelbot_reroll',
  cancel: 'reelbot_cancel',
  delete: 'reelbot_delete',
};

/** Section text is capped at 3000 characters (Block Kit section reference); leave room for the quote marks. */
const PROMPT_SHOWN = 2800;
/** Context text elements are capped at 2000 characters (Block Kit context reference). */
const CONTEXT_MAX = 1900;
/** Notification fallback: short, it is a preview. */
const FALLBACK_MAX = 150;

/**
 * Every text object that can hold member words is mrkdwn with `verbatim: true`: Slack then does
 * not auto-link URLs, channel names or @names in it (Block Kit text object reference), and the
 * text itself is escaped, so `<!channel>` arrives as the literal characters, never as a ping.
 */
export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** The live status message: state and progress, the prompt, who asked and how, and buttons. */
export function renderCard(card: ClipCard): SlackMessage {
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(statusLine(card)) },
    { type: 'section', text: mrkdwn(quote(truncate(card.prompt, PROMPT_SHOWN))) },
    {
      type: 'context',
      elements: [
        mrkdwn(truncate(detailsLine(card), CONTEXT_MAX)),
        // The id members pass to /sora remixes and contest commands (Discord shows it in the footer).
        mrkdwn(`clip \`${escapeText(card.clipId.slice(0, 100))}\``),
      ],
    },
  ];
  if (card.actions.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'reelbot_actions',
      elements: card.actions.map((a) => button(a, card)),
    });
  }
  const text = escapeText(`${stateLabel(card)}: ${truncate(card.prompt, FALLBACK_MAX)}`);
  return { text, blocks };
}

function statusLine(card: ClipCard): string {
  const label = `*${escapeText(stateLabel(card))}*`;
  switch (card.state) {
    case 'queued':
    case 'submitted':
    case 'rendering':
    case 'fetching':
    case 'delivering': {
      const eta =
        card.etaS !== undefined && card.state === 'rendering' ? ` · about ${formatEta(card.etaS)} left` : '';
      return `:clapper: ${label}  \`${progressBar(card.progress)}\`${eta}`;
    }
    case 'posted':
      return `:white_check_mark: ${label} · the video is in this thread`;
    case 'failed':
      return `:warning: ${label}: ${escapeText(card.failure?.message ?? 'the video could not be made.')}`;
    case 'cancelled':
      return `:no_entry_sign: ${label}${card.failure ? `: ${escapeText(card.failure.message)}` : ''}`;
  }
}

function detailsLine(card: ClipCard): string {
  const parts = [
    `Asked by ${escapeText(card.author.name)}`,
    escapeText(card.model),
    `${card.durationS} s`,
    escapeText(card.size),
  ];
  if (card.style) parts.push(escapeText(card.style));
  if (card.estimatedCostUsd > 0) parts.push(`about $${card.estimatedCostUsd.toFixed(2)}`);
  let line = parts.join(' · ');
  if (card.credit) line += `\n${CREDIT[card.credit.origin]} ${escapeText(card.credit.authorName)}’s clip`;
  if (card.notice) line += `\n${escapeText(card.notice)}`;
  return line;
}

const CREDIT: Record<NonNullable<ClipCard['credit']>['origin'], string> = {
  remix: 'Remix of',
  reroll: 'Re-roll of',
  edit: 'Edit of',
};

function formatEta(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}

const LABELS: Record<ClipAction, string> = {
  remix: 'Remix',
  edit: 'Edit video',
  reroll: 'Re-roll',
  cancel: 'Cancel',
  delete: 'Delete',
};

function button(action: ClipAction, card: ClipCard) {
  const base = {
    type: 'button' as const,
    action_id: ACTION_IDS[action],
    text: plain(LABELS[action]),
    value: card.clipId,
  };
  if (action === 'remix') return { ...base, style: 'primary' as const };
  if (action === 'cancel') {
    return {
      ...base,
      confirm: {
        title: plain('Cancel this video?'),
        text: plain('The render stops and nothing more is charged.'),
        confirm: plain('Cancel it'),
        deny: plain('Keep it'),
      },
    };
  }
  if (action === 'delete') {
    return {
      ...base,
      style: 'danger' as const,
      confirm: {
        title: plain('Delete this video?'),
        text: plain('The video and its status message are removed for everyone.'),
        confirm: plain('Delete'),
        deny: plain('Keep it'),
        style: 'danger' as const,
      },
    };
  }
  return base;
}

/** Shown the moment a request is taken, until the clip's own card replaces it. */
export function renderPlaceholder(): SlackMessage {
  const text = 'Queuing your video…';
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:hourglass_flowing_sand: ${text}`) }] };
}

/** The channel message a slash command opens its thread with. */
export function renderThreadRoot(authorName: string, prompt: string): SlackMessage {
  const text = escapeText(`${authorName} is making a video: ${truncate(prompt, FALLBACK_MAX)}`);
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:movie_camera: *${escapeText(authorName)}* is making a video. Progress and the clip are in this thread.\n${quote(truncate(prompt, PROMPT_SHOWN))}`,
        ),
      },
    ],
  };
}

/** The comment the uploaded video is posted with (files.completeUploadExternal initial_comment). */
export function renderUploadComment(card: ClipCard): string {
  const credit = card.credit
    ? ` (${CREDIT[card.credit.origin].toLowerCase()} ${card.credit.authorName}’s clip)`
    : '';
  return escapeText(`${card.author.name}’s video${credit}: ${truncate(card.prompt, 900)}`);
}

/** A short plain reply (help, refusals, errors), escaped. */
export function renderNotice(text: string): SlackMessage {
  const safe = escapeText(text);
  return { text: truncate(safe, 3000), blocks: [{ type: 'section', text: mrkdwn(truncate(safe, 2990)) }] };
}

/** Prompt characters shown per leaderboard row (a row is one line on a phone). */
const TOP_PROMPT = 80;
/** A link we may put in `<url|label>`: https, and nothing that would end the markup early. */
export const SAFE_LINK = /^https:\/\/[^\s|<>]+$/;

/**
 * `/sora top` as Block Kit: the title, one section per clip whose prompt links to the posted
 * video (Slack's permalink), author, votes and clip id, its thumbnail beside it where one was
 * made, then the tie rule. `text` (the core's plain board) is the notification fallback.
 */
export function renderTop(
  text: string,
  rows: readonly TopRow[],
  /** Slack file ids of the clips' thumbnails, by clip id, drawn beside each row. */
  thumbnails: ReadonlyMap<string, string> = new Map(),
): SlackMessage {
  const [title = '', ...rest] = text.split('\n');
  const blocks: Block[] = [{ type: 'section', text: mrkdwn(`*${escapeText(title.replace(/:$/, ''))}*`) }];
  for (const row of rows.slice(0, 45)) {
    const prompt = escapeText(truncate(row.prompt.replace(/\s+/g, ' '), TOP_PROMPT));
    const label = row.link && SAFE_LINK.test(row.link) ? `<${row.link}|“${prompt}”>` : `“${prompt}”`;
    const won = row.contest ? ` won “${escapeText(row.contest.theme)}”` : '';
    const votes = `${row.votes} ${row.votes === 1 ? 'vote' : 'votes'}`;
    const thumbnail = thumbnails.get(row.clipId);
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `*${row.rank}.* ${label} by ${escapeText(row.author.name)}${won} · ${votes} · clip \`${escapeText(row.clipId)}\``,
      ),
      ...(thumbnail
        ? {
            accessory: {
              type: 'image',
              slack_file: { id: thumbnail },
              alt_text: `A frame of clip ${row.clipId}`,
            },
          }
        : {}),
    });
  }
  const rule = rest.filter((line) => line.startsWith('Ties'));
  if (rule.length) blocks.push({ type: 'context', elements: [mrkdwn(escapeText(rule.join(' ')))] });
  return { text: truncate(escapeText(text), 3000), blocks };
}
