import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { type CardFlowDeps, requestWithCard } from './card-flow.ts';
import { answerPrivately, userMessageOf } from './interactions.ts';
import { mentionedMembers } from './members.ts';
import { answerText } from './text-answer.ts';

export interface RunCommandDeps extends CardFlowDeps {
  commandName: string;
  /** The commands to serve instead of commands/ (tests add their own). */
  commands?: readonly CommandDefinition[];
}

/**
 * `/sora <subcommand>` or `/sora <group> <subcommand>`: any command from commands/, found by
 * name and group. Options are checked before the first response, so a bad value gets a private
 * answer and nothing is deferred, queued or spent. Clip commands then take the card flow (a public
 * deferral that becomes the card); text commands answer on their own, privately when private.
 */
export async function runCommand(
  deps: RunCommandDeps,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const group = interaction.options.getSubcommandGroup(false) ?? undefined;
  const name = interaction.options.getSubcommand(false);
  const command = name ? lookup(deps, name, group) : undefined;
  if (!command) {
    await answerPrivately(interaction, `I don't know that command. Try /${deps.commandName} help.`);
    return;
  }
  let input: unknown;
  let raw: RawOptions;
  try {
    raw = rawOptions(interaction, command);
    checkChannelOption(interaction, raw.channel);
    input = parseOptions(command, raw);
  } catch (error) {
    await answerPrivately(interaction, userMessageOf(error));
    return;
  }
  const { app, commandName } = deps;
  // Members named in any text option, for the consent check (issue 8: nobody is named in a clip
  // without opting in). Discord sends `resolved` users for mentions it recognised.
  const mentions = mentionedMembers(
    Object.values(raw)
      .filter((v) => typeof v === 'string')
      .join('\n'),
    {
      users: interaction.options.resolved?.users ?? undefined,
      members: interaction.options.resolved?.members ?? undefined,
      guild: interaction.guild,
    },
  );
  const base = { services: app.services, commandName, mentions };
  if (!command.makesClip) {
    await answerText(deps, interaction, (context) => command.handle(input, { ...base, ...context }));
    return;
  }
  await requestWithCard(deps, interaction, (context) => command.handle(input, { ...base, ...context }));
}

function lookup(deps: RunCommandDeps, name: string, group: string | undefined) {
  if (!deps.commands) return findCommand(name, group);
  return deps.commands.find((c) => c.name === name && c.group === group);
}

/**
 * A `channel` option (a contest's channel) must name a text channel of this server where the bot
 * can post: the core takes the id as given, and a channel of another server the bot is in would
 * otherwise receive this server's announcements.
 */
function checkChannelOption(interaction: ChatInputCommandInteraction, value: RawOptions[string]): void {
  if (typeof value !== 'string') return;
  const id = /^<#(\d{15,21})>$/.exec(value.trim())?.[1] ?? /^\d{15,21}$/.exec(value.trim())?.[0];
  if (!id) return; // not a Discord channel at all: the command's own schema explains the format
  const channel = interaction.guild?.channels.cache.get(id);
  const me = interaction.guild?.members.me;
  if (!channel?.isTextBased()) {
    throw new ValidationError(
      'That channel is not a text channel of this server: pick one with #.',
      'channel',
    );
  }
  const rights = me ? channel.permissionsFor(me) : null;
  if (!rights?.has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages])) {
    throw new ValidationError(
      `I can't post in <#${id}>: an admin needs to give me View Channel and Send Messages there.`,
      'channel',
    );
  }
}

/** Option values as Discord sent them; an image attachment becomes its URL. */
function rawOptions(interaction: ChatInputCommandInteraction, command: CommandDefinition): RawOptions {
  const raw: RawOptions = {};
  for (const option of command.options) {
    if (option.type === 'image') {
      const attachment = interaction.options.getAttachment(option.name);
      if (!attachment) continue;
      if (!attachment.contentType?.startsWith('image/')) {
        throw new ValidationError('The image must be a picture (PNG, JPEG or WebP).', option.name);
      }
      raw[option.name] = attachment.url;
      continue;
    }
    const value = interaction.options.get(option.name)?.value;
    if (value === undefined) continue;
    // Read as the option's declared type, so a payload that disagrees gets the command's own message.
    raw[option.name] = option.type === 'string' && typeof value !== 'string' ? String(value) : value;
  }
  return raw;
}
