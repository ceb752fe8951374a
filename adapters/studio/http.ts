import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROMPT_MAX } from '../../src/core/clip/clip-options.ts';
import { asReelbotError, ErrorCode, ReelbotError, sentenceFor } from '../../src/core/errors.ts';
import { type Locale, SOURCE_LOCALE } from '../../src/core/i18n/locales.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { isRedisUnreachable } from '../../src/ops/redis-errors.ts';
import type { ErrorBody } from './web/types.ts';

/** The studio's API bodies are small (a prompt is at most 4000 characters), attached pictures aside. */
export const MAX_BODY_BYTES = 64 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooLarge]: 413,
  [ErrorCode.ImageTooLarge]: 413,
  [ErrorCode.InvalidImage]: 400,
  [ErrorCode.CastFull]: 409,
  [ErrorCode.HandleTaken]: 409,
  [ErrorCode.ReferencesUnsupported]: 422,
  // Refusals a member can act on (issue 8): shown like any other, never logged as failures.
  [ErrorCode.ModerationBlocked]: 422,
  [ErrorCode.ConsentRequired]: 403,
  [ErrorCode.BudgetExceeded]: 403,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.ProviderUnavailable]: 503,
  [ErrorCode.Unavailable]: 503,
};

/** What a member reads when the studio's store (Redis) is away or too slow to answer. */
function unavailable(cause?: unknown): ReelbotError {
  return new ReelbotError(ErrorCode.Unavailable, msg('studio.error.unavailable'), { retryable: true, cause });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
    })
    .end(text);
}

/**
 * A refusal's sentence as the command pipeline rendered it for the member (commands/pipeline.ts
 * picks the member's language, else the channel's): kept with the error the studio's hooks throw
 * (command-hooks.ts), so the answer says exactly what another surface would.
 */
const rendered = new WeakMap<ReelbotError, string>();

export function keepSentence(error: ReelbotError, sentence: string): void {
  rendered.set(error, sentence);
}

/**
 * Answer with the error's code and member-facing sentence in the member's language (their pick on
 * the page, else their browser's: api.ts); unexpected errors are logged, not shown.
 */
export function sendError(
  res: ServerResponse,
  error: unknown,
  logger: Logger,
  locale: Locale = SOURCE_LOCALE,
): void {
  const err = isRedisUnreachable(error) ? unavailable(error) : asReelbotError(error);
  const status = STATUS[err.code] ?? 500;
  if (status === 500) logger.error({ code: err.code, err: err.message }, 'studio request failed');
  const message = rendered.get(err) ?? sentenceFor(err, translator(locale));
  const body: ErrorBody = { error: { code: err.code, message } };
  // A body too large is left unread: the connection closes after the answer rather than
  // reading the rest of it to be reused.
  if (status === 413 && !res.headersSent) res.setHeader('connection', 'close');
  if (!res.headersSent) sendJson(res, status, body);
  else res.end();
}

/**
 * Run a request's work, but answer 503 if it has not started its answer within `ms`: while Redis
 * is away its commands wait on reconnects, and a page must not wait on them forever. The work
 * runs on and may still finish; what it does is idempotent per request nonce, so the member's
 * retry maps to the same clip. A response already under way (a stream) is left alone.
 */
export async function answerWithin(
  ms: number,
  res: ServerResponse,
  work: () => Promise<void>,
  logger: Logger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const running = work();
  const late = new Promise<'late'>((resolve) => {
    const check = () => {
      if (res.headersSent) timer = setTimeout(check, ms);
      else resolve('late');
    };
    timer = setTimeout(check, ms);
  });
  try {
    if ((await Promise.race([running, late])) !== 'late') return;
  } finally {
    clearTimeout(timer);
  }
  running.catch((error: unknown) =>
    logger.debug({ err: (error as Error).message }, 'studio request ended after its 503'),
  );
  throw unavailable();
}

function refuse(text: Parameters<typeof msg>[0]): never {
  throw new ReelbotError(ErrorCode.InvalidInput, msg(text));
}

/**
 * A JSON body from our own page. Requiring `application/json` makes a cross-site form post
 * impossible without a CORS preflight (which we never grant), and a foreign Origin is refused,
 * so another web page open in the same browser cannot make clips on the member's behalf.
 */
export async function readJson(
  req: IncomingMessage,
  limit: { bytes: number; tooLarge(bytes: number): ReelbotError } = {
    bytes: MAX_BODY_BYTES,
    tooLarge: promptTooLarge,
  },
): Promise<unknown> {
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    origin !== `http://${req.headers.host}` &&
    origin !== `https://${req.headers.host}`
  ) {
    throw new ReelbotError(ErrorCode.Forbidden, msg('studio.error.origin'));
  }
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    refuse('studio.error.json');
  }
  // A declared length over the limit is refused before a byte of it is read.
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit.bytes) throw limit.tooLarge(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit.bytes) throw limit.tooLarge(size);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return refuse('studio.error.badJson');
  }
}

/** The refusal of a body too large to read; its own words name the prompt limit. */
export function promptTooLarge(): ReelbotError {
  return new ReelbotError(ErrorCode.TooLarge, msg('studio.error.tooLarge', { max: PROMPT_MAX }));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** True for names of this machine. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}

/**
 * While the server listens only on this machine, a request must also name this machine. A page
 * on another site that rebinds its DNS name to 127.0.0.1 reaches us with its own name in Host
 * (DNS rebinding); refusing it keeps that page from acting in the studio.
 */
export function checkHost(req: IncomingMessage, listeningOn: string): void {
  if (!isLoopback(listeningOn)) return;
  const name = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
  if (!isLoopback(name)) {
    throw new ReelbotError(ErrorCode.Forbidden, msg('studio.error.host'));
  }
}

/** Headers every studio page and asset carries. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};
