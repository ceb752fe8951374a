import type { Clock } from '../src/core/ports/clock.ts';
import type { KeyValue } from '../src/core/ports/key-value.ts';
import type { Logger } from '../src/core/ports/logger.ts';
import type { Messenger } from '../src/core/ports/messenger.ts';
import type { Redact } from '../src/core/redaction.ts';
import type { Services } from '../src/core/services.ts';
import type { HttpRouter } from '../src/http/router.ts';
import type { OpsMetrics } from '../src/ops/metrics.ts';

/**
 * Every chat surface has the same shape: a messenger (outbound, REST only, usable by workers on
 * any machine) and an inbound side (gateway, events, web page) that only the bot role starts.
 * Each adapter folder exports one `createXAdapter(context, config)` returning this.
 */
export interface SurfaceAdapter {
  /** `discord`, `slack`, `studio`: the Place.surface this adapter serves. */
  readonly surface: string;
  /** Posting, editing and uploading; registered with the worker. */
  readonly messenger: Messenger;
  /** Start taking requests (connect the gateway, mount routes). Bot role only. */
  start(): Promise<void>;
  /** Stop taking requests and close connections. */
  stop(): Promise<void>;
  /** Whether its platform connection is up (gateway, socket), for /readyz; omit if it cannot say. */
  ready?(): Promise<boolean>;
}

/**
 * What every adapter is built from: the core's use cases and the ports a surface needs, never
 * the store (test/unit/adapter-boundary.test.ts). Built once, by `adapterContext` (src/adapter-context.ts).
 */
export interface AdapterContext {
  /** The core's use cases: clips (reads and the first card included), cast, workspace, contests, leaderboard, providers. */
  services: Services;
  /** The shared space of short records and once-only claims (Redis when the app has one). */
  keyValue: KeyValue;
  logger: Logger;
  clock: Clock;
  /** Prometheus series; adapters report platform 429s here (`rateLimited`). */
  metrics: OpsMetrics;
  /** Every configured secret out of a text, for cards a surface draws itself. */
  redact: Redact;
  /** The in-process simulator's base URL, when it is the provider (the studio's banner says so). */
  simulatorUrl?: string;
  /** The shared HTTP server on PORT, for adapters that receive HTTP. */
  http: HttpRouter;
}
