import { ErrorCode, ReelbotError } from '../src/core/errors.ts';
import { msg } from '../src/core/i18n/message.ts';
import { english } from '../src/core/i18n/translator.ts';
import { adminOnly, rateLimited } from './gates.ts';
import type { Gate } from './types.ts';

/** What an admin reads when the feature is off, and how the operator turns it on. */
export const KEYS_OFF = english(msg('keys.off'));

/** Refuses every keys command while the operator has not switched the feature on. */
export const keysEnabled: Gate = ({ services }) => {
  if (services.keys.enabled) return;
  throw new ReelbotError(ErrorCode.Forbidden, msg('keys.off'));
};

/** Every keys command and the key form: the member's rate, an admin, the feature on. */
export const KEY_GATES: readonly Gate[] = [rateLimited, adminOnly(msg('keys.gate.admin')), keysEnabled];
