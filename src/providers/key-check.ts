import RunwayML from '@runwayml/sdk';
import OpenAI from 'openai';
import type { Config } from '../config.ts';
import { ErrorCode, ProviderError, ValidationError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { KeyCheck } from '../core/keys/key-service.ts';
import { FAL_QUEUE_URL } from './fal/client.ts';
import { FAL_MODELS } from './fal/models.ts';
import { unconfigured } from './index.ts';

/** A check that hangs is a refusal to wait on: the admin is told to try again. */
const CHECK_TIMEOUT_MS = 15_000;
const RUNWAY_VERSION = '2024-11-06';

/**
 * Before a workspace's key is saved, the cheapest authenticated call its provider offers, so a
 * refused key is never stored (and the admin hears why). None of them buys anything:
 *
 * - Runway: GET /v1/organization (the SDK's `organization.retrieve()`; "Get organization
 *   information", https://docs.dev.runwayml.com/api/#tag/Organization).
 * - OpenAI-compatible /v1/videos: GET /v1/videos?limit=1 (the SDK's `videos.list`; "List videos",
 *   https://platform.openai.com/docs/api-reference/videos/list): proves the key may use the very
 *   API the clips need, on the gateway the operator configured.
 * - fal: an API-scope key cannot read the platform's account or billing endpoints (those need a
 *   billing or admin scope, https://docs.fal.ai/model-apis/authentication), so the check reads the
 *   queue status of a request id that cannot exist (GET {app}/requests/{id}/status,
 *   https://docs.fal.ai/model-apis/model-endpoints/queue): fal answers 401/403 for a bad key and
 *   404 for a good one, and nothing runs.
 */
export function createKeyCheck(config: Config): KeyCheck {
  return async (provider, key) => {
    // A workspace's key may bring a provider the operator has no key for: checked at the
    // operator's base URL for it where set, else the provider's own.
    const entry = config.providers.find((p) => p.kind === provider) ?? unconfigured(config, provider);
    if (!entry || entry.kind === 'simulator') {
      const usable = config.providers.map((p) => p.kind).filter((k) => k !== 'simulator');
      throw new ValidationError(
        usable.length
          ? `This bot does not make clips with ${provider}; keys can be added for ${usable.join(', ')}.`
          : `This bot does not make clips with ${provider}, so a key for it would never be used.`,
        'provider',
      );
    }
    const signal = AbortSignal.timeout(CHECK_TIMEOUT_MS);
    try {
      if (entry.kind === 'runway') {
        const client = new RunwayML({
          apiKey: key,
          baseURL: entry.baseUrl ?? 'https://api.dev.runwayml.com',
          runwayVersion: RUNWAY_VERSION,
          maxRetries: 0,
        });
        await client.organization.retrieve({ signal });
      } else if (entry.kind === 'openai') {
        const client = new OpenAI({
          apiKey: key,
          ...(entry.baseUrl ? { baseURL: entry.baseUrl } : {}),
          maxRetries: 0,
          adminAPIKey: null,
          organization: null,
          project: null,
        });
        await client.videos.list({ limit: 1 }, { signal });
      } else {
        const app = (entry.endpoints?.[0] ?? FAL_MODELS[0]!.capabilities.id).split('/').slice(0, 2).join('/');
        const base = entry.baseUrl ?? FAL_QUEUE_URL;
        const response = await fetch(`${base}/${app}/requests/00000000-0000-4000-8000-000000000000/status`, {
          headers: { authorization: `Key ${key}` },
          signal,
          redirect: 'manual',
        });
        await response.body?.cancel();
        if (response.status === 401 || response.status === 403)
          throw Object.assign(new Error('refused'), { status: response.status });
        if (response.status >= 500)
          throw Object.assign(new Error('unavailable'), { status: response.status });
      }
    } catch (error) {
      throw refusal(provider, error);
    }
  };
}

/** What the admin is told: refused (fix the key) or not reachable (try again); never the key. */
function refusal(provider: string, error: unknown): ProviderError {
  const status = (error as { status?: unknown }).status;
  if (status === 401 || status === 403) {
    return new ProviderError(
      ErrorCode.ProviderAuth,
      msg('keys.check.refused', { provider, status: String(status) }),
      { message: `key check refused by ${provider}: ${status}` },
    );
  }
  return new ProviderError(ErrorCode.ProviderUnavailable, msg('keys.check.unreachable', { provider }), {
    retryable: true,
    message: `key check could not reach ${provider}: ${typeof status === 'number' ? status : 'no answer'}`,
  });
}
