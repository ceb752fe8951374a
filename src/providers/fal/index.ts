export { FalCallError } from './client.ts';
export { decodeJobId as decodeFalJobId, encodeJobId as encodeFalJobId } from './job-id.ts';
export { FAL_MODELS, type FalModel } from './models.ts';
export { createFalProvider, type FalProvider, type FalProviderOptions } from './provider.ts';
