import { type Message, msg } from '../i18n/message.ts';

/**
 * Budgets reset on calendar days and months in UTC: one clock for every member of a community,
 * whatever their time zone, and the same answer on every worker.
 */

/** `2026-10-01`: the UTC day a time falls on. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `2026-10`: the UTC month a time falls on. */
export function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** When the UTC day of `ms` ends. */
export function nextDayStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

/** When the UTC month of `ms` ends. */
export function nextMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** A wait members read at a glance, rounded up to the minute, in the reader's words: `4 h 12 min`, `4 Std. 12 Min.`, `4時間12分`. */
export function waitMessage(ms: number): Message {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return msg('error.budget.wait.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return minutes % 60
      ? msg('error.budget.wait.hoursMinutes', { hours, minutes: minutes % 60 })
      : msg('error.budget.wait.hours', { hours });
  }
  return msg('error.budget.wait.days', { days: Math.ceil(minutes / 1440) });
}
