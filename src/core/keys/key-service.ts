import { ConfigError, ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Clock } from '../ports/clock.ts';
import type { KeyAuthor, KeyRepository, ProviderKeyRecord } from '../ports/keys.ts';
import type { Logger } from '../ports/logger.ts';
import { ADMIN_SEEN_MS, type MemberDirectory } from '../ports/workspace.ts';
import { registerSecret } from '../redaction.ts';
import type { MasterKey } from './master-key.ts';
import { type Sealed, seal, UnsealError, unseal } from './sealed.ts';

/** The providers a workspace can bring its own key for. */
export const KEY_PROVIDERS = ['fal', 'runway', 'openai'] as const;
export type KeyProvider = (typeof KEY_PROVIDERS)[number];

/** What may be shown of a stored key: never more than its last four characters. */
export interface KeyView {
  provider: string;
  last4: string;
  addedBy: KeyAuthor;
  addedAt: number;
  /** Renders in flight allowed on it (its own cap, else the provider's default). */
  maxInFlight: number;
  /** What the workspace's posted clips cost on this key, in US dollars. */
  spentUsd: number;
}

/**
 * The cheapest authenticated call a provider offers, made with a candidate key before it is
 * saved: resolves when the provider accepts the key, throws a ReelbotError saying why otherwise.
 */
export type KeyCheck = (provider: KeyProvider, key: string) => Promise<void>;

/** Longest key accepted: provider keys are well under 200 characters; this bounds hostile input. */
const KEY_MAX = 512;

/** The additional data bound into each ciphertext: which workspace and provider it belongs to. */
export const sealContext = (scope: string, provider: string) => `reelbot-key:v1\n${scope}\n${provider}`;

export interface KeyServiceDeps {
  repo: KeyRepository;
  /** Unset: the feature is off (no REELBOT_MASTER_KEY). */
  master?: MasterKey;
  clock: Clock;
  logger: Logger;
  /** The provider's cheapest authenticated call; unset, keys are stored unchecked (tests). */
  check?: KeyCheck;
  /** Renders in flight per key when the key sets none, by provider. */
  defaultCaps: Record<KeyProvider, number>;
  /** Where the admins seen on commands are kept, to be told when a key is refused. */
  members?: MemberDirectory;
}

/**
 * Workspaces' own provider keys: added after a check with the provider, kept sealed under the
 * master key, shown only as provider and last four, opened only for the call that needs them
 * (and registered with the logs' redaction the moment they are).
 */
export class KeyService {
  readonly #deps: KeyServiceDeps;

  constructor(deps: KeyServiceDeps) {
    this.#deps = deps;
  }

  /** False without REELBOT_MASTER_KEY: workspaces then cannot add keys. */
  get enabled(): boolean {
    return this.#deps.master !== undefined;
  }

  /** Check a key with its provider, then store it sealed (replacing the workspace's earlier one). */
  async add(scope: string, provider: string, text: string, by: KeyAuthor): Promise<KeyView> {
    const master = this.#master();
    const kind = providerOf(provider);
    const key = validKey(text);
    // Before saving: a key its provider refuses is not kept, and the caller says why.
    await this.#deps.check?.(kind, key);
    registerSecret(key);
    const record: ProviderKeyRecord = {
      scope,
      provider: kind,
      last4: key.slice(-4),
      addedBy: { id: by.id, name: by.name },
      addedAt: this.#deps.clock.now(),
      sealed: seal(master, key, sealContext(scope, kind)),
    };
    await this.#deps.repo.put(record);
    this.#deps.logger.info({ scope, provider: kind, last4: record.last4 }, 'workspace provider key added');
    return this.#view(record);
  }

