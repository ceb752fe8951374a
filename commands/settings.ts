import { z } from 'zod';
import { findSetting, SETTINGS } from '../src/core/workspace/settings.ts';
import type { SettingRow, SettingsView } from '../src/core/workspace/workspace-service.ts';
import { adminOnly, rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

const schema = z
  .object({
    setting: z
      .string({ error: 'Name a setting.' })
      .trim()
      .max(40, 'That setting name is too long.')
      .refine((name) => findSetting(name) !== undefined, {
        error: `There is no such setting. Settings: ${SETTINGS.map((s) => s.name).join(', ')}.`,
      })
      .optional(),
    value: z
      .string({ error: 'Give the value as text.' })
      .trim()
      .min(1, 'The value is empty.')
      .max(200, 'Keep the value under 200 characters.')
      .optional(),
  })
  .refine((input) => input.value === undefined || input.setting !== undefined, {
    error: 'Say which setting the value is for, like setting:daily_budget value:20.',
    path: ['setting'],
  });

/**
 * `/sora settings [setting value]`: admins see every setting with the latest changes, or change
 * one. Non-admins are refused and nothing changes.
 */
export const settings: CommandDefinition<typeof schema> = {
  name: 'settings',
  description: 'Admins: see or change budgets, limits, channels and the default model',
  options: [
    {
      name: 'setting',
      description: 'Which setting to change',
      type: 'string',
      choices: () => SETTINGS.map((s) => ({ name: `${s.name}: ${s.description}`, value: s.name })),
    },
    {
      name: 'value',
      description: 'The new value; "default" puts the operator’s back',
      type: 'string',
      maxLength: 200,
    },
  ],
  schema,
  gates: [rateLimited, adminOnly('see or change the bot’s settings')],
  async handle(input, { services, actor, place, commandName }) {
    const workspace = services.workspace;
    if (input.setting !== undefined && input.value !== undefined) {
      const { row, change } = await workspace.change(actor, place, input.setting, input.value);
      const text =
        change.from === change.to
          ? `${row.name} stays ${row.value}.`
          : `${row.name} is now ${row.value} (was ${change.from}). The change is logged with your name.`;
      return { kind: 'text', text, private: true };
    }
    const view = await workspace.settings(place);
    if (input.setting !== undefined) {
      const row = view.rows.find((r) => r.name === findSetting(input.setting!)!.name)!;
      return { kind: 'text', text: oneSetting(row, commandName), private: true };
    }
    return { kind: 'text', text: settingsText(view, commandName), private: true };
  },
};

function line(row: SettingRow): string {
  return `• ${row.name}: ${row.value}${row.overridden ? ' (set here)' : ''}`;
}

function oneSetting(row: SettingRow, commandName: string): string {
  return [
    `${line(row)}`,
    `${row.description}. Change it with /${commandName} settings setting:${row.name} value:${row.example}; value:default puts the operator’s back.`,
  ].join('\n');
}

const when = (at: number) =>
  new Date(at).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'UTC',
  });

export function settingsText(view: SettingsView, commandName: string): string {
  const lines = ['Settings here (the rest are the operator’s defaults):', ...view.rows.map(line)];
  lines.push(
    `Change one with /${commandName} settings setting:<name> value:<value>, e.g. setting:daily_budget value:20; "off" lifts a limit, "default" puts the operator’s back.`,
  );
  if (view.history.length) {
    lines.push('Recent changes:');
    for (const change of view.history) {
      const name = SETTINGS.find((s) => s.key === change.key)?.name ?? change.key;
      lines.push(`• ${when(change.at)} UTC, ${change.by.name}: ${name} ${change.from} → ${change.to}`);
    }
  }
  return lines.join('\n');
}
