import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import { type ClipCard, costText, moneyText, progressBar, stateLabel } from '../../src/core/card/card.ts';
import type { StoryCardPart } from '../../src/core/card/story-card.ts';
import type { ClipState } from '../../src/core/clip/clip.ts';
import type { MessageKey } from '../../src/core/i18n/catalogs.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Moment } from '../../src/core/ports/messenger.ts';
import { type ButtonAction, customId, shotCustomId } from './custom-ids.ts';
import { escapeText, fitEscaped, fitPlain, NO_MENTIONS } from './escape.ts';

/**
 * Core ClipCards drawn as Discord messages. Limits from the API docs (message resource, "Embed
 * Limits"): title 256, description 4096, field value 1024, 6000 in all; message content 2000;
 * button label 80, field name 256. Member text is escaped and cut to fit; nothing here can fail a
 * post. Every word of ours is drawn in the card's language (`translator(card.locale)`): labels
 * are cut to their limits after rendering too, so no translation can push a message over.
 */
const CONTENT_MAX = 2000;
const PROMPT_IN_EMBED_MAX = 3500;
const PROMPT_IN_CONTENT_MAX = 1500;
const FIELD_MAX = 1024;
const EMBED_TOTAL_MAX = 6000;
const ALT_TEXT_MAX = 1024;
const FIELD_NAME_MAX = 256;
const BUTTON_LABEL_MAX = 80;
const TITLE_MAX = 256;
const FOOTER_MAX = 2048;

const COLORS: Record<ClipState, number> = {
  queued: 0x99aab5,
  submitted: 0x5865f2,
  rendering: 0x5865f2,
  fetching: 0x5865f2,
  delivering: 0x5865f2,
  posted: 0x57f287,
  failed: 0xed4245,
  cancelled: 0x4f545c,
};

const ICONS: Record<ClipState, string> = {
  queued: '⏳',
  submitted: '🎬',
  rendering: '🎬',
  fetching: '📥',
  delivering: '📤',
  posted: '✅',
  failed: '⚠️',
  cancelled: '🚫',
};

/** How each action is drawn; an action the core adds later is left off until it has a drawing. */
const BUTTONS: Partial<Record<ButtonAction, { label: MessageKey; emoji: string; style: ButtonStyle }>> = {
  remix: { label: 'card.button.remix', emoji: '🎨', style: ButtonStyle.Primary },
  edit: { label: 'card.button.edit', emoji: '✏️', style: ButtonStyle.Secondary },
  reroll: { label: 'card.button.reroll', emoji: '🎲', style: ButtonStyle.Secondary },
  cancel: { label: 'card.button.cancel', emoji: '✖️', style: ButtonStyle.Danger },
  delete: { label: 'card.button.delete', emoji: '🗑️', style: ButtonStyle.Secondary },
  extend: { label: 'card.button.extend', emoji: '⏩', style: ButtonStyle.Secondary },
};

/**
 * A message without IS_COMPONENTS_V2 holds at most 5 action rows of at most 5 buttons each
 * (https://discord.com/developers/docs/components/reference#action-row): the card's own buttons
 * and Extend take the first row (at most 5: remix, edit, re-roll, delete, extend), a posted
 * story's per-shot Re-roll buttons the rows after it (STORY_MAX_SHOTS is 6, so two rows).
 */
const ROW_BUTTONS = 5;
const ROWS_MAX = 5;
/** A shot's text on the card: enough to recognise it; the full storyboard is the prompt. */
const SHOT_TEXT_MAX = 200;

/** What a message body carries; the same shape serves REST calls and discord.js replies. */
export interface MessageBody {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: typeof NO_MENTIONS;
  flags?: number;
}

/** The status card: an embed with the prompt, who asked, progress and the buttons that apply. */
export function cardMessage(card: ClipCard): MessageBody {
  return {
    content: '',
    embeds: [cardEmbed(card)],
    components: buttonRows(card),
    allowed_mentions: NO_MENTIONS,
  };
}

