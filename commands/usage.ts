import { z } from 'zod';
import { formatCents } from '../src/core/budget/money.ts';
import { waitInWords } from '../src/core/budget/periods.ts';
import type { KeyView } from '../src/core/keys/key-service.ts';
import { type PeriodTotals, spendOf } from '../src/core/ports/ledger.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import type { UsageReport } from '../src/core/workspace/workspace-service.ts';
import { rateLimited } from './gates.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({});

/** `/sora usage`: what the member and everyone here spent today and this month, against the limits. */
export const usage: CommandDefinition<typeof schema> = {
  name: 'usage',
  description: 'What you and this server spent on videos today and this month',
  options: [],
  schema,
  gates: [rateLimited],
  async handle(_input, { services, actor, place }) {
    const text = usageText(await services.workspace.usage(actor, place));
    // Admins also see what each of the server's own provider keys has spent (never more of a key
    // than its provider and last four).
    const keys = actor.admin && services.keys.enabled ? await services.keys.list(scopeOf(place)) : [];
    return { kind: 'text', text: keys.length ? `${text}\n${keySpendText(keys)}` : text, private: true };
  },
};

const clips = (n: number) => `${n} ${n === 1 ? 'clip' : 'clips'}`;
const of = (spent: number, max: number | undefined) =>
  max === undefined ? formatCents(spent) : `${formatCents(spent)} of ${formatCents(max)}`;

function spent(t: PeriodTotals): string {
  return `${formatCents(spendOf(t))} for ${clips(t.clips)} (${t.seconds} s)`;
}

export function usageText(report: UsageReport): string {
  const { member, workspace, limits } = report;
  const lines = [
    `You, today: ${spent(member.day)}. This month: ${spent(member.month)}.`,
    `Everyone here, today: ${of(spendOf(workspace.day), limits.workspaceDailyCents)}. This month: ${of(spendOf(workspace.month), limits.workspaceMonthlyCents)}.`,
  ];
  const caps: string[] = [];
  if (limits.memberDailyClips !== undefined) {
    caps.push(
      `${Math.max(0, limits.memberDailyClips - member.day.clips)} of ${limits.memberDailyClips} clips left today`,
    );
  }
  if (limits.memberDailySeconds !== undefined) {
    caps.push(
      `${Math.max(0, limits.memberDailySeconds - member.day.seconds)} of ${limits.memberDailySeconds} s of video left today`,
    );
  }
  if (limits.memberMaxActive !== undefined) {
    caps.push(`${member.active} of ${limits.memberMaxActive} clips at once in progress`);
  }
  if (caps.length) lines.push(`Your limits: ${caps.join(' · ')}.`);
  const held = member.day.reservedCents - member.day.releasedCents;
  if (held > 0) {
    lines.push(
      `${formatCents(held)} of your spend is held for clips still in progress: refunded if they fail or are cancelled, charged at the real price when they are posted.`,
    );
  }
  const month = new Date(report.monthEndsAt).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  lines.push(
    `Daily counts start again at midnight UTC (in ${waitInWords(report.dayEndsAt - report.now)}); monthly ones on ${month}.`,
  );
  return lines.join('\n');
}

/** Spend on each of the server's own keys, all time, as provider and last four. */
export function keySpendText(keys: readonly KeyView[]): string {
  const lines = keys.map(
    (k) => `${k.provider} key ending in ${k.last4}: ${formatCents(Math.round(k.spentUsd * 100))}`,
  );
  return `This server’s own provider keys, spent on each so far: ${lines.join(' · ')}.`;
}
