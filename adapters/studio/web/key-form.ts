import { el } from './dom.ts';
import { t } from './i18n.ts';
import type { FormView } from './types.ts';

/**
 * A command's private form (the key form, for the studio's admin) as a dialog built for the
 * occasion: a secret is a password box, never prefilled, not remembered by the browser; the text
 * goes only to POST /studio/api/forms, never into the composer's command line or its history.
 * `send` answers with the member-facing sentence; the dialog closes once it is sent, whatever the
 * answer (a refusal is shown like any other).
 */
export function openFormDialog(
  form: FormView,
  send: (fields: Record<string, string>) => Promise<void>,
): void {
  const inputs = form.fields.map((field) =>
    el('input', {
      id: `form-${field.id}`,
      name: field.id,
      type: field.secret ? 'password' : 'text',
      autocomplete: field.secret ? 'off' : undefined,
      spellcheck: 'false',
      maxlength: String(field.maxLength),
      required: true,
    }),
  );
  const cancel = el(
    'button',
    { type: 'submit', value: 'cancel', formnovalidate: true },
    t('studio.web.form.cancel'),
  );
  const save = el('button', { type: 'submit', value: 'save', class: 'primary' }, t('studio.web.form.save'));
  const formElement = el(
    'form',
    { method: 'dialog' },
    el('h2', { class: 'dialog-title', id: 'key-form-title' }, form.title),
    el('p', { class: 'muted' }, form.description),
    ...form.fields.flatMap((field, i) => [el('label', { for: `form-${field.id}` }, field.label), inputs[i]!]),
    el('div', { class: 'dialog-buttons' }, cancel, save),
  );
  const dialog = el('dialog', { id: 'key-form-dialog', 'aria-labelledby': 'key-form-title' }, formElement);
  dialog.addEventListener('close', () => {
    const values = Object.fromEntries(form.fields.map((f, i) => [f.id, inputs[i]!.value]));
    // Nothing typed stays in the page once the dialog is gone.
    for (const input of inputs) input.value = '';
    dialog.remove();
    if (dialog.returnValue === 'save') void send(values);
  });
  document.body.append(dialog);
  dialog.showModal();
  inputs[0]?.focus();
}
