import { z } from 'zod';

/** The provider APIs the simulator speaks: OpenAI's /v1/videos, fal's queue, Runway's tasks. */
export const SIM_APIS = ['openai', 'fal', 'runway'] as const;
export type SimApi = (typeof SIM_APIS)[number];

/**
 * The API routes a fault can be scoped to. Names are shared where the operation is the same:
 * `create` is OpenAI's POST /videos, fal's queue submit and Runway's text/image_to_video;
 * `retrieve` is any status read (fal's /status, Runway's GET task); `content` any media download;
 * `result` is fal's result GET; `cancel` fal's PUT cancel and Runway's DELETE task.
 */
export const FAULT_ROUTES = [
  'create',
  'retrieve',
  'list',
  'delete',
  'content',
  'remix',
  'edit',
  'extend',
  'moderation',
  'result',
  'cancel',
] as const;
export type FaultRoute = (typeof FAULT_ROUTES)[number];

const errorFault = {
  /** Answer the next `count` matching requests with the error. */
  count: z.number().int().nonnegative().optional(),
  /** Or answer this share (0..1) of matching requests until cleared. */
  fraction: z.number().min(0).max(1).optional(),
  /** Only requests to this route (default: every API route). */
  route: z.enum(FAULT_ROUTES).optional(),
  /** Only requests to this provider API (default: all of them). */
  api: z.enum(SIM_APIS).optional(),
  /**
   * The `x-should-retry` header: false (default, so SDK clients fail fast), true (the SDK retries
   * if its caller allows it: proves a caller turned retries off), or null (no header).
   */
  shouldRetry: z.boolean().nullable().optional(),
};

const rateLimitSchema = z.strictObject({
  ...errorFault,
  /** Sent as `retry-after-ms` (and rounded up as `retry-after` seconds); default 1000. */
  retryAfterMs: z.number().int().nonnegative().optional(),
});
const serverErrorSchema = z.strictObject({
  ...errorFault,
  /** 500 by default; 502/503/504 also make sense. */
  status: z.number().int().min(500).max(599).optional(),
});

export type RateLimitFault = z.infer<typeof rateLimitSchema>;
export type ServerErrorFault = z.infer<typeof serverErrorSchema>;

/** A number is shorthand for `{ count: n }`; null or 0 clears the switch. */
const patchSchema = z.strictObject({
  rateLimit: z.union([z.number().int().nonnegative(), rateLimitSchema]).nullable().optional(),
  serverError: z.union([z.number().int().nonnegative(), serverErrorSchema]).nullable().optional(),
  /**
   * The models are retired: every job route answers 404 the way that API says "gone" (OpenAI
   * model_not_found, fal "Application … not found", Runway "model … no longer available").
   * true takes down every API; a list takes down only those (to test failover between them).
   */
  shutdown: z.union([z.boolean(), z.array(z.enum(SIM_APIS))]).optional(),
  /** Throttle content downloads to this rate; null for full speed. */
  downloadBytesPerSecond: z.number().positive().nullable().optional(),
  /** Hold every API response this long before answering (to provoke client timeouts). */
  latencyMs: z.number().int().nonnegative().nullable().optional(),
  /**
   * Per bearer key, the jobs it may have in flight at once; a create past it is answered with that
   * API's 429, as an account over its concurrency is. Replaces the earlier map; null clears it.
   */
  keyLimits: z.record(z.string().min(1), z.number().int().positive()).nullable().optional(),
});
export type FaultPatch = z.infer<typeof patchSchema>;

export interface FaultSettings {
  rateLimit: RateLimitFault | null;
  serverError: ServerErrorFault | null;
  shutdown: boolean | SimApi[];
  downloadBytesPerSecond: number | null;
  latencyMs: number | null;
  keyLimits: Record<string, number>;
}

/** True when the `shutdown` switch takes this API down. */
export function isShutDown(settings: FaultSettings, api: SimApi): boolean {
  return Array.isArray(settings.shutdown) ? settings.shutdown.includes(api) : settings.shutdown;
}

