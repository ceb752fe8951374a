import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The body of an error, as every OpenAI endpoint wraps it: `{ error: { message, type, param, code } }`. */
export interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/**
 * An error the simulator answers on purpose. Deliberate errors carry `x-should-retry: false` so
 * SDK clients fail fast instead of retrying for seconds (openai-node src/client.ts); faults may override it.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    extra: {
      type?: string;
      param?: string | null;
      code?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.status = status;
    this.body = {
      message,
      type: extra.type ?? 'invalid_request_error',
      param: extra.param ?? null,
      code: extra.code ?? null,
    };
    this.headers = { 'x-should-retry': 'false', ...extra.headers };
  }
}

export function newRequestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function sendApiError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, { error: error.body }, error.headers);
}

/** The whole request body, refusing more than `limit` bytes with a 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): ApiError {
  return new ApiError(413, `Request body too large; the maximum is ${limit} bytes.`, {
    code: 'request_too_large',
  });
}

/** The route does not exist: OpenAI's own wording for an unknown path. */
export function invalidUrl(method: string, path: string): ApiError {
  return new ApiError(404, `Invalid URL (${method} ${path})`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
