export type {
  FaultControls,
  FaultPatch,
  FaultRoute,
  FaultSettings,
  RateLimitFault,
  ServerErrorFault,
  SimApi,
} from './faults.ts';
export { createSimulator } from './server.ts';
export type { ApiStats, SimStats, Simulator, SimulatorOptions } from './types.ts';
export { signWebhook } from './webhooks.ts';
