import type { IncomingMessage, ServerResponse } from 'node:http';
import { DiscordFailure, fail, type RequestBody, readBody, sendEmpty, sendJson } from './http.ts';
import type { FakeState, InjectedRateLimit } from './state.ts';

export interface RouteContext {
  method: string;
  /** Path below /api/v10. */
  path: string;
  params: string[];
  query: URLSearchParams;
  body: RequestBody;
}

export interface RouteResult {
  status: number;
  json?: unknown;
}

export interface Route {
  method: string;
  path: RegExp;
  /** False for interaction and webhook routes, which carry no bot token (discord.js sends `auth: false`). */
  auth?: boolean;
  handle(context: RouteContext): RouteResult | Promise<RouteResult>;
}

/**
 * Serve `/api/v10/...`: bot-token check, injected 429s, then the first matching route. Every
 * request is recorded with its status, so tests count calls, edits and refusals.
 */
export function createRestHandler(state: FakeState, routes: Route[]) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const method = req.method ?? 'GET';
    // discord.js percent-encodes `@original` and emoji; Discord reads the decoded path.
    const path = url.pathname
      .replace(/^\/api\/v10/, '')
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
    const botAuth = req.headers.authorization === `Bot ${state.token}`;
    const at = Date.now(); // arrival: the order requests reached Discord in
    let body: RequestBody = { json: undefined, files: [], bytes: 0 };
    const record = (status: number) => {
      state.requests.push({
        method,
        path,
        status,
        at,
        botAuth,
        json: body.json,
        files: body.files.map(({ data, ...file }) => ({ ...file, bytes: data.length })),
      });
      state.events.emit('request', { method, path, status });
    };
    try {
      body = await readBody(req);
      const limited = takeRateLimit(state.rateLimits, method, path);
      if (limited) {
        state.rateLimited++;
        record(429);
        sendRateLimit(res, limited);
        return;
      }
      let params: string[] = [];
      const route = routes.find((r) => {
        if (r.method !== method) return false;
        const match = r.path.exec(path);
        if (match) params = match.slice(1);
        return Boolean(match);
      });
      if (!route) throw fail.notFound();
      if (route.auth !== false && !botAuth) throw fail.unauthorized();
      const result = await route.handle({ method, path, params, query: url.searchParams, body });
      record(result.status);
      if (result.json === undefined) sendEmpty(res);
      else sendJson(res, result.status, result.json);
    } catch (error) {
      if (!(error instanceof DiscordFailure)) {
        record(500);
        sendJson(res, 500, { message: `fake discord: ${(error as Error).message}`, code: 0 });
        return;
      }
      record(error.status);
      sendJson(res, error.status, {
        message: error.message,
        code: error.code,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
  };
}

function takeRateLimit(faults: InjectedRateLimit[], method: string, path: string) {
  const fault = faults.find(
    (f) => f.count > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path)),
  );
  if (fault) fault.count--;
  return fault;
}

/** A 429 as Discord sends it: headers and a JSON body with `retry_after` in seconds (rate-limits.mdx). */
function sendRateLimit(res: ServerResponse, fault: InjectedRateLimit) {
  const seconds = fault.retryAfterMs / 1000;
  sendJson(
    res,
    429,
    { message: 'You are being rate limited.', retry_after: seconds, global: fault.global, code: 0 },
    {
      'retry-after': String(Math.max(1, Math.ceil(seconds))),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + seconds),
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-bucket': 'fake-bucket-messages',
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
      ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
    },
  );
}