/** Steer the simulator's misbehaviour; the same operations are exposed over HTTP under /_sim. */
export interface FaultControls {
  /** Change some switches; omitted ones keep their value. Throws on a malformed patch. */
  set(patch: FaultPatch): FaultSettings;
  current(): FaultSettings;
  /** Every switch off. */
  reset(): void;
}

/** The error a request was picked for, if any. */
export type InjectedFault =
  | { kind: 'rateLimit'; retryAfterMs: number; shouldRetry: boolean | null }
  | { kind: 'serverError'; status: number; shouldRetry: boolean | null };

const OFF: FaultSettings = {
  rateLimit: null,
  serverError: null,
  shutdown: false,
  downloadBytesPerSecond: null,
  latencyMs: null,
  keyLimits: {},
};

/** The `x-should-retry` value to send: false unless the fault says otherwise (null: no header). */
function retryHeader(fault: { shouldRetry?: boolean | null | undefined }): boolean | null {
  return fault.shouldRetry === undefined ? false : fault.shouldRetry;
}

export function parseFaultPatch(input: unknown): FaultPatch {
  const parsed = patchSchema.safeParse(input);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

function normalise<T extends { count?: number | undefined; fraction?: number | undefined }>(
  value: number | T | null | undefined,
): T | null {
  if (value === null || value === undefined) return null;
  const fault = (typeof value === 'number' ? { count: value } : value) as T;
  if (fault.count === undefined && fault.fraction === undefined) return { ...fault, count: 1 };
  if (!fault.count && !fault.fraction) return null;
  return fault;
}

export class Faults implements FaultControls {
  #settings: FaultSettings = { ...OFF };

  set(patch: FaultPatch): FaultSettings {
    const valid = parseFaultPatch(patch);
    const next = { ...this.#settings };
    if (valid.rateLimit !== undefined) next.rateLimit = normalise<RateLimitFault>(valid.rateLimit);
    if (valid.serverError !== undefined) next.serverError = normalise<ServerErrorFault>(valid.serverError);
    if (valid.shutdown !== undefined) {
      next.shutdown = Array.isArray(valid.shutdown)
        ? valid.shutdown.length > 0 && [...new Set(valid.shutdown)]
        : valid.shutdown;
    }
    if (valid.downloadBytesPerSecond !== undefined)
      next.downloadBytesPerSecond = valid.downloadBytesPerSecond;
    if (valid.latencyMs !== undefined) next.latencyMs = valid.latencyMs || null;
    if (valid.keyLimits !== undefined) next.keyLimits = { ...valid.keyLimits };
    this.#settings = next;
    return this.current();
  }

  current(): FaultSettings {
    return structuredClone(this.#settings);
  }

  /** The per-key limits, read on every create (no copy: callers only read). */
  keyLimits(): Readonly<Record<string, number>> {
    return this.#settings.keyLimits;
  }

  reset(): void {
    this.#settings = { ...OFF };
  }

  /** Decide whether this request gets a deliberate error, using up one of a `count`. */
  take(route: FaultRoute, api: SimApi = 'openai'): InjectedFault | undefined {
    const rate = this.#settings.rateLimit;
    if (rate && this.#hit(rate, route, api, 'rateLimit')) {
      return {
        kind: 'rateLimit',
        retryAfterMs: rate.retryAfterMs ?? 1000,
        shouldRetry: rate.shouldRetry ?? false,
      };
    }
    const server = this.#settings.serverError;
    if (server && this.#hit(server, route, api, 'serverError')) {
      return { kind: 'serverError', status: server.status ?? 500, shouldRetry: retryHeader(server) };
    }
    return undefined;
  }

  #hit(
    fault: RateLimitFault | ServerErrorFault,
    route: FaultRoute,
    api: SimApi,
    key: 'rateLimit' | 'serverError',
  ): boolean {
    if (fault.route !== undefined && fault.route !== route) return false;
    if (fault.api !== undefined && fault.api !== api) return false;
    if (fault.count) {
      const left = fault.count - 1;
      this.#settings = {
        ...this.#settings,
        [key]: left > 0 || fault.fraction ? { ...fault, count: left } : null,
      };
      return true;
    }
    return fault.fraction !== undefined && Math.random() < fault.fraction;
  }
}
