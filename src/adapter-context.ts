import type { AdapterContext } from '../adapters/types.ts';
import type { App } from './app.ts';
import type { HttpRouter } from './http/router.ts';

/**
 * What every surface adapter is built from (adapters/types.ts): the App's services and ports,
 * never its store. The one place that builds it, for main.ts and every test harness alike, so the
 * next change to the context is made here.
 */
export function adapterContext(app: App, http: HttpRouter): AdapterContext {
  return {
    services: app.services,
    keyValue: app.store.keyValue,
    logger: app.logger,
    clock: app.clock,
    metrics: app.metrics,
    redact: app.redact,
    ...(app.simulatorUrl ? { simulatorUrl: app.simulatorUrl } : {}),
    http,
  };
}
