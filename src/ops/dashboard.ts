import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express from 'express';
import type { QueueView } from './queue-view.ts';

/** Where the dashboard is mounted on the shared router. */
export const DASHBOARD_PATH = '/admin/queues';

/**
 * The page's own files only: bull-board's HTML links a web font from a CDN; this policy stops
 * the browser from fetching it (the UI falls back to system fonts), so the dashboard works on a
 * machine with no internet and tells no third party that someone opened it.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * bull-board over the clip queue, served from the package's own files through its Express
 * adapter (Express is already here for Bolt). Read-only: a clip's truth is its record in the
 * store, and removing or retrying a BullMQ job by hand would leave the clip and its job out of
 * step; operators see every job, its data and its failures.
 */
export function createDashboard(view: QueueView): (req: IncomingMessage, res: ServerResponse) => void {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(view.queue(), { readOnlyMode: true })],
    serverAdapter,
    options: { uiConfig: { boardTitle: 'reelbot queues' } },
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(DASHBOARD_PATH, serverAdapter.getRouter());
  return (req, res) => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('cache-control', 'no-store');
    app(req as express.Request, res as express.Response);
  };
}
