import {
  type ButtonInteraction,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import {
  CLIP_ACTIONS,
  cancelClip,
  deleteClip,
  editClip,
  remixClip,
  rerollClip,
} from '../../commands/actions.ts';
import { reshoot } from '../../commands/reshoot.ts';
import { story as storyCommand } from '../../commands/story.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { PROMPT_MAX } from '../../src/core/clip/clip-options.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import type { CardFlowDeps } from './card-flow.ts';
import {
  customId,
  PROMPT_INPUT_ID,
  parseCustomId,
  parseShotCustomId,
  parseStoryFormId,
  SECONDS_INPUT_ID,
} from './custom-ids.ts';
import { fitPlain } from './escape.ts';
import { answerPrivately, userMessageOf } from './interactions.ts';
import { memberTranslator } from './languages.ts';
import { mentionedMembers } from './members.ts';
import { runAction } from './run-command.ts';
import { STORY_FORM_OPTIONS, storyFormOptions } from './story-form.ts';

/** Modal titles are at most 45 characters (Discord API docs, receiving-and-responding.mdx, Modal). */
const MODAL_TITLE_MAX = 45;
/**
 * A Label's text at most 45 characters, its description 100
 * (https://discord.com/developers/docs/components/reference#label): cut after rendering, so
 * they hold in every language.
 */
const LABEL_MAX = 45;
const DESCRIPTION_MAX = 100;

/**
 * The buttons under a card or a clip. The custom_id names the action and the clip; everything
 * else comes from the store, so buttons keep working after a restart.
 */
/** What the buttons and the Remix modal need: the card flow's deps. */
export type ActionDeps = CardFlowDeps;

export async function clickButton(deps: ActionDeps, interaction: ButtonInteraction): Promise<void> {
  const shot = parseShotCustomId(interaction.customId);
  if (shot) {
    // The story's card shows the shot; the core checks it is still there and posted.
    await runAction(deps, interaction, reshoot, { story: shot.storyId, shot: shot.shot });
    return;
  }
  const parsed = parseCustomId(interaction.customId);
  if (!parsed) {
    await buttonGone(deps, interaction);
    return;
  }
  const { action, clipId } = parsed;
  switch (action) {
    case 'remix':
    case 'edit':
    case 'extend':
      return openPromptModal(deps, interaction, action, clipId);
    case 'reroll':
      return reroll(deps, interaction, clipId);
    case 'cancel':
    case 'delete':
      return ownerAction(deps, interaction, action, clipId);
    default:
      await buttonGone(deps, interaction);
  }
}

/** A button from an older version of the bot, or a tampered one: said in the member's language. */
async function buttonGone(deps: ActionDeps, interaction: ButtonInteraction): Promise<void> {
  const t = await memberTranslator(deps.services, interaction);
  await answerPrivately(interaction, t('surface.discord.buttonGone'));
}

async function formGone(deps: ActionDeps, interaction: ModalSubmitInteraction): Promise<void> {
  const t = await memberTranslator(deps.services, interaction);
  await answerPrivately(interaction, t('surface.discord.formGone'));
}

/**
 * A Remix or Edit modal was sent: a new clip from the written prompt (Remix: a new render from
 * the original's prompt; Edit: the original's provider changes its video), crediting the original.
 */
export async function submitModal(deps: ActionDeps, interaction: ModalSubmitInteraction): Promise<void> {
  const story = parseStoryFormId(interaction.customId, STORY_FORM_OPTIONS);
  if (story) return submitStoryForm(deps, interaction, story);
  const parsed = parseCustomId(interaction.customId);
  if (parsed?.action !== 'remix' && parsed?.action !== 'edit' && parsed?.action !== 'extend') {
    await formGone(deps, interaction);
    return;
  }
  // A form from an older version of the bot (or a tampered client) may lack the field.
  const prompt = fieldText(interaction, PROMPT_INPUT_ID);
  if (prompt === undefined) {
    await formGone(deps, interaction);
    return;
  }
  // Modal text comes with no resolved users: names come from the guild cache, else the id.
  const mentions = mentionedMembers(prompt, { guild: interaction.guild });
  if (parsed.action === 'extend') {
    // Seconds as typed: the command's schema explains a value that is no whole number.
    const seconds = fieldText(interaction, SECONDS_INPUT_ID)?.trim();
    const raw = { clip: parsed.clipId, prompt, ...(seconds ? { seconds } : {}) };
    await runAction(deps, interaction, CLIP_ACTIONS.extend, raw, mentions);
    return;
  }
  const action = parsed.action === 'remix' ? remixClip : editClip;
  await runAction(deps, interaction, action, { clip: parsed.clipId, prompt }, mentions);
}

/** A text input's value, or undefined when the submitted form lacks it. */
export function fieldText(interaction: ModalSubmitInteraction, id: string): string | undefined {
  const field = interaction.fields.fields.get(id);
  return field && 'value' in field && typeof field.value === 'string' ? field.value : undefined;
}

/** The Story form was sent: the same raw options `/sora story` takes, through the pipeline. */
async function submitStoryForm(
  deps: ActionDeps,
  interaction: ModalSubmitInteraction,
  typed: Record<string, string>,
): Promise<void> {
  const raw = storyFormOptions((id) => fieldText(interaction, id), typed);
  const mentions = mentionedMembers(Object.values(raw).join('\n'), { guild: interaction.guild });
  await runAction(deps, interaction, storyCommand, raw, mentions);
}

/**
 * Remix and Edit answer with their modal as the first response: Discord allows a modal only as
 * the first answer, within 3 s (receiving-and-responding.mdx), so these clicks are never deferred. Two
 * store reads (the clip, the member's language) come before it, at once.
 */
async function openPromptModal(
  deps: ActionDeps,
  interaction: ButtonInteraction,
  action: 'remix' | 'edit' | 'extend',
  clipId: string,
): Promise<void> {
  let clip: Clip;
  const speaking = memberTranslator(deps.services, interaction);
  try {
    clip = await deps.services.clips.get(clipId);
  } catch (error) {
    await answerPrivately(interaction, userMessageOf(error, await speaking));
    return;
  }
  const t = await speaking;
  const modal =
    action === 'remix' ? remixModal(clip, t) : action === 'edit' ? editModal(clip, t) : extendModal(clip, t);
  if (!modal) {
    await answerPrivately(interaction, t('surface.discord.buttonGone'));
    return;
  }
  await interaction.showModal(modal);
}

/**
 * Remix: the original prompt to change as the member likes. Titles, labels and descriptions are
 * in the member's language (`t`); a name is member text, an argument cut with the rest after
 * rendering (promptModal).
 */
export function remixModal(clip: Clip, t: Translate): ModalBuilder | undefined {
  // The core keeps prompts within PROMPT_MAX, which is Discord's 4000-character prefill limit.
  return promptModal(clip, 'remix', {
    title: t('surface.discord.remix.title', { name: clip.author.name }),
    label: t('surface.discord.remix.label'),
    description: t('surface.discord.remix.description', { name: fitPlain(clip.author.name, 40) }),
    value: fitPlain(clip.prompt, PROMPT_MAX),
  });
}

/** Edit: an instruction for the provider to change this very video. */
export function editModal(clip: Clip, t: Translate): ModalBuilder | undefined {
  return promptModal(clip, 'edit', {
    title: t('surface.discord.edit.title', { name: clip.author.name }),
    label: t('surface.discord.edit.label'),
    description: t('surface.discord.edit.description'),
  });
}

/**
 * Extend: what happens next (paragraph) and how many seconds (short; empty takes the model's
 * default). Two Labels, within the modal's 1-5 components
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal).
 */
export function extendModal(clip: Clip, t: Translate): ModalBuilder | undefined {
  const modal = promptModal(clip, 'extend', {
    title: t('surface.discord.extend.title', { name: clip.author.name }),
    label: t('surface.discord.extend.label'),
    description: t('surface.discord.extend.description'),
  });
  return modal?.addLabelComponents(
    new LabelBuilder()
      .setLabel(fitPlain(t('surface.discord.extend.seconds.label'), LABEL_MAX))
      .setDescription(fitPlain(t('surface.discord.extend.seconds.description'), DESCRIPTION_MAX))
      .setTextInputComponent(
        new TextInputBuilder()
          .setCustomId(SECONDS_INPUT_ID)
          .setStyle(TextInputStyle.Short)
          .setRequired(false)
          .setMaxLength(3),
      ),
  );
}

function promptModal(
  clip: Clip,
  action: 'remix' | 'edit' | 'extend',
  text: { title: string; label: string; description: string; value?: string },
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
        .setLabel(fitPlain(text.label, LABEL_MAX))
        .setDescription(fitPlain(text.description, DESCRIPTION_MAX))
        .setTextInputComponent(input),
    );
}

/** The same prompt rendered again, by whoever pressed it (credited to the original). */
async function reroll(deps: ActionDeps, interaction: ButtonInteraction, clipId: string): Promise<void> {
  try {
    await deps.services.clips.get(clipId);
  } catch (error) {
    await answerPrivately(
      interaction,
      userMessageOf(error, await memberTranslator(deps.services, interaction)),
    );
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
