import type { App as BoltApp, types } from '@slack/bolt';
import { findFormCommand } from '../../commands/index.ts';
import { runCommand as runPipeline } from '../../commands/pipeline.ts';
import type { CommandForm } from '../../commands/types.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { registerSecret } from '../../src/core/redaction.ts';
import { memberLocales, memberTranslator } from './languages.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { SURFACE } from './refs.ts';
import { failureText, whisper } from './requests.ts';
import { truncate } from './text.ts';

/**
 * A command's form (CommandForm: the key form) as a Slack modal (views.open with the slash
 * command's trigger_id, good for 3 s: https://docs.slack.dev/surfaces/modals), and its
 * submission (view_submission) run as the command it names, answered to the member alone.
 */
export const FORM_CALLBACK_ID = 'reelbot_form';

/** Where the form was asked for and what it submits to; travels in private_metadata (≤ 3000). */
interface FormTarget {
  teamId: string;
  channelId: string;
  threadTs?: string;
  submit: CommandForm['submit'];
  fields: string[];
}

/**
 * Title, submit and close at most 24 characters; an input's label 2000, a plain_text_input's
 * max_length 3000 (https://docs.slack.dev/reference/views/modal-views,
 * https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element).
 */
const TITLE_MAX = 24;
const INPUT_MAX = 3000;

export function formView(form: CommandForm, where: Omit<FormTarget, 'submit' | 'fields'>): types.ModalView {
  const target: FormTarget = { ...where, submit: form.submit, fields: form.fields.map((f) => f.id) };
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK_ID,
    title: { type: 'plain_text', text: truncate(form.title, TITLE_MAX) },
    submit: { type: 'plain_text', text: truncate(form.submitLabel ?? 'Save', TITLE_MAX) },
    close: { type: 'plain_text', text: truncate(form.closeLabel ?? 'Cancel', TITLE_MAX) },
    private_metadata: JSON.stringify(target),
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: truncate(form.description, 2000) }] },
      ...form.fields.map((field) => ({
        type: 'input' as const,
        block_id: field.id,
        label: { type: 'plain_text' as const, text: truncate(field.label, 2000) },
        // Slack has no password input: a secret is one line, never prefilled.
        element: {
          type: 'plain_text_input' as const,
          action_id: field.id,
          multiline: !field.secret,
          max_length: Math.min(field.maxLength, INPUT_MAX),
        },
      })),
    ],
  };
}

/** Open the form as a modal; a refused or expired trigger is told to the member, privately. */
export async function openForm(
  deps: ListenerDeps,
  triggerId: string,
  form: CommandForm,
  where: Omit<FormTarget, 'submit' | 'fields'>,
): Promise<void> {
  try {
    await deps.client.views.open({ trigger_id: triggerId, view: formView(form, where) });
  } catch (error) {
    deps.logger.warn({ err: (error as Error).message }, 'slack views.open failed for a form');
    // Rendered in the member's language by the pipeline's refusal.
    throw new ReelbotError(ErrorCode.Unavailable, msg('keys.form.late'));
  }
}

function readTarget(metadata: string | undefined): FormTarget | undefined {
  try {
    const value = JSON.parse(metadata ?? '') as Partial<FormTarget>;
    const submit = value.submit;
    if (typeof value.teamId !== 'string' || typeof value.channelId !== 'string') return undefined;
    if (!submit || typeof submit.name !== 'string' || typeof submit.values !== 'object') return undefined;
    if (!Array.isArray(value.fields) || !value.fields.every((f) => typeof f === 'string')) return undefined;
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(submit.values ?? {})) if (typeof v === 'string') values[k] = v;
    return {
      teamId: value.teamId,
      channelId: value.channelId,
      ...(typeof value.threadTs === 'string' ? { threadTs: value.threadTs } : {}),
      submit: {
        name: submit.name,
        values,
        ...(typeof submit.group === 'string' ? { group: submit.group } : {}),
      },
      fields: value.fields,
    };
  } catch {
    return undefined;
  }
}

/**
 * The form's submission: acknowledged at once (the provider's check may take longer than Slack's
 * 3 s), then run through the pipeline as the member who submitted it, in the workspace the
 * metadata names only when the submission comes from that workspace. Forms hold only what must
 * never be a command option (a provider key): each text is registered with the logs' redaction
 * the moment it is read.
 */
export function registerFormSubmit(bolt: BoltApp, deps: ListenerDeps): void {
  bolt.view(FORM_CALLBACK_ID, async ({ ack, view, body }) => {
    await ack();
    const target = readTarget(view.private_metadata);
    const to = { channelId: target?.channelId ?? '', userId: body.user.id, threadTs: target?.threadTs };
    const definition = target && findFormCommand(target.submit.name, target.submit.group);
    const teamId = body.team?.id ?? body.user.team_id;
    if (!target || !definition || teamId !== target.teamId) {
      if (target) await whisper(deps, to, (await memberTranslator(deps, body.user.id))('keys.form.stale'));
      return;
    }
    const raw: Record<string, string> = { ...target.submit.values };
    for (const id of target.fields) {
      if (id in raw) continue;
      const value = view.state.values[id]?.[id]?.value ?? '';
      if (value.trim()) registerSecret(value.trim());
      raw[id] = value;
    }
    try {
      const actor = await deps.members.get(body.user.id, body.user.name);
      const place = {
        surface: SURFACE,
        workspaceId: target.teamId,
        channelId: target.channelId,
        ...(target.threadTs ? { threadId: target.threadTs } : {}),
      };
      const tell = (text: string) => whisper(deps, to, text);
      await runPipeline(
        definition,
        raw,
        {
          services: deps.services,
          actor,
          place,
          commandName: deps.commandName,
          requestKey: `slack:view:${view.id}`,
          locales: await memberLocales(deps, body.user.id, body.user.name),
        },
        {
          answerPrivately: tell,
          answerPublicly: (reply) => tell(reply.text),
          refuse: (_error, sentence) => tell(sentence),
        },
      );
    } catch (error) {
      await whisper(deps, to, failureText(deps, error, await memberTranslator(deps, body.user.id, teamId)));
    }
  });
}