/** A field's name in the card's language, cut to Discord's 256 (a translation cannot make it fail). */
const fieldName = (t: Translate, key: MessageKey) => fitPlain(t(key), FIELD_NAME_MAX);

export function cardEmbed(card: ClipCard): APIEmbed {
  const t = translator(card.locale);
  const length = t('card.seconds', { seconds: card.durationS });
  const fields: APIEmbedField[] = [
    {
      name: fieldName(t, 'card.field.requestedBy'),
      value: fitEscaped(card.author.name, 200) || fitEscaped(t('card.someone'), 200),
      inline: true,
    },
    { name: fieldName(t, 'card.field.model'), value: fitEscaped(card.model, 200), inline: true },
    {
      name: fieldName(t, 'card.field.clip'),
      value: fitEscaped(`${length} · ${card.size}${card.style ? ` · ${card.style}` : ''}`, 200),
      inline: true,
    },
  ];
  if (card.credit)
    fields.push({
      name: fitPlain(t('card.credit.title', { origin: card.credit.origin }), FIELD_NAME_MAX),
      value: creditText(card, t),
      inline: true,
    });
  if (card.likeness) {
    // "with Ada's likeness": the cast members are named, escaped, never mentioned (no ping).
    fields.push({
      name: fieldName(t, 'card.field.cast'),
      value: fitEscaped(card.likeness, 300),
      inline: false,
    });
  }
  if (card.story) fields.push(...storyFields(card.story, t));
  if (['submitted', 'rendering', 'fetching', 'delivering'].includes(card.state)) {
    fields.push({
      name: fieldName(t, 'card.field.progress'),
      value: progressBar(card.progress),
      inline: false,
    });
    if (card.etaS !== undefined)
      fields.push({
        name: fieldName(t, 'card.field.readyIn'),
        value: fitEscaped(t('card.eta.about', { eta: formatEta(card.etaS, t) }), FIELD_MAX),
        inline: true,
      });
  }
  if (card.state === 'failed' || card.state === 'cancelled') {
    // Nothing is owed for it: say refunded, never an estimate.
    fields.push({
      name: fieldName(t, 'card.field.cost'),
      value: fitEscaped(costText(card), FIELD_MAX),
      inline: true,
    });
  } else if (card.state !== 'posted') {
    // A story's estimate is every shot's (what admission reserved).
    const estimate = card.story?.totalEstimatedUsd ?? card.estimatedCostUsd;
    fields.push({
      name: fieldName(t, card.story ? 'card.field.estimateStory' : 'card.field.estimate'),
      value: moneyText(card.locale, estimate),
      inline: true,
    });
  }
  if (card.failure) {
    fields.push({
      name: fieldName(t, 'card.field.failure'),
      value: fitEscaped(card.failure.message, FIELD_MAX),
      inline: false,
    });
  }
  if (card.notice)
    fields.push({
      name: fieldName(t, 'card.field.notice'),
      value: fitEscaped(card.notice, FIELD_MAX),
      inline: false,
    });
  const title = fitPlain(`${ICONS[card.state]} ${stateLabel(card)}`, TITLE_MAX);
  const footer = fitPlain(t('card.footer', { clipId: card.clipId }), FOOTER_MAX);
  // The prompt gets what the 6000-character embed budget leaves after everything else.
  const used = title.length + footer.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  return {
    title,
    description: fitEscaped(card.prompt, Math.min(PROMPT_IN_EMBED_MAX, EMBED_TOTAL_MAX - used)),
    color: COLORS[card.state],
    fields,
    footer: { text: footer },
  };
}

/**
 * The delivered clip: the MP4 attachment plays inline; the caption names the prompt and its
 * author. Embeds are suppressed so a link in a prompt never unfurls into a preview.
 */
