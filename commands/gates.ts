import { ErrorCode, ReelbotError } from '../src/core/errors.ts';
import { type Message, msg } from '../src/core/i18n/message.ts';
import type { Gate } from './types.ts';

/**
 * One of the member's tokens for a command or button press (the workspace's rate_limit per
 * minute); RATE_LIMITED with the wait when none is left.
 */
export const rateLimited: Gate = ({ services, actor, place }) => services.workspace.limitRate(actor, place);

/**
 * Admins only (Manage Server on Discord, a workspace admin or owner on Slack, the studio's
 * admin): anyone else is refused with FORBIDDEN before anything is read or changed. `what`
 * finishes the sentence "Only admins can … here": a catalog message (`reply.gate.admin.…`), so
 * the refusal reads in the member's language; plain English is shown as it is.
 */
export const adminOnly =
  (what: Message | string): Gate =>
  ({ actor }) => {
    if (actor.admin) return;
    throw new ReelbotError(ErrorCode.Forbidden, msg('reply.gate.admin', { what }));
  };
