import type { Clock } from '../src/core/ports/clock.ts';
import type { InjectedFault, SimApi } from './faults.ts';

/** What the simulator saw of one bearer key (GET /_sim/stats `byKey`). */
export interface KeyStats {
  api: SimApi;
  /** Distinct jobs created with the key (idempotent replays excluded). */
  creates: number;
  /** Its jobs created and not yet finished, failed or cancelled. */
  inFlight: number;
  /** The most it ever had in flight at once. */
  peakInFlight: number;
  /** Creates refused with 429 because the key was at its limit. */
  rejected: number;
}

/** The part of a job record the ledger reads: a job is in flight until `endsAtMs`. */
interface Live {
  endsAtMs: number;
  deleted?: boolean;
}

/** A create past a key's limit gets what a rate-limit fault gets: 429, retry after a second. */
const AT_KEY_LIMIT: InjectedFault = { kind: 'rateLimit', retryAfterMs: 1000, shouldRetry: false };

/** The key an API request presents: `Bearer <key>` (OpenAI, Runway) or `Key <key>` (fal). */
export function bearerOf(authorization: string | undefined): string | undefined {
  return /^(?:Bearer|Key)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
}

/**
 * Jobs per bearer key, and the per-key concurrency limits a test sets (faults `keyLimits`), so a
 * test can see which workspace's key made which clip and that pacing kept under each limit. Past a
 * key's limit a create is answered with the API's own 429, as an account over its concurrency is.
 */
export class KeyLedger {
  readonly #clock: Clock;
  readonly #limits: () => Readonly<Record<string, number>>;
  readonly #stats = new Map<string, KeyStats>();
  readonly #live = new Map<string, Live[]>();

  constructor(clock: Clock, limits: () => Readonly<Record<string, number>>) {
    this.#clock = clock;
    this.#limits = limits;
  }

  /** False (and counted) when the key is at its limit: the caller answers 429. */
  admit(api: SimApi, key: string | undefined): boolean {
    if (key === undefined) return true;
    const limit = this.#limits()[key];
    if (limit === undefined || this.#inFlight(key) < limit) return true;
    this.#of(api, key).rejected++;
    return false;
  }

  /**
   * Admit a create, or throw the API's own 429: `reply` turns the rate-limit fault into that API's
   * error body and headers, so each API keeps its own shape.
   */
  admitOrThrow(api: SimApi, key: string | undefined, reply: (fault: InjectedFault) => Error): void {
    if (!this.admit(api, key)) throw reply(AT_KEY_LIMIT);
  }

  /** A new job was created with this key. */
  note(api: SimApi, key: string | undefined, job: Live): void {
    if (key === undefined) return;
    const stats = this.#of(api, key);
    const live = [...(this.#live.get(key) ?? []), job];
    this.#live.set(key, live);
    stats.creates++;
    stats.peakInFlight = Math.max(stats.peakInFlight, this.#inFlight(key));
  }

  stats(): Record<string, KeyStats> {
    return Object.fromEntries(
      [...this.#stats].map(([key, s]) => [key, { ...s, inFlight: this.#inFlight(key) }]),
    );
  }

  clear(): void {
    this.#stats.clear();
    this.#live.clear();
  }

  #inFlight(key: string): number {
    const now = this.#clock.now();
    // Finished jobs are dropped as they are seen, so the list stays as long as the key's load.
    const live = (this.#live.get(key) ?? []).filter((job) => !job.deleted && now < job.endsAtMs);
    this.#live.set(key, live);
    return live.length;
  }

  #of(api: SimApi, key: string): KeyStats {
    const stats = this.#stats.get(key) ?? { api, creates: 0, inFlight: 0, peakInFlight: 0, rejected: 0 };
    this.#stats.set(key, stats);
    return stats;
  }
}
