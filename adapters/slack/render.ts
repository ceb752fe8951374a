import type { types } from '@slack/bolt';
import type { TopRow } from '../../src/core/board/leaderboard.ts';
import {
  type ClipAction,
  type ClipCard,
  costText,
  moneyText,
  progressBar,
  stateLabel,
} from '../../src/core/card/card.ts';
import type { StoryCardPart } from '../../src/core/card/story-rows.ts';
import { codePoints } from '../../src/core/card/text-cut.ts';
import type { MessageKey } from '../../src/core/i18n/catalogs.ts';
import { type Locale, SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import { escapeText, fitEscaped, fitQuoted, truncate } from './text.ts';

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

/** The Extend button (posted clips) and a story's per-shot Re-roll buttons (value `<story>:<n>`). */
export const EXTEND_ACTION_ID = 'reelbot_extend';
export const RESHOOT_ACTION_ID = 'reelbot_reshoot';

/**
 * A section's text is 1-3000 characters, counted as sent: after escaping and quoting
 * (https://docs.slack.dev/reference/block-kit/blocks/section-block). Member text is fitted to it
 * with text.ts, which cuts before escaping so no entity or surrogate pair is split.
 */
const SECTION_MAX = 3000;
/** Notification fallback: short, it is a preview. */
const FALLBACK_MAX = 150;
/**
 * Member-written words in a context line (names, model, style, notices), each bounded so the
 * line stays far inside a text object's 3000 characters
 * (https://docs.slack.dev/reference/block-kit/composition-objects/text-object).
 */
const NAME_MAX = 100;
const NOTICE_MAX = 1000;
/** A failure's sentence on the status line. */
const FAILURE_MAX = 1000;
/**
 * Button text is at most 75 characters; a confirm dialog's title 100, text 300, its buttons 30
 * (https://docs.slack.dev/reference/block-kit/block-elements/button-element,
 * https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object).
 * Our words are cut to them after they are drawn in the card's language.
 */
const BUTTON_MAX = 75;
const CONFIRM_TITLE_MAX = 100;
const CONFIRM_TEXT_MAX = 300;
const CONFIRM_BUTTON_MAX = 30;

/*
 * Our own words (the cards catalog) never hold `&`, `<` or `>` (test/unit/card-i18n.test.ts), so
 * member words escaped and fitted first can be put in a drawn sentence as they are: the sentence
 * is what escaping it whole would give, while each member word keeps its own bound as sent.
 */

/**
 * Every text object that can hold member words is mrkdwn with `verbatim: true`: Slack then does
 * not auto-link URLs, channel names or @names in it (Block Kit text object reference), and the
 * text itself is escaped, so `<!channel>` arrives as the literal characters, never as a ping.
 */
export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** The live status message: state and progress, the prompt, who asked and how, and buttons. */
export function renderCard(card: ClipCard): SlackMessage {
  const t = translator(card.locale);
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(statusLine(card, t)) },
    { type: 'section', text: mrkdwn(fitQuoted(card.prompt, SECTION_MAX)) },
    ...(card.story ? [{ type: 'section' as const, text: mrkdwn(storyRows(card.story, card.locale)) }] : []),
    {
      type: 'context',
      elements: [
        mrkdwn(detailsLine(card, t)),
        // The id members pass to /sora remixes and contest commands (Discord shows it in the footer).
        mrkdwn(fitEscaped(t('card.footer', { clipId: `\`${card.clipId}\`` }), NAME_MAX)),
      ],
    },
  ];
  const elements = [...card.actions.map((a) => button(a, card, t)), ...extraButtons(card, t)];
  // An actions block holds at most 25 elements (https://docs.slack.dev/reference/block-kit/blocks/actions-block):
  // the card's own (≤ 4), Extend and one Re-roll per shot (STORY_MAX_SHOTS, 6 by default) fit.
  if (elements.length > 0) {
    blocks.push({ type: 'actions', block_id: 'reelbot_actions', elements: elements.slice(0, 25) });
  }
  const text = escapeText(
    t('card.fallback', { state: stateLabel(card), prompt: truncate(card.prompt, FALLBACK_MAX) }),
  );
  return { text, blocks };
}

