import {
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { runCommand as runPipeline } from '../../commands/pipeline.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { type AttachmentFetch, attachmentBytes } from './attachments.ts';
import type { CardFlowDeps } from './card-flow.ts';
import { discordHooks } from './command-hooks.ts';
import { actorOf, answerPrivately, placeOf, userMessageOf } from './interactions.ts';
import { lazyTranslators, localesOf, memberTranslator } from './languages.ts';
import { mentionedMembers } from './members.ts';
import { PERMISSION_NAMES } from './permissions.ts';
import { storyModal } from './story-form.ts';

export interface RunCommandDeps extends CardFlowDeps {
  /** The commands to serve instead of commands/ (tests add their own). */
  commands?: readonly CommandDefinition[];
  /** Downloads attachments a command takes as bytes (attachments.ts). */
  fetchAttachment: AttachmentFetch;
}

/**
 * Commands whose picture option takes the file's bytes (the core checks and re-encodes them)
 * rather than its URL (`generate`'s starting image, fetched by the provider).
 */
const PICTURE_BYTES = new Set(['cast add']);

/**
 * `/sora <subcommand>` or `/sora <group> <subcommand>`: any command from commands/, found by
 * name and group, run through the command pipeline with Discord's hooks (command-hooks.ts).
 * Options Discord's own types cannot vouch for (an attachment that is no picture, a channel of
 * another server) are refused here, privately, before anything is deferred, queued or spent.
 */
export async function runCommand(
  deps: RunCommandDeps,
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const group = interaction.options.getSubcommandGroup(false) ?? undefined;
  const name = interaction.options.getSubcommand(false);
  const command = name ? lookup(deps, name, group) : undefined;
  if (!command) {
    const t = await memberTranslator(deps.services, interaction);
    await answerPrivately(interaction, t('surface.discord.unknownCommand', { command: deps.commandName }));
    return;
  }
  if (command.name === 'story' && !command.group && interaction.options.get('shots') === null) {
    // A modal must be the first response (receiving-and-responding: MODAL is not available for
    // MODAL_SUBMIT and PING interactions, and comes before any deferral), so nothing comes first
    // but the one settings read that says the member's language.
    const t = await memberTranslator(deps.services, interaction);
    let modal: ReturnType<typeof storyModal>;
    try {
      modal = storyModal(typedOptions(interaction, command), t);
    } catch (error) {
      await answerPrivately(interaction, userMessageOf(error, t));
      return;
    }
    if (modal) await interaction.showModal(modal);
    else await answerPrivately(interaction, t('surface.discord.storyOptionsTooLong'));
    return;
  }
  let raw: RawOptions;
  try {
    raw = typedOptions(interaction, command);
    checkChannelOption(interaction, raw.channel);
    const picture = command.options.find((o) => o.type === 'image');
    const spoken = command.group ? `${command.group} ${command.name}` : command.name;
    if (picture && PICTURE_BYTES.has(spoken)) {
      const attachment = interaction.options.getAttachment(picture.name);
      // Downloading may pass Discord's 3-second answer deadline: defer (privately: the answer is
      // the member's own) before it. The pipeline's answers follow an ephemeral deferral.
      if (attachment) {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        raw[picture.name] = await attachmentBytes(attachment, picture.name, deps.fetchAttachment);
      }
    }
  } catch (error) {
    await answerPrivately(
      interaction,
      userMessageOf(error, await memberTranslator(deps.services, interaction)),
    );
    return;
  }
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
  await runAction(deps, interaction, command, raw, mentions);
}

/**
 * Any command or button (commands/actions.ts) through the pipeline, as the member who acted
 * where they acted; the interaction id makes a re-delivered interaction the same request.
 */
export async function runAction(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  definition: CommandDefinition,
  raw: RawOptions,
  mentions?: Member[],
): Promise<void> {
  const place = placeOf(interaction);
  if (!place) {
    const t = await memberTranslator(deps.services, interaction);
    await answerPrivately(interaction, t('surface.discord.serverOnly'));
    return;
  }
  const { hooks, done } = discordHooks(
    deps,
    interaction,
    definition,
    place,
    lazyTranslators(deps.services, interaction),
  );
  try {
    await runPipeline(
      definition,
      raw,
      {
        services: deps.services,
        commandName: deps.commandName,
        actor: actorOf(interaction),
        place,
        requestKey: interaction.id,
        locales: localesOf(interaction),
        ...(mentions ? { mentions } : {}),
      },
      hooks,
    );
  } finally {
    await done();
  }
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
    throw new ValidationError(msg('surface.discord.channelNotText'), 'channel');
  }
  const rights = me ? channel.permissionsFor(me) : null;
  if (!rights?.has([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages])) {
    throw new ValidationError(
      msg('surface.discord.channelNoRights', {
        channel: `<#${id}>`,
        viewChannel: PERMISSION_NAMES.viewChannel,
        sendMessages: PERMISSION_NAMES.sendMessages,
      }),
      'channel',
    );
  }
}

/** Option values as Discord sent them; an image attachment becomes its URL. */
function typedOptions(interaction: ChatInputCommandInteraction, command: CommandDefinition): RawOptions {
  const raw: RawOptions = {};
  for (const option of command.options) {
    if (option.type === 'image') {
      const attachment = interaction.options.getAttachment(option.name);
      if (!attachment) continue;
      if (!attachment.contentType?.startsWith('image/')) {
        throw new ValidationError(msg('surface.discord.imageNotPicture'), option.name);
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
