import { z } from 'zod';
import { waitMessage } from '../src/core/budget/periods.ts';
import { formatMoney } from '../src/core/i18n/format.ts';
import { intlLocale, type Locale } from '../src/core/i18n/locales.ts';
import { msg } from '../src/core/i18n/message.ts';
import type { Translate } from '../src/core/i18n/translator.ts';
import type { KeyView } from '../src/core/keys/key-service.ts';
import { type PeriodTotals, spendOf } from '../src/core/ports/ledger.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import type { UsageReport } from '../src/core/workspace/workspace-service.ts';
import { rateLimited } from './gates.ts';
import { memberLocale, memberT } from './i18n.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({});

/** `/sora usage`: what the member and everyone here spent today and this month, against the limits. */
export const usage: CommandDefinition<typeof schema> = {
  name: 'usage',
  description: 'What you and this server spent on videos today and this month',
  options: [],
  schema,
  gates: [rateLimited],
  async handle(_input, context) {
    const { services, actor, place } = context;
    const t = memberT(context);
    const locale = memberLocale(context);
    const text = usageText(await services.workspace.usage(actor, place), t, locale);
    // Admins also see what each of the server's own provider keys has spent (never more of a key
    // than its provider and last four).
    const keys = actor.admin && services.keys.enabled ? await services.keys.list(scopeOf(place)) : [];
    return {
      kind: 'text',
      text: keys.length ? `${text}\n${keySpendText(keys, t, locale)}` : text,
      private: true,
    };
  },
};

export function usageText(
  report: UsageReport,
  t: Translate = memberT({}),
  locale: Locale = memberLocale({}),
): string {
  const { member, workspace, limits } = report;
  const money = (cents: number) => formatMoney(locale, cents);
  const spent = (p: PeriodTotals) =>
    msg('reply.usage.spent', { money: money(spendOf(p)), clips: p.clips, seconds: p.seconds });
  const of = (cents: number, max: number | undefined) =>
    max === undefined ? money(cents) : msg('reply.usage.ofMax', { spent: money(cents), max: money(max) });
  const lines = [
    t('reply.usage.member', { day: spent(member.day), month: spent(member.month) }),
    t('reply.usage.workspace', {
      day: of(spendOf(workspace.day), limits.workspaceDailyCents),
      month: of(spendOf(workspace.month), limits.workspaceMonthlyCents),
    }),
  ];
  const caps: string[] = [];
  if (limits.memberDailyClips !== undefined) {
    caps.push(
      t('reply.usage.cap.clips', {
        left: Math.max(0, limits.memberDailyClips - member.day.clips),
        max: limits.memberDailyClips,
      }),
    );
  }
  if (limits.memberDailySeconds !== undefined) {
    caps.push(
      t('reply.usage.cap.seconds', {
        left: Math.max(0, limits.memberDailySeconds - member.day.seconds),
        max: limits.memberDailySeconds,
      }),
    );
  }
  if (limits.memberMaxActive !== undefined) {
    caps.push(t('reply.usage.cap.active', { active: member.active, max: limits.memberMaxActive }));
  }
  if (caps.length) lines.push(t('reply.usage.caps', { caps: caps.join(' · ') }));
  const held = member.day.reservedCents - member.day.releasedCents;
  if (held > 0) lines.push(t('reply.usage.held', { money: money(held) }));
  const date = new Date(report.monthEndsAt).toLocaleDateString(intlLocale(locale), {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  lines.push(t('reply.usage.resets', { wait: waitMessage(report.dayEndsAt - report.now), date }));
  return lines.join('\n');
}

/** Spend on each of the server's own keys, all time, as provider and last four. */
export function keySpendText(
  keys: readonly KeyView[],
  t: Translate = memberT({}),
  locale: Locale = memberLocale({}),
): string {
  const lines = keys.map((k) =>
    t('reply.usage.key', {
      provider: k.provider,
      last4: k.last4,
      money: formatMoney(locale, Math.round(k.spentUsd * 100)),
    }),
  );
  return t('reply.usage.keys', { keys: lines.join(' · ') });
}
