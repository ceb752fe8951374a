import OpenAI from 'openai';
import type { ModerationScreen, ModerationVerdict } from '../../core/ports/moderation.ts';
import { makeRedactor, toProviderError } from './errors.ts';

export interface OpenAIModerationOptions {
  apiKey: string;
  /** The API base (default https://api.openai.com/v1); the simulator serves /v1/moderations too. */
  baseURL?: string;
  /** Default `omni-moderation-latest` (text and images, openai-node moderations.ts). */
  model?: string;
  /** Per-request timeout: a member is waiting on this before their request is accepted. */
  timeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * The content check on OpenAI's moderation endpoint, through the SDK's `moderations.create`. It
 * only reads, so the SDK's own retries are safe here. Failures become ProviderErrors with the key
 * redacted, like every other call to this API.
 */
export function createOpenAIModeration(options: OpenAIModerationOptions): ModerationScreen {
  // Everything explicit, as in provider.ts: only config.ts reads the environment.
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? DEFAULT_BASE_URL,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: options.timeoutMs ?? 10_000,
    maxRetries: 2,
    logLevel: 'off',
  });
  const redact = makeRedactor(options.apiKey);
  const model = options.model ?? 'omni-moderation-latest';

  return {
    name: 'openai-moderation',
    async screen(text: string): Promise<ModerationVerdict> {
      try {
        const { results } = await client.moderations.create({ model, input: text });
        const categories = new Set<string>();
        for (const result of results) {
          for (const [category, hit] of Object.entries(result.categories))
            if (hit === true) categories.add(category);
        }
        return { flagged: results.some((r) => r.flagged), categories: [...categories] };
      } catch (error) {
        throw toProviderError(error, { provider: 'openai-moderation', operation: 'create', redact });
      }
    },
  };
}
