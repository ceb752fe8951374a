import type { Redis } from 'ioredis';
import type { SettingChange, SettingsRepository, StoredSettings } from '../core/ports/workspace.ts';
import { SETTINGS_LOG_MAX } from './memory-settings.ts';
import { createReadCache } from './read-cache.ts';

/**
 * How long a process reuses a workspace's settings: every request reads them (for the rate
 * limit, the channel, the model and the budgets), and admins change them a few times a month.
 * A change made through another process applies here within this bound.
 */
export const SETTINGS_CACHE_MS = 1000;

/** Workspace settings as a hash of JSON values (one field per setting) and a capped change log. */
export function createRedisSettings(
  redis: Redis,
  key: (...parts: string[]) => string,
  options: { cacheMs?: number; now?: () => number } = {},
): SettingsRepository {
  const settingsKey = (scope: string) => key('settings', scope);
  const logKey = (scope: string) => key('settings', scope, 'log');
  // The raw hash is cached and parsed per read, so no caller can change another's copy.
  const cache = createReadCache<Record<string, string>>({
    ttlMs: options.cacheMs ?? SETTINGS_CACHE_MS,
    ...(options.now ? { now: options.now } : {}),
  });

  async function get(scope: string): Promise<StoredSettings> {
    const fields = await cache.get(scope, () => redis.hgetall(settingsKey(scope)));
    const settings: Record<string, unknown> = {};
    for (const [field, json] of Object.entries(fields)) settings[field] = JSON.parse(json);
    return settings as StoredSettings;
  }

  return {
    get,
    async change(scope, setting, value, entry) {
      const tx = redis.multi();
      if (value === undefined) tx.hdel(settingsKey(scope), setting);
      else tx.hset(settingsKey(scope), setting, JSON.stringify(value));
      // The value and its log entry land together, so the log never misses a change.
      tx.lpush(logKey(scope), JSON.stringify(entry)).ltrim(logKey(scope), 0, SETTINGS_LOG_MAX - 1);
      cache.forget(scope);
      await tx.exec();
      cache.forget(scope);
      return get(scope);
    },
    async history(scope, limit) {
      const entries = await redis.lrange(logKey(scope), 0, Math.max(0, limit - 1));
      return entries.map((e) => JSON.parse(e) as SettingChange);
    },
  };
}
