import type { SettingChange, SettingsRepository, StoredSettings } from '../core/ports/workspace.ts';

/** Changes kept per workspace (the settings command shows the latest few). */
export const SETTINGS_LOG_MAX = 50;

/** Workspace settings and their change log, in memory. */
export function createMemorySettings(): SettingsRepository {
  const settings = new Map<string, StoredSettings>();
  const logs = new Map<string, SettingChange[]>();
  return {
    async get(scope) {
      return structuredClone(settings.get(scope) ?? {});
    },
    async change(scope, key, value, entry) {
      const next: Record<string, unknown> = { ...settings.get(scope) };
      if (value === undefined) delete next[key];
      else next[key] = structuredClone(value);
      settings.set(scope, next as StoredSettings);
      logs.set(scope, [structuredClone(entry), ...(logs.get(scope) ?? [])].slice(0, SETTINGS_LOG_MAX));
      return structuredClone(next as StoredSettings);
    },
    async history(scope, limit) {
      return structuredClone((logs.get(scope) ?? []).slice(0, limit));
    },
  };
}
