import { ErrorCode, ReelbotError } from '../errors.ts';
import type { AdmitResult } from '../ports/ledger.ts';
import { formatCents } from './money.ts';
import { nextDayStart, nextMonthStart, waitInWords } from './periods.ts';

type Refusal = Extract<AdmitResult, { admitted: false }>;

/** The sentence a member reads when admission refuses: which limit, where it stands, when it resets. */
export function budgetRefusal(
  refusal: Refusal,
  clip: { cents: number; seconds: number },
  now: number,
): ReelbotError {
  const tomorrow = `midnight UTC, in ${waitInWords(nextDayStart(now) - now)}`;
  const monthEnd = nextMonthStart(now);
  const firstOfMonth = new Date(monthEnd).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const { used, max } = refusal;
  let text: string;
  switch (refusal.limit) {
    case 'memberMaxActive':
      text = `You already have ${used} ${used === 1 ? 'clip' : 'clips'} waiting or rendering, the most one member can have at once here. Try again when one of them is done.`;
      break;
    case 'memberDailyClips':
      text = `You have made ${used} ${used === 1 ? 'clip' : 'clips'} today, the daily limit per member here. It resets at ${tomorrow}.`;
      break;
    case 'memberDailySeconds': {
      const left = Math.max(0, max - used);
      text =
        left > 0
          ? `This ${clip.seconds}-second clip would take you past ${max} seconds of video today; you have ${left} s left. Try a shorter clip, or wait until ${tomorrow}.`
          : `You have made your ${max} seconds of video for today. It resets at ${tomorrow}.`;
      break;
    }
    case 'workspaceDaily':
    case 'workspaceMonthly': {
      const period = refusal.limit === 'workspaceDaily' ? 'daily' : 'monthly';
      const resets =
        refusal.limit === 'workspaceDaily'
          ? `It resets at ${tomorrow}`
          : `It resets on ${firstOfMonth} (UTC), in ${waitInWords(monthEnd - now)}`;
      const left = Math.max(0, max - used);
      const room = left > 0 ? ` A cheaper clip may still fit (${formatCents(left)} left).` : '';
      text = `The ${period} video budget here is ${formatCents(max)}, and ${formatCents(used)} of it is spent or held for clips in progress; this clip costs ${formatCents(clip.cents)}.${room} ${resets}.`;
      break;
    }
  }
  return new ReelbotError(ErrorCode.BudgetExceeded, text, {
    message: `admission refused: ${refusal.limit} (used ${used}, max ${max})`,
  });
}