  /** The workspace's keys as they may be shown, with what each has spent. */
  async list(scope: string): Promise<KeyView[]> {
    const [records, spend] = await Promise.all([this.#deps.repo.list(scope), this.#deps.repo.spend(scope)]);
    return records.map((r) => ({ ...this.#view(r), spentUsd: (spend[r.provider] ?? 0) / 100 }));
  }

  /** The providers the workspace has keys for, in the order the keys were added (oldest first). */
  async providersOf(scope: string): Promise<string[]> {
    const records = await this.#deps.repo.list(scope);
    return records.sort((a, b) => a.addedAt - b.addedAt).map((r) => r.provider);
  }

  /** A posted clip made with the workspace's key: its cost goes on that key, once. */
  async recordSpend(scope: string, provider: string, clipId: string, usd: number): Promise<void> {
    await this.#deps.repo.addSpend(scope, provider, clipId, Math.round(usd * 100));
  }

  async remove(scope: string, provider: string): Promise<boolean> {
    const removed = await this.#deps.repo.remove(scope, providerOf(provider));
    if (removed) this.#deps.logger.info({ scope, provider }, 'workspace provider key removed');
    return removed;
  }

  /** A command's actor seen with admin rights: remembered, so a refused key's notice reaches them. */
  async noteAdmin(scope: string, actor: { id: string; name: string; admin?: boolean; bot?: boolean }) {
    if (!actor.admin || actor.bot || !this.#deps.members) return;
    await this.#deps.members.noteAdmin(scope, { id: actor.id, name: actor.name }, this.#deps.clock.now());
  }

  /** The workspace's admins seen on commands lately, most recently seen first. */
  async admins(scope: string): Promise<{ id: string; name: string }[]> {
    return (await this.#deps.members?.admins(scope, this.#deps.clock.now() - ADMIN_SEEN_MS)) ?? [];
  }

  /** Change a key's cap of renders in flight; undefined goes back to the provider's default. */
  async setCap(scope: string, provider: string, maxInFlight: number | undefined): Promise<void> {
    if (
      maxInFlight !== undefined &&
      !(Number.isInteger(maxInFlight) && maxInFlight >= 1 && maxInFlight <= 1000)
    ) {
      throw new ValidationError(msg('keys.error.cap-range'), 'cap');
    }
    const done = await this.#deps.repo.setCap(scope, providerOf(provider), maxInFlight);
    if (!done) throw new ReelbotError(ErrorCode.NotFound, msg('keys.error.no-key', { provider }));
  }

  /**
   * The plaintext key for the call that needs it, or undefined when the workspace has none. It is
   * registered with the redaction before it is returned, so no log line or card can show it.
   */
  async open(scope: string, provider: string): Promise<{ key: string; maxInFlight: number } | undefined> {
    if (!this.#deps.master) return undefined;
    const record = await this.#deps.repo.get(scope, provider);
    if (!record) return undefined;
    const key = unseal(this.#deps.master, record.sealed, sealContext(record.scope, record.provider));
    registerSecret(key);
    return { key, maxInFlight: this.#view(record).maxInFlight };
  }

  /**
   * Start-up check: every stored key opens under the configured master key. A record sealed under
   * another key, one that fails its auth tag, or stored keys with no master key at all stop
   * start-up with one line (running on would fall back to other keys, or fail every clip).
   */
  async verifyAll(): Promise<{ keys: number }> {
    const { repo, master, logger } = this.#deps;
    let keys = 0;
    for (const scope of await repo.scopes()) {
      for (const record of await repo.list(scope)) {
        keys++;
        if (!master) {
          throw new ConfigError(
            'REELBOT_MASTER_KEY: not set, but workspaces have stored provider keys sealed under one (set it back)',
          );
        }
        try {
          registerSecret(unseal(master, record.sealed, sealContext(record.scope, record.provider)));
        } catch (error) {
          throw new ConfigError(
            error instanceof UnsealError && error.reason === 'other-key'
              ? `REELBOT_MASTER_KEY: stored provider keys are sealed under master key ${record.sealed.keyId}, not this one (${master.id}); use that key, or run npm run rotate-keys`
              : `REELBOT_MASTER_KEY: a stored provider key fails its integrity check under master key ${master.id} (wrong key or altered data)`,
          );
        }
      }
    }
    if (!master)
      logger.info({}, 'REELBOT_MASTER_KEY is not set: workspaces cannot add their own provider keys');
    return { keys };
  }

  #master(): MasterKey {
    if (!this.#deps.master) {
      throw new ReelbotError(ErrorCode.Forbidden, msg('keys.off'));
    }
    return this.#deps.master;
  }

  #view(record: ProviderKeyRecord): KeyView {
    return {
      spentUsd: 0,
      provider: record.provider,
      last4: record.last4,
      addedBy: record.addedBy,
      addedAt: record.addedAt,
      maxInFlight: record.maxInFlight ?? this.#deps.defaultCaps[record.provider as KeyProvider] ?? 1,
    };
  }
}

function providerOf(provider: string): KeyProvider {
  if ((KEY_PROVIDERS as readonly string[]).includes(provider)) return provider as KeyProvider;
  throw new ValidationError(
    msg('keys.error.provider', { providers: KEY_PROVIDERS.join(', '), provider: provider.slice(0, 40) }),
    'provider',
  );
}

/** A key as pasted: surrounding space trimmed; empty, spaced or oversized text refused. */
function validKey(text: string): string {
  const key = text.trim();
  if (key === '') throw new ValidationError(msg('keys.error.empty'), 'key');
  if (key.length > KEY_MAX) throw new ValidationError(msg('keys.error.too-long', { max: KEY_MAX }), 'key');
  if (/[\s\p{C}]/u.test(key)) throw new ValidationError(msg('keys.error.spaces'), 'key');
  if (key.length < 8) throw new ValidationError(msg('keys.error.too-short'), 'key');
  return key;
}

/** How one rotation run went. */
export interface RotationResult {
  /** Re-sealed under the new key in this run. */
  moved: number;
  /** Already under the new key (an earlier run got to them). */
  already: number;
}

/**
 * Re-seal every stored key under `next`. Each record names the key that sealed it, so a run that
 * stopped midway is simply run again: records already moved are checked and skipped, and the
 * compare-and-set never overwrites a record that changed meanwhile. A record under neither key
 * stops the run with one line before anything else changes for it.
 */
export async function rotateKeys(
  repo: KeyRepository,
  previous: MasterKey,
  next: MasterKey,
): Promise<RotationResult> {
  const result: RotationResult = { moved: 0, already: 0 };
  for (const scope of await repo.scopes()) {
    for (const record of await repo.list(scope)) {
      const context = sealContext(record.scope, record.provider);
      if (record.sealed.keyId === next.id) {
        unsealOrExplain(next, record.sealed, context, 'REELBOT_MASTER_KEY');
        result.already++;
        continue;
      }
      if (record.sealed.keyId !== previous.id) {
        throw new ConfigError(
          `REELBOT_MASTER_KEY_OLD: a stored key is sealed under master key ${record.sealed.keyId}, neither the old (${previous.id}) nor the new (${next.id})`,
        );
      }
      const key = unsealOrExplain(previous, record.sealed, context, 'REELBOT_MASTER_KEY_OLD');
      registerSecret(key);
      if (await repo.reseal(record.scope, record.provider, previous.id, seal(next, key, context)))
        result.moved++;
    }
  }
  return result;
}

function unsealOrExplain(master: MasterKey, sealed: Sealed, context: string, variable: string): string {
  try {
    return unseal(master, sealed, context);
  } catch {
    throw new ConfigError(
      `${variable}: a stored provider key fails its integrity check under master key ${master.id}`,
    );
  }
}
