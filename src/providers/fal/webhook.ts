import { encodeJobId } from './job-id.ts';

/**
 * fal POSTs `{request_id, gateway_request_id, status, payload, error}` to the webhook URL given at
 * submit (`?fal_webhook=`; fal.ai/docs/model-endpoints/webhooks). The body names only the request, and
 * reelbot's job id also needs the endpoint, so the adapter puts the endpoint in the URL it gives.
 */
export function webhookUrlFor(base: string, endpoint: string): string {
  const url = new URL(base);
  url.searchParams.set('endpoint', endpoint);
  return url.toString();
}

/** The provider job id a fal webhook is about, or undefined when the call names none. */
export function jobIdFromWebhook(url: URL, body: unknown): string | undefined {
  const endpoint = url.searchParams.get('endpoint');
  const requestId = (body as { request_id?: unknown } | null)?.request_id;
  if (!endpoint?.includes('/') || typeof requestId !== 'string') return undefined;
  // Endpoint ids are short paths (fal-ai/kling-video/v3/pro/text-to-video); the id is a store key.
  if (!/^[A-Za-z0-9._/-]{3,200}$/.test(endpoint)) return undefined;
  if (!/^[A-Za-z0-9-]{1,100}$/.test(requestId)) return undefined;
  return encodeJobId(endpoint, requestId);
}
