import type { ModalSubmitInteraction } from 'discord.js';
import { findFormCommand } from '../../commands/index.ts';
import { resolveLocale } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { registerSecret } from '../../src/core/redaction.ts';
import type { CardFlowDeps } from './card-flow.ts';
import { answerPrivately } from './interactions.ts';
import { FORM_PREFIX } from './key-form.ts';
import { runAction } from './run-command.ts';

/**
 * A form was submitted: the command its custom_id names, with the values it carries and the text
 * typed, through the pipeline as the member who submitted it. Forms hold only what must never be a
 * command option (a provider key), so each text is registered with the logs' redaction the
 * moment it is read, before anything else can see it.
 */
export async function submitForm(deps: CardFlowDeps, interaction: ModalSubmitInteraction): Promise<void> {
  const [prefix, group, name, values, ...rest] = interaction.customId.split(':');
  const definition =
    prefix === FORM_PREFIX && name && rest.length === 0
      ? findFormCommand(name, group || undefined)
      : undefined;
  if (!definition) {
    await answerPrivately(interaction, translator(resolveLocale(interaction.locale))('keys.form.stale'));
    return;
  }
  const raw: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(values ?? '')) raw[key] = value;
  for (const field of interaction.fields.fields.values()) {
    if (!('customId' in field) || !('value' in field) || typeof field.value !== 'string') continue;
    // A tampered submit may carry other ids: only the text typed fills an option, never a value the form fixed.
    if (field.customId in raw) continue;
    if (field.value.trim()) registerSecret(field.value.trim());
    raw[field.customId] = field.value;
  }
  await runAction(deps, interaction, definition, raw);
}
