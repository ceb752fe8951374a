import type { Board } from '../board/board.ts';
import { boardEntry } from '../board/board-entries.ts';
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
  const verb = clip.origin === 'edit' ? 'edited' : 'remixed';
  const board: Board = {
    kind: 'remix',
    title: `${clip.author.name} ${verb} your clip`,
    intro: [],
    entries: [
      await boardEntry(deps, clip, { rank: 1, label: clip.origin === 'edit' ? 'Edit' : 'Remix' }),
      await boardEntry(deps, parent, { rank: 2, label: 'Original' }),
    ],
    notes: ['At most one of these notices an hour.'],
    ranked: false,
  };
  await messenger.say(
    clip.place,
    `${clip.author.name} ${verb} your clip ${parent.id}: see clip ${clip.id}. (At most one of these notices an hour.)`,
    { notify: [parent.author], board },
  );
  deps.logger.info({ clipId: clip.id, parentId: parent.id, author: parent.author.id }, 'remix notice sent');
  return true;
}