export function videoMessage(card: ClipCard): MessageBody {
  const t = translator(card.locale);
  const credit = card.credit
    ? ` · ${fitEscaped(t('card.credit.inline', { origin: card.credit.origin, name: fitPlain(card.credit.authorName, 100) }), 400)}`
    : '';
  const likeness = card.likeness ? ` · ${fitEscaped(card.likeness, 200)}` : '';
  const byline = `— ${fitEscaped(card.author.name, 100)}${credit}${likeness}`;
  const room = Math.min(PROMPT_IN_CONTENT_MAX, CONTENT_MAX - byline.length - 4);
  return {
    // Within CONTENT_MAX by construction (room above); a cut here could split an escape or an emoji.
    content: `🎬 ${fitEscaped(card.prompt, room)}\n${byline}`,
    embeds: [],
    components: buttonRows(card),
    allowed_mentions: NO_MENTIONS,
    flags: MessageFlags.SuppressEmbeds,
  };
}

/** Alt text for the video attachment: the prompt as written (never rendered as markdown). */
export function altText(card: ClipCard): string {
  return fitPlain(card.prompt, ALT_TEXT_MAX);
}

/**
 * `allowed_mentions.users` holds at most 100 ids (API docs, Allowed Mentions Object); a mention is
 * up to 23 characters, so 40 of them leave over half of the 2000-character content for the text.
 */
export const NOTIFY_MAX = 40;

/**
 * An announcement (contest phases, results, remix notices): the escaped text, led by a mention of
 * each member to notify. Only those ids are in `allowed_mentions.users`, so they alone are pinged,
 * once each; a mention-looking string inside the text stays literal and silent.
 */
export function announcementMessage(
  text: string,
  notifyIds: readonly string[],
  moments: readonly Moment[] = [],
): { content: string; allowed_mentions: { parse: []; users: string[] }; flags: number } {
  const ids = [...new Set(notifyIds.filter((id) => /^\d{15,21}$/.test(id)))].slice(0, NOTIFY_MAX);
  const lead = ids.map((id) => `<@${id}>`).join(' ');
  const room = CONTENT_MAX - (lead ? lead.length + 1 : 0);
  const body = withTimestamps(fitEscaped(text, room), moments);
  return {
    content: lead ? `${lead}\n${body}` : body,
    allowed_mentions: { parse: [], users: ids },
    // A clip link in a result must not unfold into a preview of someone else's page.
    flags: MessageFlags.SuppressEmbeds,
  };
}

/**
 * Each moment the text names, as it wrote it, drawn as Discord's own timestamp, which shows
 * every reader the date and time in their own zone and language (style `f`, short date/time:
 * https://discord.com/developers/docs/reference#message-formatting-timestamp-styles). Done after
 * escaping, so only moments the core named become markup; a member's text that happens to read
 * the same moment shows as that same moment. A timestamp (`<t:1764079200:f>`, 16 characters)
 * replaces only a longer written moment, so the content never grows past its limit.
 */
function withTimestamps(escaped: string, moments: readonly Moment[]): string {
  let content = escaped;
  for (const moment of moments) {
    // Escaped as it stands inside a line (a moment opening a line would escape `30.` as a list).
    const written = escapeText(`x${moment.text}`).slice(1);
    const seconds = Math.floor(moment.at / 1000);
    const stamp = `<t:${seconds}:f>`;
    if (Number.isSafeInteger(seconds) && seconds >= 0 && stamp.length <= written.length)
      content = content.replaceAll(written, stamp);
  }
  return content;
}

/** A plain reply (help, confirmations, refusals), escaped and cut to one message. */
export function textMessage(text: string): Pick<MessageBody, 'content' | 'allowed_mentions'> {
  return { content: fitEscaped(text, CONTENT_MAX), allowed_mentions: NO_MENTIONS };
}