/**
 * Extend on every posted clip, and on a posted story a Re-roll per shot that has its
 * own clip (a shot kept from the first cut is re-rolled on that story). Values carry ids only.
 */
function extraButtons(card: ClipCard, t: Translate) {
  const extra: types.Button[] = [];
  if (card.state === 'posted') {
    extra.push({
      type: 'button',
      action_id: EXTEND_ACTION_ID,
      text: plain(truncate(t('card.button.extend'), BUTTON_MAX)),
      value: card.clipId,
    });
  }
  if (card.story && card.state === 'posted') {
    for (const row of card.story.rows) {
      if (row.reused || !row.clipId) continue;
      extra.push({
        type: 'button',
        // action_id must be unique within its block (button element reference).
        action_id: `${RESHOOT_ACTION_ID}_${row.number}`,
        text: plain(truncate(t('card.button.reshoot', { number: row.number }), BUTTON_MAX)),
        value: `${card.clipId}:${row.number}`,
      });
    }
  }
  return extra;
}

const ROW_MARK: Record<StoryCardPart['rows'][number]['state'], string> = {
  queued: ':hourglass:',
  rendering: ':clapper:',
  done: ':white_check_mark:',
  failed: ':x:',
};

/**
 * A line per shot (state, % while rendering, what happens in it, escaped), then the story's
 * mode, time left and whole cost, in the card's language. What the lines say around the shots'
 * words is drawn first; the words then share what is left of the section's 3000 characters
 * equally, so the block fits whatever the member wrote in whatever language the card is in.
 */
function storyRows(story: StoryCardPart, locale: Locale): string {
  const t = translator(locale);
  const heads = story.rows.map((row) => {
    const where =
      row.state === 'rendering'
        ? `\`${progressBar(row.progress)}\``
        : escapeText(t(`card.story.row.${row.state}`));
    const kept = row.reused ? ` ${escapeText(t('card.story.keptFirstCut'))}` : '';
    return `${ROW_MARK[row.state]} *${escapeText(t('card.story.shotNumber', { number: row.number }))}* · ${where}${kept} · `;
  });
  const money = story.chargedUsd
    ? t('card.story.chargedRest', { amount: moneyText(locale, story.chargedUsd) })
    : t('card.story.about', { amount: moneyText(locale, story.totalEstimatedUsd) });
  const shots = t('card.story.shots', { count: story.rows.length });
  const how = t(story.transition === 'fade' ? 'card.story.howFades' : 'card.story.how', {
    shots,
    mode: t(`card.story.mode.${story.mode}`),
  });
  const time = story.etaS !== undefined ? ` · ${t('card.eta.left', { eta: formatEta(story.etaS, t) })}` : '';
  const summary = `_${fitEscaped(`${how}${time} · ${money}`, 500)}_`;
  const fixed = heads.reduce((n, head) => n + codePoints(head), codePoints(summary) + heads.length);
  const share = Math.max(1, Math.floor((SECTION_MAX - fixed) / Math.max(1, story.rows.length)));
  const lines = story.rows.map((row, i) => `${heads[i]}${fitEscaped(row.text.replace(/\s+/g, ' '), share)}`);
  lines.push(summary);
  return lines.join('\n');
}

function statusLine(card: ClipCard, t: Translate): string {
  const label = `*${escapeText(stateLabel(card))}*`;
  switch (card.state) {
    case 'queued':
    case 'submitted':
    case 'rendering':
    case 'fetching':
    case 'delivering': {
      const eta =
        card.etaS !== undefined && card.state === 'rendering'
          ? ` · ${escapeText(t('card.eta.left', { eta: formatEta(card.etaS, t) }))}`
          : '';
      return `:clapper: ${label}  \`${progressBar(card.progress)}\`${eta}`;
    }
    case 'posted':
      return `:white_check_mark: ${label} · ${escapeText(t('card.inThread'))}`;
    case 'failed':
      return `:warning: ${label}: ${fitEscaped(card.failure?.message ?? t('card.notMade'), FAILURE_MAX)}`;
    case 'cancelled':
      return `:no_entry_sign: ${label}${card.failure ? `: ${fitEscaped(card.failure.message, FAILURE_MAX)}` : ''}`;
  }
}

