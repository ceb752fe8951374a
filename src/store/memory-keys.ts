import type { KeyRepository, ProviderKeyRecord } from '../core/ports/keys.ts';

/** Workspaces' provider keys in memory (ciphertext only, as in Redis). */
export function createMemoryKeys(): KeyRepository {
  const byScope = new Map<string, Map<string, ProviderKeyRecord>>();
  const spent = new Map<string, Record<string, number>>();
  const counted = new Set<string>();
  const of = (scope: string) => byScope.get(scope) ?? new Map<string, ProviderKeyRecord>();
  return {
    async put(record) {
      const keys = of(record.scope);
      keys.set(record.provider, structuredClone(record));
      byScope.set(record.scope, keys);
    },
    async get(scope, provider) {
      const record = byScope.get(scope)?.get(provider);
      return record ? structuredClone(record) : undefined;
    },
    async list(scope) {
      return [...of(scope).values()]
        .sort((a, b) => a.provider.localeCompare(b.provider))
        .map((r) => structuredClone(r));
    },
    async remove(scope, provider) {
      const keys = byScope.get(scope);
      const removed = keys?.delete(provider) ?? false;
      if (keys?.size === 0) byScope.delete(scope);
      return removed;
    },
    async scopes() {
      return [...byScope.keys()].sort();
    },
    async reseal(scope, provider, fromKeyId, sealed) {
      const record = byScope.get(scope)?.get(provider);
      if (!record || record.sealed.keyId !== fromKeyId) return false;
      record.sealed = structuredClone(sealed);
      return true;
    },
    async addSpend(scope, provider, clipId, cents) {
      const mark = `${scope}\n${provider}\n${clipId}`;
      if (counted.has(mark)) return false;
      counted.add(mark);
      const totals = spent.get(scope) ?? {};
      totals[provider] = (totals[provider] ?? 0) + cents;
      spent.set(scope, totals);
      return true;
    },
    async spend(scope) {
      return { ...spent.get(scope) };
    },
    async setCap(scope, provider, maxInFlight) {
      const record = byScope.get(scope)?.get(provider);
      if (!record) return false;
      if (maxInFlight === undefined) delete record.maxInFlight;
      else record.maxInFlight = maxInFlight;
      return true;
    },
  };
}
