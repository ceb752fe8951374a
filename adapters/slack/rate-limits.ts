import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { PlatformRateLimits } from '../../src/ops/metrics.ts';
import { SURFACE } from './refs.ts';

/**
 * Watch one WebClient's rate limits. The client waits a 429 out itself (Retry-After, @slack/web-api
 * WebClient.ts) and retries, so the worker never sees it as an error: every 429 is counted here for
 * /metrics (`reelbot_platform_rate_limited_total{surface="slack"}`) and logged by method name,
 * never with the request body.
 */
export function watchRateLimits(client: webApi.WebClient, metrics: PlatformRateLimits, logger: Logger): void {
  client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfterS: number, request: { url?: string }) => {
    metrics.rateLimited(SURFACE, request.url);
    logger.info({ method: request.url, retryAfterS }, 'slack rate limit');
  });
}
