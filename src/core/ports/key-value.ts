/**
 * A small shared space of short records with expiry, for adapters' own facts (Discord's upload
 * limits and edit marks, Slack's upload ledger) and once-only claims of platform deliveries.
 * Redis when the app has one (workers on other machines see the same), memory otherwise.
 */
export interface KeyValue {
  get(key: string): Promise<string | undefined>;
  /** Write with an expiry in ms. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** True the first time a key is claimed within `ttlMs`, false after. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** True while a claim on the key is live. */
  has(key: string): Promise<boolean>;
}
