import type { Place } from '../place.ts';
import type { VideoProvider } from '../ports/video-provider.ts';
import { ProviderRegistry } from '../providers.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { KeyService } from './key-service.ts';

/**
 * What a workspace's keys bring: each provider it has a key for, as the operator's provider
 * factories would build it (models, sizes, prices; no key inside, so nothing here can call it:
 * the clip's steps get a client with the key from the KeyRouter).
 */
export type ProviderCatalog = (providerName: string) => VideoProvider | undefined;

export interface WorkspaceProvidersDeps {
  keys: KeyService;
  /** The operator's providers, in the operator's order. */
  providers: ProviderRegistry;
  catalog: ProviderCatalog;
  /** Workspaces that may use the operator's keys (OPERATOR_KEYS_FOR). */
  operatorKeysFor: 'all' | 'none' | readonly string[];
  /** The workspace's `provider` setting, when it has one. */
  preferred?: (place: Place) => Promise<string | undefined>;
}

/**
 * The providers a workspace's clips are made with, in its own failover order: the `provider`
 * setting first, then the providers it has keys for in the order they were added, then the
 * operator's where OPERATOR_KEYS_FOR lets this workspace use them. A workspace without keys sees
 * the operator's (when it may not use them, its clips are refused with how to add a key).
 * Validation (`generate model:`, the `model` and `provider` settings) and failover both read it,
 * so a model a workspace's key brings is accepted there and nowhere else.
 */
export class WorkspaceProviders {
  readonly #deps: WorkspaceProvidersDeps;

  constructor(deps: WorkspaceProvidersDeps) {
    this.#deps = deps;
  }

  async for(place: Place): Promise<ProviderRegistry> {
    const { keys, providers, catalog, operatorKeysFor, preferred } = this.#deps;
    const own = keys.enabled ? await keys.providersOf(scopeOf(place)) : [];
    if (own.length === 0) return providers;
    const allowed =
      operatorKeysFor === 'all' ||
      (operatorKeysFor !== 'none' && operatorKeysFor.includes(place.workspaceId));
    const ordered: VideoProvider[] = [];
    for (const name of own) {
      // The operator's client of the same provider describes the same models (its endpoints).
      const provider = providers.all().find((p) => p.name === name) ?? catalog(name);
      if (provider) ordered.push(provider);
    }
    if (allowed) ordered.push(...providers.all().filter((p) => !own.includes(p.name)));
    if (ordered.length === 0) return providers;
    const first = await preferred?.(place);
    const at = ordered.findIndex((p) => p.name === first);
    if (at > 0) ordered.unshift(...ordered.splice(at, 1));
    return new ProviderRegistry(ordered);
  }
}
