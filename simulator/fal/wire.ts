import type { FaultRoute, InjectedFault } from '../faults.ts';
import type { VideoFailure, VideoRecord } from '../videos.ts';

/** fal's wire as the simulator speaks it: routes, answer shapes and failure bodies (@fal-ai/client). */

const DOCS = 'https://docs.fal.ai/model-apis/errors';

/** An answer in fal's shape: `{ detail }` plus whatever else fal adds. */
export class FalReply extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(typeof body.detail === 'string' ? body.detail : `fal ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export type Route =
  | { name: 'files'; id: string }
  | { name: 'status' | 'result' | 'cancel'; app: string; id: string }
  | { name: 'submit'; endpoint: string };

export function routeOf(method: string, path: string): Route | undefined {
  const file = /^\/files\/([A-Za-z0-9-]+)\.mp4$/.exec(path);
  if (file && method === 'GET') return { name: 'files', id: file[1]! };
  const request = /^\/([^/]+\/[^/]+)\/requests\/([A-Za-z0-9-]+)(\/status|\/cancel)?\/?$/.exec(path);
  if (request) {
    const [, app, id, tail] = request as unknown as [string, string, string, string | undefined];
    if (method === 'GET' && tail === '/status') return { name: 'status', app, id };
    if (method === 'GET' && tail === undefined) return { name: 'result', app, id };
    if (method === 'PUT' && tail === '/cancel') return { name: 'cancel', app, id };
    return undefined;
  }
  const endpoint = /^\/([^/]+\/[^/]+(?:\/[^/]+)*)\/?$/.exec(path);
  if (endpoint && method === 'POST') return { name: 'submit', endpoint: endpoint[1]! };
  return undefined;
}

/** What a result GET answers. */
export interface FalResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What fal answers for a cancelled request's result is UNCONFIRMED: a flat error_type body. */
export const CANCELLED_RESULT: FalResult = {
  status: 400,
  body: { detail: 'Request was cancelled', error_type: 'request_cancelled' },
  headers: { 'x-fal-error-type': 'request_cancelled' },
};

/**
 * A failed render's result: 422 content_policy_violation for a moderation block, 500 with a detail
 * list for a failed generation, 504 with a flat `error_type` for a timeout (`[fail:timeout]`), and
 * any other `[fail:<type>]` marker as a 422 of that type.
 */
export function failedResult(record: VideoRecord, failure: VideoFailure): FalResult {
  if (failure.code === 'moderation_blocked') {
    return {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'prompt'],
            msg: 'The content could not be processed because it contained material flagged by a content checker.',
            type: 'content_policy_violation',
            url: `${DOCS}#content_policy_violation`,
            input: record.prompt,
          },
        ],
      },
    };
  }
  if (failure.code === 'timeout') {
    return {
      status: 504,
      body: { detail: 'Request timed out', error_type: 'request_timeout' },
      headers: { 'x-fal-error-type': 'request_timeout' },
    };
  }
  if (failure.code === 'internal_error') {
    return {
      status: 500,
      body: {
        detail: [
          {
            loc: ['body'],
            msg: 'The generation failed at the model provider. Please try again.',
            type: 'downstream_service_error',
            url: `${DOCS}#downstream_service_error`,
          },
        ],
      },
    };
  }
  return {
    status: 422,
    body: {
      detail: [{ loc: ['body'], msg: failure.message, type: failure.code, url: `${DOCS}#${failure.code}` }],
    },
  };
}

/** `owner/app` of an endpoint id (fal-ai/kling-video/v3/pro/text-to-video -> fal-ai/kling-video). */
export function appOf(endpoint: string): string {
  return endpoint.split('/').slice(0, 2).join('/');
}

/** The fault switches' name for a fal route. */
export function faultRoute(name: Route['name']): FaultRoute {
  const routes = {
    submit: 'create',
    status: 'retrieve',
    result: 'result',
    cancel: 'cancel',
    files: 'content',
  } as const;
  return routes[name];
}

export function faultReply(fault: InjectedFault): FalReply {
  if (fault.kind === 'rateLimit') {
    return new FalReply(
      429,
      { detail: 'Rate limit exceeded. Please slow down and retry.' },
      {
        'retry-after': String(Math.ceil(fault.retryAfterMs / 1000)),
        'retry-after-ms': String(fault.retryAfterMs),
      },
    );
  }
  // A gateway failure, not a model error: no `detail` list and no error_type.
  return new FalReply(fault.status, { detail: 'Internal Server Error' });
}
