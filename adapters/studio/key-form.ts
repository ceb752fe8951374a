import { z } from 'zod';
import { findFormCommand } from '../../commands/index.ts';
import { runCommand } from '../../commands/pipeline.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import { ValidationError } from '../../src/core/errors.ts';
import type { Locale } from '../../src/core/i18n/locales.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { registerSecret } from '../../src/core/redaction.ts';
import type { Services } from '../../src/core/services.ts';
import { type StudioHooksDeps, studioHooks } from './command-hooks.ts';
import { STUDIO_WORKSPACE } from './members.ts';
import { STUDIO } from './messenger.ts';
import type { CommandResult } from './web/types.ts';

/** What POST /studio/api/forms reads: the form's command and values, and the text typed. */
export const formBody = z.object({
  submit: z.object({
    group: z.string().max(32).optional(),
    name: z.string().max(32),
    values: z.record(z.string().max(64), z.string().max(200)),
  }),
  // Bounded against hostile bodies; the command says what is wrong with the text itself.
  fields: z.record(z.string().max(64), z.string().max(4000)),
});

export type FormBody = z.infer<typeof formBody>;

/**
 * A form submitted from the page's dialog: the command it names (only a form command: a page
 * cannot reach typed commands this way), with the values the form fixed and the text typed,
 * through the pipeline as the member acting in this channel. Forms hold only what must never be a
 * command option (a provider key): each text is registered with the logs' redaction as it is read.
 */
export async function submitForm(
  deps: StudioHooksDeps & { services: Services; commandName: string },
  actor: Actor,
  channel: string,
  body: FormBody,
  /** The page's language picker (the member's language), already checked. */
  locale?: Locale,
): Promise<CommandResult> {
  const definition = findFormCommand(body.submit.name, body.submit.group);
  if (!definition) throw new ValidationError(msg('keys.form.stale'));
  const raw: Record<string, string> = { ...body.submit.values };
  for (const [id, text] of Object.entries(body.fields)) {
    if (id in raw) continue;
    if (text.trim()) registerSecret(text.trim());
    raw[id] = text;
  }
  const { hooks, result } = studioHooks(deps, channel);
  await runCommand(
    definition,
    raw,
    {
      services: deps.services,
      actor,
      place: { surface: STUDIO, workspaceId: STUDIO_WORKSPACE, channelId: channel },
      commandName: deps.commandName,
      ...(locale ? { locales: { member: locale } } : {}),
    },
    hooks,
  );
  return result();
}
