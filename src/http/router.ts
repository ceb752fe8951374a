import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/ports/logger.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

interface Route {
  method: string;
  /** Exact path, or a prefix when it ends with `/*`. */
  path: string;
  handler: RouteHandler;
}

/**
 * The one HTTP server on PORT: the studio, Slack's /slack/events, provider webhooks, health.
 * Adapters mount their routes; the first matching route answers. Plain node:http, so a Bolt
 * request listener or any (req, res) handler plugs in unchanged.
 */
export class HttpRouter {
  readonly #routes: Route[] = [];
  readonly #logger: Logger;
  #server: Server | undefined;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Answer `method path` (`*` for any method; a path ending in `/*` matches the prefix). */
  route(method: string, path: string, handler: RouteHandler): void {
    this.#routes.push({ method: method.toUpperCase(), path, handler });
  }

  /** Start listening; resolves with the base URL (port 0 picks a free port). */
  async listen(port: number, host: string): Promise<string> {
    this.#server = createServer((req, res) => void this.#dispatch(req, res));
    await new Promise<void>((resolve, reject) => {
      this.#server!.once('error', reject);
      this.#server!.listen(port, host, resolve);
    });
    const address = this.#server.address() as AddressInfo;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    return `http://${shownHost}:${address.port}`;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }

  async #dispatch(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = this.#routes.find(
      (r) =>
        (r.method === '*' || r.method === req.method) &&
        (r.path.endsWith('/*') ? url.pathname.startsWith(r.path.slice(0, -1)) : url.pathname === r.path),
    );
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      await route.handler(req, res, url);
    } catch (error) {
      this.#logger.error({ path: url.pathname, err: (error as Error).message }, 'http handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    }
  }
}
