/**
 * A secret encrypted with AES-256-GCM (NIST SP 800-38D; node:crypto's `aes-256-gcm`): a fresh
 * random 96-bit IV per ciphertext (the size GCM is specified for), the 128-bit auth tag kept, and
 * the id of the master key that sealed it, so rotation knows which key opens it.
 */
export interface Sealed {
  keyId: string;
  /** base64 */
  iv: string;
  /** base64 */
  tag: string;
  /** base64 */
  data: string;
}

/** Who added a key, as the surface named them then. */
export interface KeyAuthor {
  id: string;
  name: string;
}

/**
 * A workspace's own key for one provider, as stored: ciphertext only. What may be shown of it is
 * its provider, its last four characters, who added it and when.
 */
export interface ProviderKeyRecord {
  /** The workspace scope (scopeOf a place). */
  scope: string;
  /** The provider kind: fal, runway or openai. */
  provider: string;
  last4: string;
  addedBy: KeyAuthor;
  addedAt: number;
  /** Renders in flight allowed on this key; unset: the provider's default. */
  maxInFlight?: number;
  sealed: Sealed;
}

/** Workspaces' provider keys: one per workspace and provider. */
export interface KeyRepository {
  /** Store a workspace's key for a provider, replacing the one it had. */
  put(record: ProviderKeyRecord): Promise<void>;
  /** The workspace's key for a provider, if any. */
  get(scope: string, provider: string): Promise<ProviderKeyRecord | undefined>;
  /** The workspace's keys, by provider name. */
  list(scope: string): Promise<ProviderKeyRecord[]>;
  /** Forget the workspace's key for a provider; false when there was none. */
  remove(scope: string, provider: string): Promise<boolean>;
  /** Every workspace that has stored keys (start-up check, rotation). */
  scopes(): Promise<string[]>;
  /**
   * Replace the ciphertext of a record only while it is still sealed under `fromKeyId`
   * (compare-and-set), so a rotation re-run or racing a new key never overwrites newer data.
   * False when the record is gone or already moved on.
   */
  reseal(scope: string, provider: string, fromKeyId: string, sealed: Sealed): Promise<boolean>;
  /** Change a key's in-flight cap (undefined: the provider's default); false when absent. */
  setCap(scope: string, provider: string, maxInFlight: number | undefined): Promise<boolean>;
  /**
   * Add a posted clip's cost to what the workspace spent on its key for a provider, once per clip
   * however often it is retried (false for a repeat).
   */
  addSpend(scope: string, provider: string, clipId: string, cents: number): Promise<boolean>;
  /** Cents spent per provider key of the workspace, since each was first used. */
  spend(scope: string): Promise<Record<string, number>>;
}
