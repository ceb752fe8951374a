import type { KeyValue } from '../../src/core/ports/key-value.ts';

/**
 * What we know about one delivery (one idempotency key): upload attempt `attempt` started (we hold
 * the file id Slack gave it), failed before Slack confirmed it, or finished (the file was shared
 * into the thread). Records written before attempts were numbered have none: that was attempt 1.
 */
export type UploadRecord =
  | { state: 'started'; fileId: string; attempt?: number }
  | { state: 'failed'; attempt: number; fileId?: string }
  | { state: 'shared'; fileId: string; ts?: string };

/**
 * A small record per delivery so a retried upload does not post the video twice. Slack's upload
 * API takes no idempotency key, so we keep our own, in the app's key-value space (Redis when the
 * bot runs on it, so workers on other machines see it; memory otherwise).
 */
export interface UploadLedger {
  get(key: string): Promise<UploadRecord | undefined>;
  set(key: string, record: UploadRecord): Promise<void>;
  /**
   * True for the one delivery that may make upload attempt `attempt` of `key` (an atomic claim,
   * so two overlapping deliveries, e.g. after a lapsed job lock, never both upload); held `ttlMs`.
   */
  claimAttempt(key: string, attempt: number, ttlMs: number): Promise<boolean>;
  /** True while some delivery holds the claim on that attempt. */
  attemptLive(key: string, attempt: number): Promise<boolean>;
}

/** Retries of one delivery happen within minutes; a week is generous and keeps Redis tidy. */
const TTL_MS = 7 * 24 * 3600_000;

/** The layout the ledger's own Redis connection wrote before: `<prefix>:slack:upload:<key>`. */
const recordKey = (key: string) => `slack:upload:${key}`;
const attemptKey = (key: string, attempt: number) => `slack:upload:${key}:attempt:${attempt}`;

export function createUploadLedger(kv: KeyValue): UploadLedger {
  return {
    async get(key) {
      const raw = await kv.get(recordKey(key));
      return raw ? (JSON.parse(raw) as UploadRecord) : undefined;
    },
    async set(key, record) {
      await kv.set(recordKey(key), JSON.stringify(record), TTL_MS);
    },
    claimAttempt: (key, attempt, ttlMs) => kv.claim(attemptKey(key, attempt), ttlMs),
    attemptLive: (key, attempt) => kv.has(attemptKey(key, attempt)),
  };
}
