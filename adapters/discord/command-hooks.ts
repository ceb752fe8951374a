import type { RepliableInteraction } from 'discord.js';
import type { CommandHooks } from '../../commands/pipeline.ts';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Place } from '../../src/core/place.ts';
import { type CardFlowDeps, openDeferredCard } from './card-flow.ts';
import { answerPrivately } from './interactions.ts';
import { showForm } from './key-form.ts';
import type { lazyTranslators } from './languages.ts';
import { answerBudget, answerPublicly } from './text-answer.ts';

/**
 * Discord's part of running a command or button: a clip's card is the public deferred reply
 * (card-flow.ts); a text command answers directly within its time budget, or after an ephemeral
 * deferral when slow (text-answer.ts); private answers and refusals are ephemeral whatever was
 * sent before (interactions.ts answerPrivately).
 */
export function discordHooks(
  deps: CardFlowDeps,
  interaction: RepliableInteraction,
  definition: CommandDefinition,
  place: Place,
  /** The member's and the channel's translators, for the surface's own notes. */
  speak: ReturnType<typeof lazyTranslators>,
): { hooks: CommandHooks; done(): Promise<void> } {
  // A clip command defers publicly as its card; only text commands race the budget.
  const budget = definition.makesClip ? undefined : answerBudget(interaction);
  const settle = async () => budget?.settle();
  // A deferral Discord refused (a re-delivered interaction: the first delivery answered it) is
  // no refusal of the member's: it goes to the interaction handler's own failure path.
  let unanswerable = false;
  const hooks: CommandHooks = {
    async openCard() {
      return openDeferredCard(deps, interaction, place, () => {
        unanswerable = true;
      });
    },
    async answerPrivately(text) {
      await settle();
      await answerPrivately(interaction, text, speak.channel);
    },
    answerPublicly: (reply) => answerPublicly(deps, interaction, reply, settle, speak.member),
    // A form (the key form) is a modal, which must be the interaction's first answer.
    openForm: (form) => showForm(interaction, form, settle),
    async refuse(error, sentence) {
      if (unanswerable) throw error.cause ?? error;
      await settle();
      deps.logger.info({ err: error.message, interactionId: interaction.id }, 'request refused');
      await answerPrivately(interaction, sentence, speak.channel);
    },
    warn(message, error) {
      deps.logger.warn({ err: (error as Error)?.message, interactionId: interaction.id }, message);
    },
  };
  // However the run ended, the budget's timer must not defer afterwards.
  return { hooks, done: settle };
}
