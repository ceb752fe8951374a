import { ErrorCode, ReelbotError } from '../src/core/errors.ts';
import { adminOnly, rateLimited } from './gates.ts';
import type { Gate } from './types.ts';

/** What an admin reads when the feature is off, and how the operator turns it on. */
export const KEYS_OFF =
  'Own provider keys are switched off on this bot. Its operator can turn them on by setting REELBOT_MASTER_KEY to 32 random bytes in base64 (for example `openssl rand -base64 32`) and restarting it.';

/** Refuses every keys command while the operator has not switched the feature on. */
export const keysEnabled: Gate = ({ services }) => {
  if (services.keys.enabled) return;
  throw new ReelbotError(ErrorCode.Forbidden, KEYS_OFF);
};

/** Every keys command and the key form: the member's rate, an admin, the feature on. */
export const KEY_GATES: readonly Gate[] = [
  rateLimited,
  adminOnly('manage this server’s provider keys'),
  keysEnabled,
];
