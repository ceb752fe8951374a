import type { Actor, Member } from '../../src/core/clip/clip.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import type { StudioMember } from './web/types.ts';

/**
 * The people one can act as in the studio, so votes, remixes and admin rights can be tried
 * alone. The server owns the roster and the rights: the page names a member, never its rights.
 */
export const STUDIO_MEMBERS: readonly StudioMember[] = [
  { id: 'ada', name: 'Ada', admin: false },
  { id: 'bob', name: 'Bob', admin: false },
  { id: 'cy', name: 'Cy', admin: true },
];

/** The channels of the studio's one workspace. */
export const STUDIO_CHANNELS: readonly string[] = ['general'];
export const STUDIO_WORKSPACE = 'local';

/** The actor for a member id from the page; an unknown id is refused. */
export function actorFor(memberId: string): Actor {
  const member = STUDIO_MEMBERS.find((m) => m.id === memberId);
  if (!member) {
    throw new ValidationError(
      msg('studio.error.memberOf', { names: STUDIO_MEMBERS.map((m) => m.name).join(', ') }),
      'member',
    );
  }
  return { id: member.id, name: member.name, ...(member.admin ? { admin: true } : {}) };
}

/**
 * The members a text mentions as `@Name` (any case), the studio's mention syntax: passed to the
 * core with a request, which refuses prompts naming members who have not opted in.
 */
export function mentionsIn(text: string): Member[] {
  const named = new Set(
    [...text.matchAll(/(?<![\p{L}\p{N}_])@([\p{L}\p{N}_]{1,32})/gu)].map((m) => m[1]!.toLowerCase()),
  );
  return STUDIO_MEMBERS.filter((m) => named.has(m.name.toLowerCase()) || named.has(m.id)).map((m) => ({
    id: m.id,
    name: m.name,
  }));
}
