import type { RepliableInteraction } from 'discord.js';
import type { OpenedCard } from '../../commands/pipeline.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { type Message, msg } from '../../src/core/i18n/message.ts';
import type { Place } from '../../src/core/place.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Services } from '../../src/core/services.ts';
import { deferredCard, missingPermissions } from './interactions.ts';
import type { DiscordMessenger } from './messenger.ts';
import { PERMISSION_NAMES } from './permissions.ts';
import type { DiscordState } from './state.ts';

export interface CardFlowDeps {
  services: Services;
  /** The command's name (COMMAND_NAME), for answers that name it. */
  commandName: string;
  messenger: DiscordMessenger;
  state: DiscordState;
  logger: Logger;
}

/**
 * A clip-making interaction's card (slash command, Remix submit, Re-roll): check the bot can
 * finish the job here, then defer publicly within Discord's 3-second deadline (receiving-and-responding.mdx)
 * before anything slow; the deferred reply becomes the clip's card. Whatever fails after the
 * deferral, the pipeline's refusal answer removes the "thinking…" message and tells the member
 * privately (interactions.ts answerPrivately).
 */
export async function openDeferredCard(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  place: Place,
  /** Called when Discord refuses the deferral itself: there is then nothing to answer on. */
  deferralRefused: () => void,
): Promise<OpenedCard> {
  const missing = missingPermissions(interaction);
  if (missing.length > 0) {
    throw new ReelbotError(
      ErrorCode.Forbidden,
      msg('surface.discord.cardPermissions', {
        permissions: listOf(missing.map((p) => PERMISSION_NAMES[p])),
      }),
    );
  }
  await interaction.deferReply().catch((error: unknown) => {
    deferralRefused();
    throw error;
  });
  if (interaction.attachmentSizeLimit > 0) {
    await deps.state.setUploadLimit(place, interaction.attachmentSizeLimit);
  }
  return { ref: await deferredCard(interaction) };
}

/** Names as one list, each in the reader's language: `a, b, c` (nested so each renders on its own). */
export function listOf(items: readonly Message[]): Message | string {
  const [first, ...rest] = items;
  if (!first) return '';
  if (rest.length === 0) return first;
  return msg('surface.discord.permission.list', { first, rest: listOf(rest) });
}
