import { ADMINS_KEPT, type KnownMember, type MemberDirectory } from '../core/ports/workspace.ts';

/** The members the bot has met, per workspace, in memory. */
export function createMemoryMembers(): MemberDirectory {
  const scopes = new Map<string, Map<string, KnownMember>>();
  const adminsBy = new Map<string, Map<string, { id: string; name: string; at: number }>>();
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
    async noteAdmin(scope, { id, name }, at) {
      const admins = adminsBy.get(scope) ?? new Map<string, { id: string; name: string; at: number }>();
      adminsBy.set(scope, admins);
      admins.delete(id);
      admins.set(id, { id, name, at });
      // Insertion order is the order seen: the oldest goes first past the bound.
      while (admins.size > ADMINS_KEPT) admins.delete(admins.keys().next().value!);
    },
    async admins(scope, since) {
      return [...(adminsBy.get(scope)?.values() ?? [])]
        .filter((a) => a.at >= since)
        .sort((a, b) => b.at - a.at)
        .map(({ id, name }) => ({ id, name }));
    },
  };
}
