export { createParamsFor, RUNWAY_MODELS, type RunwayModel, ratioOf } from './models.ts';
export { createRunwayProvider, type RunwayProvider, type RunwayProviderOptions } from './provider.ts';
