import type { Clip } from '../clip/clip.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { VideoProvider } from '../ports/video-provider.ts';
import type { ProviderRegistry } from '../providers.ts';
import { operatorSlotKeyOf, slotKeyOf } from '../render/key-pacing.ts';
import { scopeOf } from '../workspace/settings.ts';
import { type KeyNoticeDeps, noticeRefusedKey } from './key-notice.ts';
import { KEY_PROVIDERS, type KeyService } from './key-service.ts';

/** The provider client a clip's step calls, and the key's pacing when it is paced. */
export interface KeyRoute {
  provider: VideoProvider;
  /** The key's pacing (a workspace's own key, or the operator's): at most `cap` clips at the provider at once. */
  slot?: { key: string; cap: number };
  /** The clip is made with the workspace's own key (so later steps keep to it). */
  ownKey?: true;
  /** A posted clip's cost goes on the workspace's key (absent: the operator's key, the ledger alone). */
  spend?: (clip: Pick<Clip, 'id' | 'costUsd' | 'estimatedCostUsd'>) => Promise<void>;
  /** The provider refused the workspace's key (PROVIDER_AUTH): tell its admins, once (key-notice.ts). */
  refused?: (clip: Pick<Clip, 'id' | 'place' | 'provider' | 'locale'>) => Promise<boolean>;
}

/** A client of a configured provider that sends this key instead of the operator's. */
export type ProviderForKey = (providerName: string, key: string) => VideoProvider | undefined;

export interface KeyRouterDeps {
  keys: KeyService;
  providers: ProviderRegistry;
  forKey: ProviderForKey;
  /** Workspaces without their own key that may use the operator's (OPERATOR_KEYS_FOR). */
  operatorKeysFor: 'all' | 'none' | readonly string[];
  /** Renders in flight on the operator's own key, by provider (absent: unpaced). */
  operatorCaps?: Readonly<Record<string, number | undefined>>;
  commandName: string;
  /** Where a refused key's notice is claimed and said; without it nobody is told. */
  notices?: Omit<KeyNoticeDeps, 'keys' | 'commandName'>;
}

/**
 * Which key makes a clip: the workspace's own key for the clip's provider when it has one (its
 * clips, its bill, paced to that key's cap), else the operator's when the operator allows it.
 * Asked at every step, so submit, status and download all use the same key.
 */
export class KeyRouter {
  readonly #deps: KeyRouterDeps;

  constructor(deps: KeyRouterDeps) {
    this.#deps = deps;
  }

  async route(clip: Pick<Clip, 'provider' | 'place' | 'providerJobId' | 'madeWith'>): Promise<KeyRoute> {
    const { keys, forKey, operatorKeysFor, notices, commandName } = this.#deps;
    // Asked at every step of every job: the two common cases below read no store at all.
    // Once submitted, a clip stays with the key that bought it, whatever changed since.
    const submitted = clip.providerJobId !== undefined;
    if (submitted && clip.madeWith !== 'workspace-key') return this.#operator(clip);
    const scope = scopeOf(clip.place);
    if ((KEY_PROVIDERS as readonly string[]).includes(clip.provider)) {
      // Without REELBOT_MASTER_KEY the feature is off: no workspace key can open, so none is
      // looked up (a clip bought with one still fails below as its key being gone).
      const own = keys.enabled ? await keys.open(scope, clip.provider) : undefined;
      if (submitted && !own) {
        throw new ReelbotError(ErrorCode.ProviderAuth, msg('keys.error.removed-mid-render'), {
          message: `own ${clip.provider} key of ${scope} removed mid-render`,
        });
      }
      const provider = own ? forKey(clip.provider, own.key) : undefined;
      if (own && provider) {
        const kind = clip.provider;
        return {
          provider,
          ownKey: true,
          slot: { key: slotKeyOf(clip), cap: own.maxInFlight },
          spend: (posted) =>
            keys.recordSpend(scope, kind, posted.id, posted.costUsd ?? posted.estimatedCostUsd),
          ...(notices ? { refused: (c) => noticeRefusedKey({ ...notices, keys, commandName }, c) } : {}),
        };
      }
    }
    const allowed =
      operatorKeysFor === 'all' ||
      (operatorKeysFor !== 'none' && operatorKeysFor.includes(clip.place.workspaceId));
    if (!allowed) {
      throw new ReelbotError(
        ErrorCode.Forbidden,
        msg('keys.error.own-keys-only', {
          example: `/${this.#deps.commandName} keys add provider:${clip.provider}`,
        }),
        { message: `no own key for ${clip.provider} in ${scope}, and OPERATOR_KEYS_FOR excludes it` },
      );
    }
    return this.#operator(clip);
  }

  /** The operator's client for the clip's provider, paced to the operator's cap for it. */
  #operator(clip: Pick<Clip, 'provider'>): KeyRoute {
    const provider = this.#deps.providers.get(clip.provider);
    const cap = this.#deps.operatorCaps?.[clip.provider];
    return cap ? { provider, slot: { key: operatorSlotKeyOf(clip), cap } } : { provider };
  }
}
