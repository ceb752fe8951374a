import type { KnownMember, MemberDirectory } from '../core/ports/workspace.ts';

/** The members the bot has met, per workspace, in memory. */
export function createMemoryMembers(): MemberDirectory {
  const scopes = new Map<string, Map<string, KnownMember>>();
  const membersOf = (scope: string) => {
    let members = scopes.get(scope);
    if (!members) {
      members = new Map();
      scopes.set(scope, members);
    }
    return members;
  };
  return {
    async list(scope) {
      return [...(scopes.get(scope)?.values() ?? [])].map((m) => ({ ...m }));
    },
    async remember(scope, { id, name }) {
      const members = membersOf(scope);
      members.set(id, { id, name, consent: members.get(id)?.consent ?? false });
    },
    async setConsent(scope, { id, name }, consent) {
      membersOf(scope).set(id, { id, name, consent });
    },
  };
}
