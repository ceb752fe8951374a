import type { IncomingMessage } from 'node:http';
import type { ClipService } from '../core/clip-service.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { HttpRouter } from '../http/router.ts';
import { jobIdFromWebhook } from './fal/webhook.ts';

/** A webhook body is a few hundred bytes; anything far larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Routes on PORT where video providers say a render finished. They only wake the clip's job
 * (ClipService.wake): the status call that follows decides what happened, so an unsigned or
 * forged call can do no more than one early status check. Always 200 for a well-formed call, so
 * the provider stops retrying one we cannot place.
 */
export function mountProviderWebhooks(
  http: HttpRouter,
  deps: { service: ClipService; logger: Logger; falProvider?: string },
): void {
  const { falProvider } = deps;
  if (falProvider) {
    http.route('POST', '/webhooks/fal', async (req, res, url) => {
      const body = await readJson(req);
      const jobId = jobIdFromWebhook(url, body);
      if (!jobId) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"not a fal webhook"}');
        return;
      }
      const woke = await deps.service.wake(falProvider, jobId);
      deps.logger.debug({ providerJobId: jobId, woke }, 'fal webhook');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ woke }));
    });
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
