import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../core/ports/logger.ts';
import type { HttpRouter } from '../http/router.ts';
import { hasAdminToken } from './admin-auth.ts';
import { createDashboard, DASHBOARD_PATH } from './dashboard.ts';
import type { OpsMetrics } from './metrics.ts';
import type { QueueView } from './queue-view.ts';
import type { Readiness } from './readiness.ts';

export interface OpsRoutesOptions {
  metrics: OpsMetrics;
  readiness: Readiness;
  /** The queue's read side; without it (no Redis) there is no dashboard. */
  queueView?: QueueView;
  /** ADMIN_TOKEN: unset, the dashboard is off. */
  adminToken?: string;
  /** METRICS_TOKEN: when set, /metrics wants it as a bearer token. */
  metricsToken?: string;
  logger: Logger;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

function refuse(res: ServerResponse, realm: string): void {
  res
    .writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': `Basic realm="${realm}"` })
    .end('unauthorized: send the token as Authorization: Bearer <token>, or as the Basic password');
}

/**
 * The operator's endpoints on the shared router, in every role (a worker listens on PORT too):
 * /healthz (the process is up), /readyz (fit to take work), /metrics (Prometheus text) and the
 * queue dashboard under /admin/queues behind ADMIN_TOKEN.
 */
export function mountOpsRoutes(http: HttpRouter, options: OpsRoutesOptions): void {
  const { metrics, readiness } = options;

  // Liveness: answering at all is the whole check; a restart is what a failure asks for.
  http.route('GET', '/healthz', (_req, res) => json(res, 200, { ok: true }));

  http.route('GET', '/readyz', async (_req, res) => {
    const report = await readiness.check();
    json(res, report.status === 'ready' ? 200 : 503, report);
  });

  http.route('GET', '/metrics', async (req, res) => {
    if (options.metricsToken && !hasAdminToken(req, options.metricsToken))
      return refuse(res, 'reelbot metrics');
    const { contentType, body } = await metrics.text();
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
  });

  const dashboard = options.adminToken && options.queueView ? createDashboard(options.queueView) : undefined;
  const serveDashboard = (req: IncomingMessage, res: ServerResponse): void => {
    if (!dashboard || !options.adminToken) {
      res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(
          options.queueView
            ? 'the queue dashboard is off: set ADMIN_TOKEN to turn it on'
            : 'the queue dashboard needs REDIS_URL (the in-memory queue has none)',
        );
      return;
    }
    if (hasAdminToken(req, options.adminToken)) dashboard(req, res);
    else refuse(res, 'reelbot queues');
  };
  http.route('*', DASHBOARD_PATH, serveDashboard);
  http.route('*', `${DASHBOARD_PATH}/*`, serveDashboard);
  if (dashboard) options.logger.info({ path: DASHBOARD_PATH }, 'queue dashboard on (ADMIN_TOKEN)');
}
