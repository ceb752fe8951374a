import type { App } from '../src/app.ts';
import type { Messenger } from '../src/core/ports/messenger.ts';
import type { HttpRouter } from '../src/http/router.ts';

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

/** What every adapter is built from. */
export interface AdapterContext {
  app: App;
  /** The shared HTTP server on PORT, for adapters that receive HTTP. */
  http: HttpRouter;
}
