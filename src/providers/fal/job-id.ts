import { ErrorCode, ProviderError } from '../../core/errors.ts';
import { PROVIDER_MESSAGES } from '../shared/messages.ts';

/**
 * reelbot's provider job id for a fal request: the endpoint it was submitted to and fal's
 * request id, e.g. `fal-ai/veo3.1::764cabcf-…`. fal's status and result URLs need the endpoint
 * (its owner/app part: "The status, result, and cancel URLs use only the owner and the app",
 * fal Inference API page; the SDK's parseEndpointId drops the rest), so the id alone lets any
 * worker, after any restart, find the request again.
 */
const SEPARATOR = '::';

export function encodeJobId(endpoint: string, requestId: string): string {
  return `${endpoint}${SEPARATOR}${requestId}`;
}

export function decodeJobId(jobId: string): { endpoint: string; requestId: string } {
  const at = jobId.lastIndexOf(SEPARATOR);
  const endpoint = at > 0 ? jobId.slice(0, at) : '';
  const requestId = at > 0 ? jobId.slice(at + SEPARATOR.length) : '';
  if (!endpoint.includes('/') || !/^[A-Za-z0-9-]+$/.test(requestId)) {
    throw new ProviderError(ErrorCode.NotFound, PROVIDER_MESSAGES.notFound, {
      message: `not a fal job id: ${JSON.stringify(jobId.slice(0, 200))}`,
    });
  }
  return { endpoint, requestId };
}
