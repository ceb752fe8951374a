import {
  LabelBuilder,
  ModalBuilder,
  type RepliableInteraction,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { CommandForm } from '../../commands/types.ts';
import { resolveLocale } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { CUSTOM_ID_MAX } from './custom-ids.ts';
import { fitPlain } from './escape.ts';
import { answerPrivately } from './interactions.ts';

/**
 * A command's form (CommandForm: the key form) as a Discord modal, and its submission run as the
 * command it names. Discord shows a modal only as the first answer to an interaction, within 3 s
 * (interaction response type 9, MODAL:
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type).
 */

/** `reelbot-form:<group>:<name>:<k=v&…>`: everything the submission needs, within 100 characters. */
export const FORM_PREFIX = 'reelbot-form';
/** Titles at most 45 characters, labels 45, descriptions 100 (components reference, Label). */
const TITLE_MAX = 45;
const LABEL_MAX = 45;
const DESCRIPTION_MAX = 100;
/** A text input holds at most 4000 characters (components reference, Text Input). */
const INPUT_MAX = 4000;

export function isFormId(customId: string): boolean {
  return customId.startsWith(`${FORM_PREFIX}:`);
}

function formId(form: CommandForm): string | undefined {
  const values = new URLSearchParams(form.submit.values).toString();
  const id = `${FORM_PREFIX}:${form.submit.group ?? ''}:${form.submit.name}:${values}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The modal for a form: one text input per field, short (one line) for a secret. */
export function formModal(form: CommandForm): ModalBuilder | undefined {
  const id = formId(form);
  if (!id || form.fields.length === 0 || form.fields.length > 5) return undefined;
  return new ModalBuilder()
    .setCustomId(id)
    .setTitle(fitPlain(form.title, TITLE_MAX))
    .addLabelComponents(
      form.fields.map((field) =>
        new LabelBuilder()
          .setLabel(fitPlain(field.label, LABEL_MAX))
          .setDescription(fitPlain(form.description, DESCRIPTION_MAX))
          .setTextInputComponent(
            new TextInputBuilder()
              .setCustomId(field.id)
              // Discord has no password input: a secret is one short line, never prefilled.
              .setStyle(field.secret ? TextInputStyle.Short : TextInputStyle.Paragraph)
              .setRequired(true)
              .setMaxLength(Math.min(field.maxLength, INPUT_MAX)),
          ),
      ),
    );
}

/**
 * Answer the command with its modal. The pipeline's time budget may have deferred a slow command
 * already; Discord then refuses a modal, so the member is asked to run it again.
 */
export async function showForm(
  interaction: RepliableInteraction,
  form: CommandForm,
  settle: () => Promise<void>,
): Promise<void> {
  await settle();
  const modal = formModal(form);
  if (!modal || interaction.deferred || interaction.replied || !('showModal' in interaction)) {
    // Only the member reads it: in their Discord client's language.
    await answerPrivately(interaction, translator(resolveLocale(interaction.locale))('keys.form.late'));
    return;
  }
  await interaction.showModal(modal);
}
