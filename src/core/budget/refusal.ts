import { ErrorCode, ReelbotError } from '../errors.ts';
import { type Message, msg } from '../i18n/message.ts';
import type { AdmitResult } from '../ports/ledger.ts';
import { nextDayStart, nextMonthStart, waitMessage } from './periods.ts';

type Refusal = Extract<AdmitResult, { admitted: false }>;

/** Ledger cents as the dollars a message's `{x, number, ::currency/USD}` formats for the reader. */
const dollars = (cents: number) => Math.round(cents) / 100;

/**
 * The sentence a member reads when admission refuses: which limit, where it stands, when it
 * resets. Counts, money, the wait and the reset date are values of the message, formatted in the
 * reader's language where it is shown.
 */
export function budgetRefusal(
  refusal: Refusal,
  clip: { cents: number; seconds: number },
  now: number,
): ReelbotError {
  const wait = waitMessage(nextDayStart(now) - now);
  const { used, max } = refusal;
  let text: Message;
  switch (refusal.limit) {
    case 'memberMaxActive':
      text = msg('error.budget.memberActive', { used });
      break;
    case 'memberDailyClips':
      text = msg('error.budget.memberDailyClips', { used, wait });
      break;
    case 'memberDailySeconds': {
      const left = Math.max(0, max - used);
      text =
        left > 0
          ? msg('error.budget.memberDailySeconds', { seconds: clip.seconds, max, left, wait })
          : msg('error.budget.memberDailySecondsDone', { max, wait });
      break;
    }
    case 'workspaceDaily':
    case 'workspaceMonthly': {
      const left = Math.max(0, max - used);
      const money = {
        max: dollars(max),
        used: dollars(used),
        cost: dollars(clip.cents),
        ...(left > 0 ? { left: dollars(left) } : {}),
      };
      if (refusal.limit === 'workspaceDaily') {
        text = msg(left > 0 ? 'error.budget.workspaceDailyRoom' : 'error.budget.workspaceDaily', {
          ...money,
          wait,
        });
      } else {
        const monthEnd = nextMonthStart(now);
        text = msg(left > 0 ? 'error.budget.workspaceMonthlyRoom' : 'error.budget.workspaceMonthly', {
          ...money,
          date: new Date(monthEnd),
          wait: waitMessage(monthEnd - now),
        });
      }
      break;
    }
  }
  return new ReelbotError(ErrorCode.BudgetExceeded, text, {
    message: `admission refused: ${refusal.limit} (used ${used}, max ${max})`,
  });
}