/** Who asked and how; every part bounded, so the line fits a text object by construction. */
function detailsLine(card: ClipCard, t: Translate): string {
  const parts = [
    t('card.askedBy', { name: fitEscaped(card.author.name, NAME_MAX) }),
    fitEscaped(card.model, NAME_MAX),
    t('card.seconds', { seconds: card.durationS }),
    fitEscaped(card.size, NAME_MAX),
  ];
  if (card.style) parts.push(fitEscaped(card.style, NAME_MAX));
  // A failed or cancelled clip costs nothing: it says refunded, never an estimate.
  if (card.state === 'failed' || card.state === 'cancelled') parts.push(escapeText(costText(card)));
  else if (card.estimatedCostUsd > 0)
    parts.push(t('card.about', { amount: moneyText(card.locale, card.estimatedCostUsd) }));
  let line = parts.join(' · ');
  if (card.credit)
    line += `\n${t('card.credit.line', { origin: card.credit.origin, name: fitEscaped(card.credit.authorName, NAME_MAX) })}`;
  if (card.likeness) {
    // "with Ada's likeness": the cast members named, escaped like every member word.
    line += `\n:busts_in_silhouette: ${fitEscaped(card.likeness, NOTICE_MAX)}`;
  }
  if (card.notice) line += `\n${fitEscaped(card.notice, NOTICE_MAX)}`;
  return line;
}

function formatEta(seconds: number, t: Translate): string {
  if (seconds < 60) return t('card.eta.seconds', { seconds: Math.max(1, Math.round(seconds)) });
  return t('card.eta.minutes', { minutes: Math.round(seconds / 60) });
}

const LABELS: Record<ClipAction, MessageKey> = {
  remix: 'card.button.remix',
  edit: 'card.button.editVideo',
  reroll: 'card.button.reroll',
  cancel: 'card.button.cancel',
  delete: 'card.button.delete',
};

function button(action: ClipAction, card: ClipCard, t: Translate) {
  const base = {
    type: 'button' as const,
    action_id: ACTION_IDS[action],
    text: plain(truncate(t(LABELS[action]), BUTTON_MAX)),
    value: card.clipId,
  };
  const confirm = (title: MessageKey, text: MessageKey, yes: MessageKey) => ({
    title: plain(truncate(t(title), CONFIRM_TITLE_MAX)),
    text: plain(truncate(t(text), CONFIRM_TEXT_MAX)),
    confirm: plain(truncate(t(yes), CONFIRM_BUTTON_MAX)),
    deny: plain(truncate(t('card.confirm.keep'), CONFIRM_BUTTON_MAX)),
  });
  if (action === 'remix') return { ...base, style: 'primary' as const };
  if (action === 'cancel') {
    return {
      ...base,
      confirm: confirm('card.confirm.cancel.title', 'card.confirm.cancel.text', 'card.confirm.cancel.yes'),
    };
  }
  if (action === 'delete') {
    return {
      ...base,
      style: 'danger' as const,
      confirm: {
        ...confirm('card.confirm.delete.title', 'card.confirm.delete.text', 'card.confirm.delete.yes'),
        style: 'danger' as const,
      },
    };
  }
  return base;
}

/**
 * Shown the moment a request is taken, until the clip's own card replaces it; in the channel's
 * language (the caller passes it; English until it does).
 */
