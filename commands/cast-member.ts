import type { Member } from '../src/core/clip/clip.ts';
import { ValidationError } from '../src/core/errors.ts';
import type { CommandContext } from './types.ts';

/**
 * The member a cast command names: the one the surface resolved from its `member` option (a
 * mention), never a name matched by guess.
 */
export function namedMember(context: CommandContext, commandName: string, sub: string): Member {
  const member = context.mentions?.[0];
  if (!member) {
    throw new ValidationError(
      `Name the member with a mention, like /${commandName} cast ${sub} member:@Bob.`,
      'member',
    );
  }
  return member;
}

/** Who may use a likeness, in words. */
export function allowText(allow: 'me' | 'approved' | 'everyone', approved: number): string {
  if (allow === 'everyone') return 'everyone here may use your likeness';
  if (allow === 'approved') {
    return `only you and the ${approved === 1 ? 'member' : `${approved} members`} you approved may use your likeness`;
  }
  return 'only you may use your likeness';
}
