import type { Member } from '../src/core/clip/clip.ts';
import { ValidationError } from '../src/core/errors.ts';
import { type Message, msg } from '../src/core/i18n/message.ts';
import type { CommandContext } from './types.ts';

/**
 * The member a cast command names: the one the surface resolved from its `member` option (a
 * mention), never a name matched by guess.
 */
export function namedMember(context: CommandContext, commandName: string, sub: string): Member {
  const member = context.mentions?.[0];
  if (!member) {
    throw new ValidationError(msg('reply.cast.mention', { command: commandName, sub }), 'member');
  }
  return member;
}

/** Who may use a likeness, in words (a part of the sentences below, rendered with them). */
export function allowText(allow: 'me' | 'approved' | 'everyone', approved: number): Message {
  if (allow === 'everyone') return msg('reply.cast.allow.everyone');
  if (allow === 'approved') return msg('reply.cast.allow.approved', { count: approved });
  return msg('reply.cast.allow.me');
}