/**
 * A field per shot: its number and state (rendering with its %), and its text escaped. A story
 * has at most STORY_MAX_SHOTS (6) rows; the 25-field and 6000-character embed limits hold with
 * room to spare (the prompt gets what is left, cardEmbed).
 */
function storyFields(story: StoryCardPart, t: Translate): APIEmbedField[] {
  const shots = t('card.story.shots', { count: story.rows.length });
  const mode = t(`card.story.mode.${story.mode}`);
  const fields: APIEmbedField[] = [
    {
      name: fieldName(t, 'card.field.story'),
      value: fitEscaped(
        t(story.transition === 'fade' ? 'card.story.shapeFades' : 'card.story.shape', { shots, mode }),
        FIELD_MAX,
      ),
      inline: false,
    },
  ];
  for (const row of story.rows.slice(0, 20)) {
    const word = `${SHOT_MARKS[row.state]} ${t(`card.story.row.${row.state}`)}`;
    const where = row.state === 'rendering' ? `${word} ${progressBar(row.progress)}` : word;
    fields.push({
      name: fitPlain(
        t(row.reused ? 'card.story.shotKept' : 'card.story.shot', { number: row.number, where }),
        FIELD_NAME_MAX,
      ),
      value: fitEscaped(row.text, SHOT_TEXT_MAX) || '—',
      inline: false,
    });
  }
  return fields;
}

const SHOT_MARKS: Record<StoryCardPart['rows'][number]['state'], string> = {
  queued: '⏳',
  rendering: '🎬',
  done: '✅',
  failed: '⚠️',
};

function button(id: string, drawing: { label: string; emoji: string; style: ButtonStyle }) {
  return {
    type: ComponentType.Button,
    custom_id: id,
    label: fitPlain(drawing.label, BUTTON_LABEL_MAX),
    emoji: { name: drawing.emoji },
    style: drawing.style as APIButtonComponentWithCustomId['style'],
  } satisfies APIButtonComponentWithCustomId;
}

function buttonRows(card: ClipCard): MessageBody['components'] {
  const t = translator(card.locale);
  const buttons: APIButtonComponentWithCustomId[] = [];
  // Extend continues a posted clip; a queued card has nothing to continue yet.
  const actions: ButtonAction[] = [...card.actions, ...(card.state === 'posted' ? ['extend' as const] : [])];
  for (const action of actions) {
    const id = customId(action, card.clipId);
    const drawing = BUTTONS[action];
    if (id && drawing) buttons.push(button(id, { ...drawing, label: t(drawing.label) }));
  }
  const rows: MessageBody['components'] = [];
  for (let i = 0; i < buttons.length; i += ROW_BUTTONS)
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + ROW_BUTTONS) });
  // A posted story's shots, each re-rolled on its own (`/sora reshoot`) into a new cut.
  if (card.story && card.state === 'posted') {
    const shots = card.story.rows.flatMap((row) => {
      const id = shotCustomId(card.clipId, row.number);
      return id
        ? [
            button(id, {
              label: t('card.button.reshoot', { number: row.number }),
              emoji: '🎲',
              style: ButtonStyle.Secondary,
            }),
          ]
        : [];
    });
    for (let i = 0; i < shots.length && rows.length < ROWS_MAX; i += ROW_BUTTONS)
      rows.push({ type: ComponentType.ActionRow, components: shots.slice(i, i + ROW_BUTTONS) });
  }
  return rows;
}

/** "Ada’s clip": the name cut and escaped, then put in our sentence (which holds no markup). */
function creditText(card: ClipCard, t: Translate): string {
  return t('card.credit.clip', {
    name: escapeText(fitPlain(card.credit?.authorName ?? t('card.someone'), 100)),
  });
}

function formatEta(seconds: number, t: Translate): string {
  if (seconds < 60) return t('card.eta.seconds', { seconds: Math.max(1, Math.round(seconds)) });
  return t('card.eta.minutes', { minutes: Math.round(seconds / 60) });
}
