import {
  type ButtonInteraction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { cancelClip, deleteClip, editClip, remixClip, rerollClip } from '../../commands/actions.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { PROMPT_MAX } from '../../src/core/clip/clip-options.ts';
import type { CardFlowDeps } from './card-flow.ts';
import { customId, PROMPT_INPUT_ID, parseCustomId } from './custom-ids.ts';
import { fitPlain } from './escape.ts';
import { answerPrivately, userMessageOf } from './interactions.ts';
import { mentionedMembers } from './members.ts';
import { runAction } from './run-command.ts';

/** Modal titles are at most 45 characters (Discord API docs, receiving-and-responding.mdx, Modal). */
const MODAL_TITLE_MAX = 45;

/**
 * The buttons under a card or a clip. The custom_id names the action and the clip; everything
 * else comes from the store, so buttons keep working after a restart.
 */
/** What the buttons and the Remix modal need: the card flow's deps. */
export type ActionDeps = CardFlowDeps;

export async function clickButton(deps: ActionDeps, interaction: ButtonInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) {
    await answerPrivately(interaction, 'This button no longer does anything.');
    return;
  }
  const { action, clipId } = parsed;
  switch (action) {
    case 'remix':
    case 'edit':
      return openPromptModal(deps, interaction, action, clipId);
    case 'reroll':
      return reroll(deps, interaction, clipId);
    case 'cancel':
    case 'delete':
      return ownerAction(deps, interaction, action, clipId);
    default:
      await answerPrivately(interaction, 'This button no longer does anything.');
  }
}

/**
 * A Remix or Edit modal was sent: a new clip from the written prompt (Remix: a new render from
 * the original's prompt; Edit: the original's provider changes its video), crediting the original.
 */
export async function submitModal(deps: ActionDeps, interaction: ModalSubmitInteraction): Promise<void> {
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== 'remix' && parsed?.action !== 'edit') {
    await answerPrivately(interaction, 'This form no longer does anything.');
    return;
  }
  // A form from an older version of the bot (or a tampered client) may lack the field.
  const field = interaction.fields.fields.get(PROMPT_INPUT_ID);
  const prompt = field && 'value' in field && typeof field.value === 'string' ? field.value : undefined;
  if (prompt === undefined) {
    await answerPrivately(interaction, 'This form no longer does anything.');
    return;
  }
  // Modal text comes with no resolved users: names come from the guild cache, else the id.
  const mentions = mentionedMembers(prompt, { guild: interaction.guild });
  const action = parsed.action === 'remix' ? remixClip : editClip;
  await runAction(deps, interaction, action, { clip: parsed.clipId, prompt }, mentions);
}

/**
 * Remix and Edit answer with their modal as the first response: Discord allows a modal only as
 * the first answer, within 3 s (receiving-and-responding.mdx), so these clicks are never deferred. One
 * store read comes before it.
 */
async function openPromptModal(
  deps: ActionDeps,
  interaction: ButtonInteraction,
  action: 'remix' | 'edit',
  clipId: string,
): Promise<void> {
  let clip: Clip;
  try {
    clip = await deps.services.clips.get(clipId);
  } catch (error) {
    await answerPrivately(interaction, userMessageOf(error));
    return;
  }
  const modal = action === 'remix' ? remixModal(clip) : editModal(clip);
  if (!modal) {
    await answerPrivately(interaction, 'This button no longer does anything.');
    return;
  }
  await interaction.showModal(modal);
}

/** Remix: the original prompt to change as the member likes. */
export function remixModal(clip: Clip): ModalBuilder | undefined {
  // The core keeps prompts within PROMPT_MAX, which is Discord's 4000-character prefill limit.
  return promptModal(clip, 'remix', {
    title: `Remix ${clip.author.name}’s clip`,
    description: `Change what you like; ${fitPlain(clip.author.name, 40)} gets the credit.`,
    value: fitPlain(clip.prompt, PROMPT_MAX),
  });
}

/** Edit: an instruction for the provider to change this very video. */
export function editModal(clip: Clip): ModalBuilder | undefined {
  return promptModal(clip, 'edit', {
    title: `Edit ${clip.author.name}’s video`,
    description: 'Say what to change, like “make it night” or “add rain”.',
  });
}

function promptModal(
  clip: Clip,
  action: 'remix' | 'edit',
  text: { title: string; description: string; value?: string },
): ModalBuilder | undefined {
  const id = customId(action, clip.id);
  if (!id) return undefined;
  const input = new TextInputBuilder()
    .setCustomId(PROMPT_INPUT_ID)
    .setStyle(TextInputStyle.Paragraph)
    .setRequired(true)
    .setMinLength(1)
    .setMaxLength(PROMPT_MAX);
  if (text.value) input.setValue(text.value);
  return new ModalBuilder()
    .setCustomId(id)
    .setTitle(fitPlain(text.title, MODAL_TITLE_MAX))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(action === 'remix' ? 'Prompt' : 'Change')
        .setDescription(fitPlain(text.description, 100))
        .setTextInputComponent(input),
    );
}

/** The same prompt rendered again, by whoever pressed it (credited to the original). */
async function reroll(deps: ActionDeps, interaction: ButtonInteraction, clipId: string): Promise<void> {
  try {
    await deps.services.clips.get(clipId);
  } catch (error) {
    await answerPrivately(interaction, userMessageOf(error));
    return;
  }
  await runAction(deps, interaction, rerollClip, { clip: clipId });
}

/**
 * Cancel and Delete: the core decides who may (the author, or an admin with Manage Server). The
 * answer is private; the card itself changes (or goes) through the messenger.
 */
async function ownerAction(
  deps: ActionDeps,
  interaction: ButtonInteraction,
  action: 'cancel' | 'delete',
  clipId: string,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await runAction(deps, interaction, action === 'cancel' ? cancelClip : deleteClip, { clip: clipId });
}
