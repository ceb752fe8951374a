import type { Clip } from '../clip/clip.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { KeyValue } from '../ports/key-value.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { KeyService } from './key-service.ts';

/**
 * How long a refused key's notice is claimed: once per key (its provider, last four and when it
 * was added, so a replacement gets its own), within a month; a key still refused after that is
 * worth one more reminder.
 */
export const KEY_REFUSED_NOTICE_MS = 30 * 24 * 60 * 60 * 1000;

export interface KeyNoticeDeps {
  keys: KeyService;
  keyValue: KeyValue;
  messengers: MessengerRegistry;
  logger: Logger;
  commandName: string;
}

/**
 * The provider refused a workspace's own key (PROVIDER_AUTH while a clip used it): tell the
 * workspace once, where its clips run, pinging every admin reelbot knows there (seen on commands)
 * and the admin who added the key, each once. Clips fail over as
 * they would for the operator's key; this only says why and what to do. Every worker shares the
 * claim, so fifty clips failing on the same revoked key make one notice. Returns whether it told.
 */
export async function noticeRefusedKey(
  deps: KeyNoticeDeps,
  clip: Pick<Clip, 'id' | 'place' | 'provider' | 'locale'>,
): Promise<boolean> {
  const scope = scopeOf(clip.place);
  const key = (await deps.keys.list(scope)).find((k) => k.provider === clip.provider);
  const messenger = deps.messengers.get(clip.place.surface);
  if (!key || !messenger) return false;
  const claim = `key-refused:${scope}:${key.provider}:${key.last4}:${key.addedAt}`;
  if (!(await deps.keyValue.claim(claim, KEY_REFUSED_NOTICE_MS))) return false;
  const command = `/${deps.commandName} keys`;
  // The channel reads it: in the channel's language, stamped on the clip when it was asked for.
  const t = translator(clip.locale ?? SOURCE_LOCALE);
  await messenger.say(
    clip.place,
    t('keys.notice.refused', {
      provider: key.provider,
      last4: key.last4,
      add: `${command} add provider:${key.provider}`,
      remove: `${command} remove provider:${key.provider}`,
    }),
    { notify: await whoToTell(deps.keys, scope, key.addedBy) },
  );
  deps.logger.warn(
    { scope, provider: key.provider, last4: key.last4, clipId: clip.id },
    'workspace key refused; admins told',
  );
  return true;
}

/** Who added the key, then every admin seen on commands lately, each once. */
async function whoToTell(
  keys: KeyService,
  scope: string,
  addedBy: { id: string; name: string },
): Promise<{ id: string; name: string }[]> {
  const seen = new Set<string>();
  return [{ id: addedBy.id, name: addedBy.name }, ...(await keys.admins(scope))].filter((m) => {
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
}
