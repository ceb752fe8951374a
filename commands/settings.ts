import { z } from 'zod';
import { intlLocale, type Locale } from '../src/core/i18n/locales.ts';
import { msg } from '../src/core/i18n/message.ts';
import { english, render, type Translate } from '../src/core/i18n/translator.ts';
import { findSetting, SETTINGS } from '../src/core/workspace/settings.ts';
import type { SettingRow, SettingsView } from '../src/core/workspace/workspace-service.ts';
import { adminOnly, rateLimited } from './gates.ts';
import { memberLocale, memberT } from './i18n.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

const VALUE_MAX = 200;

const schema = z
  .object({
    setting: z
      .string({ error: said('reply.settings.name.missing') })
      .trim()
      .max(40, said('reply.settings.name.long'))
      .refine((name) => findSetting(name) !== undefined, {
        error: said('reply.settings.name.unknown', { settings: SETTINGS.map((s) => s.name).join(', ') }),
      })
      .optional(),
    value: z
      .string({ error: said('reply.settings.value.text') })
      .trim()
      .min(1, said('reply.settings.value.empty'))
      .max(VALUE_MAX, said('reply.settings.value.long', { max: VALUE_MAX }))
      .optional(),
  })
  .refine((input) => input.value === undefined || input.setting !== undefined, {
    error: said('reply.settings.value.which'),
    path: ['setting'],
  });

/**
 * `/sora settings [setting value]`: admins see every setting with the latest changes, or change
 * one. Non-admins are refused and nothing changes. Private: in the admin's language.
 */
export const settings: CommandDefinition<typeof schema> = {
  name: 'settings',
  description: 'Admins: see or change budgets, limits, channels and the default model',
  options: [
    {
      name: 'setting',
      description: 'Which setting to change',
      type: 'string',
      choices: () => SETTINGS.map((s) => ({ name: `${s.name}: ${english(s.description)}`, value: s.name })),
    },
    {
      name: 'value',
      description: 'The new value; "default" puts the operator’s back',
      type: 'string',
      maxLength: VALUE_MAX,
    },
  ],
  schema,
  gates: [rateLimited, adminOnly(msg('reply.gate.admin.settings'))],
  async handle(input, context) {
    const { services, actor, place, commandName } = context;
    const t = memberT(context);
    const workspace = services.workspace;
    if (input.setting !== undefined && input.value !== undefined) {
      const { row, change, shown } = await workspace.change(actor, place, input.setting, input.value);
      const value = render(t, row.value);
      const text =
        change.from === change.to
          ? t('reply.settings.stays', { name: row.name, value })
          : t('reply.settings.changed', { name: row.name, value, from: render(t, shown.from) });
      return { kind: 'text', text, private: true };
    }
    const view = await workspace.settings(place);
    if (input.setting !== undefined) {
      const row = view.rows.find((r) => r.name === findSetting(input.setting!)!.name)!;
      return { kind: 'text', text: oneSetting(row, commandName, t), private: true };
    }
    return { kind: 'text', text: settingsText(view, commandName, t, memberLocale(context)), private: true };
  },
};

function line(row: SettingRow, t: Translate): string {
  const values = { name: row.name, value: render(t, row.value) };
  return row.overridden ? t('reply.settings.line.set', values) : t('reply.settings.line', values);
}

function oneSetting(row: SettingRow, command: string, t: Translate): string {
  return [
    line(row, t),
    t('reply.settings.one', {
      description: row.description,
      command,
      name: row.name,
      example: row.example,
    }),
  ].join('\n');
}

/** `Nov 5, 14:03` (UTC, 24-hour) in the reader's locale: `5 nov, 14:03`, `11月5日 14:03`. */
const when = (at: number, locale: Locale) =>
  new Date(at).toLocaleString(intlLocale(locale), {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'UTC',
  });

/**
 * The settings view in the reader's language. Changes show their stored values in words; a
 * change logged before languages has only its English words, shown as they are.
 */
export function settingsText(
  view: SettingsView,
  command: string,
  t: Translate = memberT({}),
  locale: Locale = memberLocale({}),
): string {
  const lines = [t('reply.settings.head'), ...view.rows.map((row) => line(row, t))];
  lines.push(t('reply.settings.how', { command }));
  if (view.history.length) {
    lines.push(t('reply.settings.history'));
    for (const change of view.history) {
      const name = SETTINGS.find((s) => s.key === change.key)?.name ?? change.key;
      lines.push(
        t('reply.settings.change', {
          when: when(change.at, locale),
          by: change.by.name,
          name,
          from: render(t, change.shown.from),
          to: render(t, change.shown.to),
        }),
      );
    }
  }
  return lines.join('\n');
}
