export { MESSAGES as OPENAI_ERROR_MESSAGES, retryAfterFrom, toProviderError } from './errors.ts';
export { SORA_MODELS } from './models.ts';
export { createOpenAIProvider, type OpenAIProviderOptions } from './provider.ts';
