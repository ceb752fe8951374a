import type { Board } from '../board/board.ts';
import { boardEntry } from '../board/board-entries.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { Clip } from './clip.ts';

/**
 * One ping per original author per hour at most: a popular clip remixed fifty times in an hour
 * pings its author once; the card's credit ("remix of … by …") tells the rest.
 */
export const REMIX_NOTICE_WINDOW_MS = 60 * 60 * 1000;

/**
 * Tell the original author that a remix of their clip was posted, without a ping storm: the
 * first remix in an hour pings them (a claim with a TTL, shared by every worker); later ones in
 * that hour do not. Never pings someone about their own remix. Returns whether it pinged.
 */
export async function noticeRemix(
  deps: { store: Store; messengers: MessengerRegistry; logger: Logger },
  clip: Clip,
): Promise<boolean> {
  // A remix (new render from the prompt) or an edit (the provider changed the video itself).
  if ((clip.origin !== 'remix' && clip.origin !== 'edit') || !clip.parentId) return false;
  const parent = await deps.store.clips.get(clip.parentId);
  if (!parent || parent.deletedAt || parent.author.id === clip.author.id) return false;
  const messenger = deps.messengers.get(clip.place.surface);
  if (!messenger) return false;
  const key = `remix-notice:${scopeOf(clip.place)}:${parent.author.id}`;
  if (!(await deps.store.keyValue.claim(key, REMIX_NOTICE_WINDOW_MS))) return false;
  // In the remix's language (the channel's when it was asked for): the channel reads it too.
  const t = translator(clip.locale ?? SOURCE_LOCALE);
  const origin = clip.origin === 'edit' ? 'edit' : 'remix';
  const board: Board = {
    kind: 'remix',
    ...(clip.locale ? { locale: clip.locale } : {}),
    title: t('board.remix.title', { name: clip.author.name, origin }),
    intro: [],
    entries: [
      await boardEntry(deps, clip, { rank: 1, label: t('board.remix.label', { label: origin }) }),
      await boardEntry(deps, parent, { rank: 2, label: t('board.remix.label', { label: 'original' }) }),
    ],
    notes: [t('board.remix.note')],
    ranked: false,
  };
  await messenger.say(
    clip.place,
    t('notice.remix', { name: clip.author.name, origin, parentId: parent.id, clipId: clip.id }),
    { notify: [parent.author], board },
  );
  deps.logger.info({ clipId: clip.id, parentId: parent.id, author: parent.author.id }, 'remix notice sent');
  return true;
}
