import {
  type BaseInteraction,
  type InteractionEditReplyOptions,
  MessageFlags,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import { memberMessage } from '../../commands/pipeline.ts';
import type { Actor, MessageRef } from '../../src/core/clip/clip.ts';
import { type Translate, translator } from '../../src/core/i18n/translator.ts';
import type { Place } from '../../src/core/place.ts';
import { NO_MENTIONS } from './escape.ts';
import type { PERMISSION_NAMES } from './permissions.ts';
import { SURFACE, toRef } from './refs.ts';
import { type MessageBody, textMessage } from './render.ts';

/** Who is acting, with Manage Server as the admin right (the core lets admins cancel and delete). */
export function actorOf(interaction: BaseInteraction): Actor {
  const { user, member } = interaction;
  const name =
    member && 'displayName' in member
      ? member.displayName
      : (member?.nick ?? user.globalName ?? user.username);
  return {
    id: user.id,
    name,
    ...(user.bot ? { bot: true } : {}),
    admin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

/** Where the interaction happened; threads are channels of their own on Discord. */
export function placeOf(interaction: BaseInteraction): Place | undefined {
  if (!interaction.guildId || !interaction.channelId) return undefined;
  return { surface: SURFACE, workspaceId: interaction.guildId, channelId: interaction.channelId };
}

/**
 * What the bot lacks in this channel to finish a clip: after the interaction token expires the
 * card is edited and the clip uploaded with the bot token (no 15-minute limit), which needs these.
 * `app_permissions` comes with every interaction.
 */
export function missingPermissions(interaction: BaseInteraction): (keyof typeof PERMISSION_NAMES)[] {
  const inThread = interaction.channel?.isThread() ?? false;
  const needed: [keyof typeof PERMISSION_NAMES, bigint][] = [
    ['viewChannel', PermissionFlagsBits.ViewChannel],
    inThread
      ? ['sendMessagesInThreads', PermissionFlagsBits.SendMessagesInThreads]
      : ['sendMessages', PermissionFlagsBits.SendMessages],
    ['embedLinks', PermissionFlagsBits.EmbedLinks],
    ['attachFiles', PermissionFlagsBits.AttachFiles],
    ['readMessageHistory', PermissionFlagsBits.ReadMessageHistory],
  ];
  return needed.filter(([, flag]) => !interaction.appPermissions.has(flag)).map(([name]) => name);
}

/** The deferred reply as a card reference; its message id comes from GET @original. */
export async function deferredCard(interaction: RepliableInteraction): Promise<MessageRef> {
  const reply = await interaction.fetchReply();
  return toRef({
    kind: 'interaction',
    channelId: reply.channelId,
    messageId: reply.id,
    createdAt: interaction.createdTimestamp,
    token: interaction.token,
  });
}

/** A message body in the shape discord.js's reply methods take. */
export function forDiscordJs(body: Partial<MessageBody>): InteractionEditReplyOptions {
  return {
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds ? { embeds: body.embeds } : {}),
    ...(body.components ? { components: body.components } : {}),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Tell only this member something (a refusal, a confirmation, help), whatever was sent before:
 * an ephemeral reply as the first response, or an edit of an ephemeral deferral. After a public
 * deferral the "thinking…" message is resolved, removed, and an ephemeral follow-up sent: the
 * first follow-up to a deferral still loading would ignore the ephemeral flag and take the
 * deferral's visibility (API docs, Create Followup Message; discord-api-docs#3466). The short
 * note left in the channel meanwhile is in the channel's language (`channelT`).
 */
export async function answerPrivately(
  interaction: RepliableInteraction,
  text: string,
  channelT: () => Promise<Translate> = async () => translator('en'),
): Promise<void> {
  const body = { content: textMessage(text).content, allowedMentions: NO_MENTIONS };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.ephemeral) {
    await interaction.editReply(body);
    return;
  }
  const note = (await channelT())('surface.discord.answeredPrivately');
  await interaction.editReply({ content: textMessage(note).content, allowedMentions: NO_MENTIONS });
  await interaction.deleteReply().catch(() => {});
  await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
}

/** The member-facing sentence of any error (the pipeline's, the same on every surface). */
export const userMessageOf = memberMessage;
