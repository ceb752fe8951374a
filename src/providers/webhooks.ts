import type { IncomingMessage, ServerResponse } from 'node:http';
import OpenAI from 'openai';
import type { ClipService } from '../core/clip/clip-service.ts';
import type { KeyValue } from '../core/ports/key-value.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { HttpRouter } from '../http/router.ts';
import { jobIdFromWebhook } from './fal/webhook.ts';

/** A webhook body is a few hundred bytes; anything far larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

/** fal's answer to every well-formed call, live job or not: the answer tells a caller nothing. */
const FAL_ANSWER = '{"ok":true}';

/**
 * Routes on PORT where video providers say a render finished. fal's calls are not verified, so
 * they only wake the clip's job (ClipService.wake) and the status call that follows decides: a
 * forged or repeated call can do no more than one early status check per job per poll floor
 * (POLL_MIN_MS, held by a claim shared by every process), and its answer is the same whether
 * or not the id is live. OpenAI's are signed: a verified `video.completed` is trusted and
 * fetched with no status call. Always 200 for a well-formed call, so the provider stops
 * retrying one we cannot place.
 */
export function mountProviderWebhooks(
  http: HttpRouter,
  deps: {
    service: ClipService;
    logger: Logger;
    /** fal's provider name, the claims holding each job to one wake per floor, and the floor. */
    fal?: { provider: string; claims: Pick<KeyValue, 'claim'>; wakeFloorMs: number };
    /** The OpenAI-compatible provider's name and its project's webhook signing secret. */
    openai?: { provider: string; secret: string };
  },
): void {
  const { fal, openai, logger } = deps;
  if (openai) mountOpenAIWebhook(http, deps.service, logger, openai);
  if (fal) {
    http.route('POST', '/webhooks/fal', async (req, res, url) => {
      const body = await readJson(req);
      const jobId = jobIdFromWebhook(url, body);
      if (!jobId) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not a fal webhook"}');
        return;
      }
      // The same work for every id before answering (a live one is not slower to answer), and
      // a claim that fails (Redis away) is a 500 for any id, so fal sends the call again.
      const first = await fal.claims.claim(`webhook:fal:${jobId}`, fal.wakeFloorMs);
      res.writeHead(200, { 'content-type': 'application/json' }).end(FAL_ANSWER);
      if (!first) {
        logger.debug({ providerJobId: jobId }, 'fal webhook: already woken within the floor');
        return;
      }
      // After the answer: a wake that fails leaves the clip to its next status poll.
      await deps.service.wake(fal.provider, jobId).then(
        (woke) => logger.debug({ providerJobId: jobId, woke }, 'fal webhook'),
        (error: Error) =>
          logger.warn({ providerJobId: jobId, err: error.message }, 'fal webhook: wake failed'),
      );
    });
  }
}

/** OpenAI's events for videos (its webhooks guide); the project may send others to the same URL. */
const VIDEO_EVENTS = new Set(['video.completed', 'video.failed']);

/**
 * POST /webhooks/openai: `video.completed` / `video.failed` events, signed the Standard Webhooks
 * way and checked with the SDK's own verifier (openai-node: HMAC over id.timestamp.body, five
 * minutes of clock skew). A call that fails the check is refused with 400 and wakes nothing; a
 * signed event about another kind of object is answered 200 so OpenAI stops retrying it.
 */
function mountOpenAIWebhook(
  http: HttpRouter,
  service: ClipService,
  logger: Logger,
  options: { provider: string; secret: string },
): void {
  // Only its webhooks helper is used: no request is ever sent with this client.
  const verifier = new OpenAI({
    apiKey: 'webhook-verification-only',
    webhookSecret: options.secret,
    baseURL: 'https://api.openai.com/v1',
    organization: null,
    project: null,
  });
  const refuse = (res: ServerResponse, error: string) => {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
  };
  http.route('POST', '/webhooks/openai', async (req, res) => {
    const raw = await readText(req);
    if (raw === undefined) return refuse(res, 'not an OpenAI webhook: body too large');
    try {
      await verifier.webhooks.verifySignature(raw, req.headers as Record<string, string>);
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'OpenAI webhook refused: signature check failed');
      return refuse(res, `not an OpenAI webhook: ${(error as Error).message}`);
    }
    const event = parseJson(raw) as { type?: unknown; data?: { id?: unknown } } | undefined;
    const videoId = event?.data?.id;
    if (typeof event?.type !== 'string' || !VIDEO_EVENTS.has(event.type) || typeof videoId !== 'string') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"woke":false}');
      return;
    }
    // Verified above: a completion is trusted (no status call); a failure only wakes, and the
    // status call that follows fetches the provider's reason for the card.
    const woke = await service.wake(
      options.provider,
      videoId,
      event.type === 'video.completed' ? { completed: true } : undefined,
    );
    logger.debug({ providerJobId: videoId, type: event.type, woke }, 'OpenAI webhook');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ woke }));
  });
}

async function readText(req: IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readText(req);
  return text === undefined ? undefined : parseJson(text);
}
