import { type APIRequest, type RateLimitData, type REST, RESTEvents, type ResponseLike } from 'discord.js';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { PlatformRateLimits } from '../../src/ops/metrics.ts';
import { SURFACE } from './refs.ts';

/**
 * Watch one REST client's rate limits. discord.js waits 429s out (@discordjs/rest SequentialHandler), so the
 * worker never sees them as errors: every 429 response is counted here for /metrics
 * (`reelbot_platform_rate_limited_total{surface="discord"}`), and each wait is logged by route,
 * never by URL, since webhook URLs carry the interaction token.
 */
export function watchRateLimits(rest: REST, metrics: PlatformRateLimits, logger: Logger): void {
  rest.on(RESTEvents.Response, (request: APIRequest, response: ResponseLike) => {
    if (response.status === 429) metrics.rateLimited(SURFACE, request.route);
  });
  rest.on(RESTEvents.RateLimited, (info: RateLimitData) => {
    logger.info(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      'discord rate limit',
    );
  });
}
