/**
 * A per-scope copy of a small, rarely changed Redis read that every request makes (workspace
 * settings, the member directory), kept for `ttlMs`. Writes through this process call `forget`,
 * so they are seen at once here; a write through another process is seen here within `ttlMs`.
 * The pending read is shared, so a burst of requests for one workspace makes one read.
 */
export interface ReadCache<T> {
  get(scope: string, load: () => Promise<T>): Promise<T>;
  /** The cached value, if fresh, for a caller that can patch it in place. */
  peek(scope: string): T | undefined;
  forget(scope: string): void;
}

export interface ReadCacheOptions {
  ttlMs: number;
  /** Scopes kept at most; the oldest entry goes first (a workspace idle for a while reloads). */
  max?: number;
  now?: () => number;
}

export function createReadCache<T>(options: ReadCacheOptions): ReadCache<T> {
  const { ttlMs, max = 10_000, now = Date.now } = options;
  const entries = new Map<string, { at: number; value: Promise<T>; settled?: T }>();
  const fresh = (scope: string) => {
    const entry = entries.get(scope);
    if (entry && now() - entry.at < ttlMs) return entry;
    if (entry) entries.delete(scope);
    return undefined;
  };
  return {
    get(scope, load) {
      const hit = fresh(scope);
      if (hit) return hit.value;
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      const entry: { at: number; value: Promise<T>; settled?: T } = { at: now(), value: load() };
      entries.set(scope, entry);
      entry.value.then(
        (value) => {
          entry.settled = value;
        },
        // A failed read is not kept: the next request asks Redis again.
        () => {
          if (entries.get(scope) === entry) entries.delete(scope);
        },
      );
      return entry.value;
    },
    peek: (scope) => fresh(scope)?.settled,
    forget(scope) {
      entries.delete(scope);
    },
  };
}
