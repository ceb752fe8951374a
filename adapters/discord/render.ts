import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import {
  type ClipAction,
  type ClipCard,
  costText,
  progressBar,
  stateLabel,
} from '../../src/core/card/card.ts';
import type { ClipState } from '../../src/core/clip/clip.ts';
import { customId } from './custom-ids.ts';
import { escapeText, fitEscaped, fitPlain, NO_MENTIONS } from './escape.ts';

/**
 * Core ClipCards drawn as Discord messages. Limits from the API docs (message resource, "Embed
 * Limits"): title 256, description 4096, field value 1024, 6000 in all; message content 2000;
 * button label 80. Member text is escaped and cut to fit; nothing here can fail a post.
 */
const CONTENT_MAX = 2000;
const PROMPT_IN_EMBED_MAX = 3500;
const PROMPT_IN_CONTENT_MAX = 1500;
const FIELD_MAX = 1024;
const EMBED_TOTAL_MAX = 6000;
const ALT_TEXT_MAX = 1024;

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
const BUTTONS: Partial<Record<ClipAction, { label: string; emoji: string; style: ButtonStyle }>> = {
  remix: { label: 'Remix', emoji: '🎨', style: ButtonStyle.Primary },
  edit: { label: 'Edit', emoji: '✏️', style: ButtonStyle.Secondary },
  reroll: { label: 'Re-roll', emoji: '🎲', style: ButtonStyle.Secondary },
  cancel: { label: 'Cancel', emoji: '✖️', style: ButtonStyle.Danger },
  delete: { label: 'Delete', emoji: '🗑️', style: ButtonStyle.Secondary },
};

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

export function cardEmbed(card: ClipCard): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: 'Requested by', value: fitEscaped(card.author.name, 200) || 'someone', inline: true },
    { name: 'Model', value: fitEscaped(card.model, 200), inline: true },
    {
      name: 'Clip',
      value: fitEscaped(`${card.durationS} s · ${card.size}${card.style ? ` · ${card.style}` : ''}`, 200),
      inline: true,
    },
  ];
  if (card.credit)
    fields.push({ name: creditTitle(card.credit.origin), value: creditText(card), inline: true });
  if (['submitted', 'rendering', 'fetching', 'delivering'].includes(card.state)) {
    fields.push({ name: 'Progress', value: progressBar(card.progress), inline: false });
    if (card.etaS !== undefined) fields.push({ name: 'Ready in', value: formatEta(card.etaS), inline: true });
  }
  if (card.state === 'failed' || card.state === 'cancelled') {
    // Nothing is owed for it: say refunded, never an estimate.
    fields.push({ name: 'Cost', value: costText(card), inline: true });
  } else if (card.state !== 'posted') {
    fields.push({ name: 'Estimated cost', value: `$${card.estimatedCostUsd.toFixed(2)}`, inline: true });
  }
  if (card.failure) {
    fields.push({ name: 'What happened', value: fitEscaped(card.failure.message, FIELD_MAX), inline: false });
  }
  if (card.notice) fields.push({ name: 'Note', value: fitEscaped(card.notice, FIELD_MAX), inline: false });
  const title = `${ICONS[card.state]} ${stateLabel(card)}`;
  const footer = `clip ${card.clipId}`;
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
  const byline = `— ${fitEscaped(card.author.name, 100)}${card.credit ? ` · ${creditTitle(card.credit.origin).toLowerCase()} ${creditText(card)}` : ''}`;
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
): { content: string; allowed_mentions: { parse: []; users: string[] }; flags: number } {
  const ids = [...new Set(notifyIds.filter((id) => /^\d{15,21}$/.test(id)))].slice(0, NOTIFY_MAX);
  const lead = ids.map((id) => `<@${id}>`).join(' ');
  const room = CONTENT_MAX - (lead ? lead.length + 1 : 0);
  return {
    content: lead ? `${lead}\n${fitEscaped(text, room)}` : fitEscaped(text, room),
    allowed_mentions: { parse: [], users: ids },
    // A clip link in a result must not unfold into a preview of someone else's page.
    flags: MessageFlags.SuppressEmbeds,
  };
}

/** A plain reply (help, confirmations, refusals), escaped and cut to one message. */
export function textMessage(text: string): Pick<MessageBody, 'content' | 'allowed_mentions'> {
  return { content: fitEscaped(text, CONTENT_MAX), allowed_mentions: NO_MENTIONS };
}

function buttonRows(card: ClipCard): MessageBody['components'] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const action of card.actions) {
    const id = customId(action, card.clipId);
    const drawing = BUTTONS[action];
    if (!id || !drawing) continue;
    const { label, emoji, style } = drawing;
    buttons.push({
      type: ComponentType.Button,
      custom_id: id,
      label,
      emoji: { name: emoji },
      style: style as APIButtonComponentWithCustomId['style'],
    });
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

const CREDIT_TITLES: Record<string, string> = { remix: 'Remix of', reroll: 'Re-roll of', edit: 'Edit of' };

function creditTitle(origin: string): string {
  return CREDIT_TITLES[origin] ?? 'Made from';
}

function creditText(card: ClipCard): string {
  return `${escapeText(fitPlain(card.credit?.authorName ?? 'someone', 100))}’s clip`;
}

function formatEta(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s`;
  return `about ${Math.round(seconds / 60)} min`;
}
