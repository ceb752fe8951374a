import type { ChatInputCommandInteraction } from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { type CardFlowDeps, requestWithCard } from './card-flow.ts';
import { answerPrivately, userMessageOf } from './interactions.ts';

/**
 * `/sora <subcommand>`: any command from commands/, found by name. Options are checked before the
 * first response, so a bad value gets a private answer and nothing is deferred, queued or spent;
 * then the common card flow defers and runs the command's own handler.
 */
export async function runCommand(
  deps: CardFlowDeps & { commandName: string },
  interaction: ChatInputCommandInteraction,
): Promise<void> {
  const name = interaction.options.getSubcommand(false);
  const command = name ? findCommand(name) : undefined;
  if (!command) {
    await answerPrivately(interaction, `I don't know that command. Try /${deps.commandName} help.`);
    return;
  }
  let input: unknown;
  try {
    input = parseOptions(command, rawOptions(interaction, command));
  } catch (error) {
    await answerPrivately(interaction, userMessageOf(error));
    return;
  }
  const { app, commandName } = deps;
  await requestWithCard(deps, interaction, ({ actor, place, card, requestKey }) =>
    command.handle(input, {
      service: app.service,
      providers: app.providers,
      actor,
      place,
      card,
      requestKey,
      commandName,
    }),
  );
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
    if (value !== undefined) raw[option.name] = value;
  }
  return raw;
}
