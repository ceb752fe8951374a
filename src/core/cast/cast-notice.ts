import type { Clip } from '../clip/clip.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';

/** How long the "told once" claim is kept: far longer than any retry of a posting step. */
export const CAST_NOTICE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Tell each cast member (not the author) that a clip with their likeness was posted, once per
 * clip and member (a claim shared by every worker, so a retried posting step does not ping
 * again), naming how to delete it. Returns who was told.
 */
export async function noticeCast(
  deps: { store: Store; messengers: MessengerRegistry; logger: Logger },
  clip: Clip,
): Promise<string[]> {
  const members = (clip.cast ?? []).filter((m) => m.id !== clip.author.id);
  const messenger = deps.messengers.get(clip.place.surface);
  if (members.length === 0 || !messenger) return [];
  // In the clip's language (the channel's when it was asked for): the channel reads it too.
  const t = translator(clip.locale ?? SOURCE_LOCALE);
  const told: string[] = [];
  for (const member of members) {
    if (!(await deps.store.keyValue.claim(`cast-notice:${clip.id}:${member.id}`, CAST_NOTICE_TTL_MS)))
      continue;
    await messenger.say(clip.place, t('notice.cast', { name: clip.author.name, clipId: clip.id }), {
      notify: [{ id: member.id, name: member.name }],
    });
    told.push(member.id);
  }
  if (told.length > 0) deps.logger.info({ clipId: clip.id, members: told }, 'cast notice sent');
  return told;
}