export function renderPlaceholder(locale: Locale = SOURCE_LOCALE): SlackMessage {
  const text = escapeText(translator(locale)('card.placeholder'));
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:hourglass_flowing_sand: ${text}`) }] };
}

/** The channel message a slash command opens its thread with, in the channel's language. */
export function renderThreadRoot(
  authorName: string,
  prompt: string,
  locale: Locale = SOURCE_LOCALE,
): SlackMessage {
  const t = translator(locale);
  const text = escapeText(
    t('card.thread.fallback', {
      name: truncate(authorName, NAME_MAX),
      prompt: truncate(prompt, FALLBACK_MAX),
    }),
  );
  const head = `:movie_camera: ${t('card.thread.head', { name: `*${fitEscaped(authorName, NAME_MAX)}*` })}\n`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`${head}${fitQuoted(prompt, SECTION_MAX - codePoints(head))}`) },
    ],
  };
}

/** The comment the uploaded video is posted with (files.completeUploadExternal initial_comment). */
export function renderUploadComment(card: ClipCard): string {
  const t = translator(card.locale);
  const name = truncate(card.author.name, NAME_MAX);
  const prompt = truncate(card.prompt, 900);
  if (!card.credit) return escapeText(t('card.upload', { name, prompt }));
  const credit = t('card.credit.inline', {
    origin: card.credit.origin,
    name: truncate(card.credit.authorName, NAME_MAX),
  });
  return escapeText(t('card.uploadCredit', { name, credit, prompt }));
}

/** A short plain reply (help, refusals, errors), escaped. */
export function renderNotice(text: string): SlackMessage {
  const safe = fitEscaped(text, SECTION_MAX);
  return { text: safe, blocks: [{ type: 'section', text: mrkdwn(safe) }] };
}

/** Prompt characters shown per leaderboard row (a row is one line on a phone). */
const TOP_PROMPT = 80;
/** A link we may put in `<url|label>`: https, nothing that would end the markup early, not huge. */
export const SAFE_LINK = /^https:\/\/[^\s|<>]{1,500}$/;
/** The board's title line and its closing rule. */
const TITLE_MAX = 300;
/** A section's image accessory: alt_text ≤ 2000 (https://docs.slack.dev/reference/block-kit/block-elements/image-element). */
const ALT_TEXT_MAX = 2000;

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
  /** The channel's language, for the words around each row (the core's board words are its own). */
  locale: Locale = SOURCE_LOCALE,
): SlackMessage {
  const t = translator(locale);
  const [title = '', ...rest] = text.split('\n');
  const blocks: Block[] = [
    { type: 'section', text: mrkdwn(`*${fitEscaped(title.replace(/:$/, ''), TITLE_MAX)}*`) },
  ];
  // 45 rows, the title and the rule stay under a message's 50 blocks (https://docs.slack.dev/reference/block-kit/blocks).
  for (const row of rows.slice(0, 45)) {
    const prompt = fitEscaped(row.prompt.replace(/\s+/g, ' '), TOP_PROMPT);
    const label = row.link && SAFE_LINK.test(row.link) ? `<${row.link}|“${prompt}”>` : `“${prompt}”`;
    const won = row.contest
      ? ` ${t('card.top.won', { theme: fitEscaped(row.contest.theme, NAME_MAX) })}`
      : '';
    const votes = t('card.top.votes', { count: row.votes });
    const thumbnail = thumbnails.get(row.clipId);
    const entry = t('card.top.entry', { label, name: fitEscaped(row.author.name, NAME_MAX) });
    const clip = t('card.footer', { clipId: `\`${fitEscaped(row.clipId, NAME_MAX)}\`` });
    blocks.push({
      type: 'section',
      text: mrkdwn(`*${row.rank}.* ${entry}${won} · ${votes} · ${clip}`),
      ...(thumbnail
        ? {
            accessory: {
              type: 'image',
              slack_file: { id: thumbnail },
              alt_text: truncate(t('card.top.frame', { clipId: row.clipId }), ALT_TEXT_MAX),
            },
          }
        : {}),
    });
  }
  const rule = rest.filter((line) => line.startsWith('Ties'));
  if (rule.length)
    blocks.push({ type: 'context', elements: [mrkdwn(fitEscaped(rule.join(' '), TITLE_MAX))] });
  return { text: fitEscaped(text, SECTION_MAX), blocks };
}
