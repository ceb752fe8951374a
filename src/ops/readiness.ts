import { Redis } from 'ioredis';
import { ErrorCode } from '../core/errors.ts';
import { mediaSpaceCheck } from './media-space.ts';
import type { OpsMetrics } from './metrics.ts';

/** One part of /readyz: ok, failing, or null when the part cannot say. */
export interface Check {
  ok: boolean | null;
  detail?: string;
}

export interface ReadinessReport {
  status: 'ready' | 'not ready' | 'shutting down';
  redis?: Check;
  /** Free space for clips, in processes that download them (workers). */
  media?: Check;
  adapters: Record<string, Check>;
  providers: Record<string, Check>;
}

/** An adapter as readiness sees it (SurfaceAdapter's optional `ready()`). */
export interface ReadyAdapter {
  readonly surface: string;
  ready?(): Promise<boolean>;
}

/** Errors that mean a provider cannot make anything right now, whatever is asked. */
const DOWN_CODES: readonly string[] = [
  ErrorCode.ProviderUnavailable,
  ErrorCode.ProviderAuth,
  ErrorCode.ModelNotFound,
];

/** Redis must answer a PING within this long for the process to count as ready. */
const PING_TIMEOUT_MS = 1000;

/**
 * GET /readyz: is this process fit to take work? Redis answers a PING (when configured), every
 * adapter that can say is connected, and at least one provider's last call (made by this process
 * for real work; /readyz never calls a provider, so it costs nothing) did not say it is down.
 * Draining after SIGTERM reports "shutting down". Nothing here includes a URL, token or key.
 */
export class Readiness {
  readonly #redisUrl: string | undefined;
  #redis: Redis | undefined;
  readonly #adapters: readonly ReadyAdapter[];
  readonly #providers: readonly string[];
  readonly #metrics: OpsMetrics;
  readonly #media: { dir: string; minFreeBytes: number } | undefined;
  #draining = false;

  constructor(options: {
    redisUrl?: string;
    adapters: readonly ReadyAdapter[];
    providers: readonly string[];
    metrics: OpsMetrics;
    /** The media directory and the free space it needs (MEDIA_MIN_FREE_MB); workers only. */
    media?: { dir: string; minFreeBytes: number };
  }) {
    this.#redisUrl = options.redisUrl;
    this.#redis = options.redisUrl ? probeClient(options.redisUrl) : undefined;
    this.#adapters = options.adapters;
    this.#providers = options.providers;
    this.#metrics = options.metrics;
    this.#media = options.media;
  }

  /** From now on the process reports itself as shutting down. */
  drain(): void {
    this.#draining = true;
  }

  async check(): Promise<ReadinessReport> {
    const [redis, adapterChecks, media] = await Promise.all([
      this.#redis ? this.#ping(this.#redis) : undefined,
      Promise.all(this.#adapters.map(async (a) => [a.surface, await adapterCheck(a)] as const)),
      this.#media ? mediaSpaceCheck(this.#media.dir, this.#media.minFreeBytes) : undefined,
    ]);
    const adapters = Object.fromEntries(adapterChecks);
    const providers = Object.fromEntries(this.#providers.map((name) => [name, this.#providerCheck(name)]));
    const providerValues = Object.values(providers);
    const ready =
      redis?.ok !== false &&
      media?.ok !== false &&
      Object.values(adapters).every((c) => c.ok !== false) &&
      (providerValues.length === 0 || providerValues.some((c) => c.ok !== false));
    return {
      status: this.#draining ? 'shutting down' : ready ? 'ready' : 'not ready',
      ...(redis ? { redis } : {}),
      ...(media ? { media } : {}),
      adapters,
      providers,
    };
  }

  async close(): Promise<void> {
    this.#redis?.disconnect();
  }

  async #ping(redis: Redis): Promise<Check> {
    try {
      if (redis.status === 'wait' || redis.status === 'end') await withTimeout(redis.connect());
      const answer = await withTimeout(redis.ping());
      return answer === 'PONG' ? { ok: true } : { ok: false, detail: 'unexpected PING answer' };
    } catch {
      // The next check starts from a new client rather than this one: a half-open socket would
      // keep failing, and ioredis leaves a client that is disconnected between reconnect
      // attempts stuck in "reconnecting" for good (what kept /readyz at 503 after a restart).
      redis.disconnect();
      if (this.#redis === redis && this.#redisUrl) this.#redis = probeClient(this.#redisUrl);
      return { ok: false, detail: 'Redis did not answer PING' };
    }
  }

  #providerCheck(name: string): Check {
    const last = this.#metrics.lastProviderCall(name);
    if (!last) return { ok: null, detail: 'no call made by this process yet' };
    const ago = `${Math.round((Date.now() - last.at) / 1000)} s ago`;
    if (last.ok) return { ok: true, detail: `last call succeeded ${ago}` };
    const down = DOWN_CODES.includes(last.code ?? '');
    return { ok: !down, detail: `last call failed with ${last.code} ${ago}` };
  }
}

async function adapterCheck(adapter: ReadyAdapter): Promise<Check> {
  if (!adapter.ready) return { ok: null, detail: 'does not report its connection' };
  try {
    const ok = await withTimeout(adapter.ready());
    return ok ? { ok } : { ok, detail: 'not connected' };
  } catch {
    return { ok: false, detail: 'connection check failed' };
  }
}

/**
 * The probe's own connection: it never reconnects by itself (no retry strategy, no offline
 * queue), so between checks it costs nothing and each check connects, if need be, and PINGs
 * within PING_TIMEOUT_MS. A probe that fails is an answer, so its errors are not printed.
 */
function probeClient(url: string): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: PING_TIMEOUT_MS,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  return redis;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), PING_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
}
