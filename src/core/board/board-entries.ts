import { type Clip, isTerminal } from '../clip/clip.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import { BOARD_ENTRIES_MAX, type BoardEntry, promptOpening } from './board.ts';

/** What an entry can be built from: the clip's record, its link on its surface, its thumbnail. */
export interface BoardDeps {
  store: Store;
  messengers: MessengerRegistry;
}

/**
 * A board entry for a clip: a link to its video where its surface makes one (else to its status
 * card, for an entry still rendering), and its thumbnail.
 */
export async function boardEntry(
  deps: BoardDeps,
  clip: Clip,
  fields: { rank: number; votes?: number; label?: string },
): Promise<BoardEntry> {
  const messenger = deps.messengers.get(clip.place.surface);
  const shown = clip.delivery ?? clip.card;
  const link = shown && messenger?.link ? await messenger.link(shown) : undefined;
  return {
    rank: fields.rank,
    clipId: clip.id,
    author: { id: clip.author.id, name: clip.author.name },
    ...(fields.votes !== undefined ? { votes: fields.votes } : {}),
    promptOpening: promptOpening(clip.prompt),
    ...(link ? { link } : {}),
    thumbnail: await deps.store.thumbnails.has(clip.id),
    ...(fields.label ? { label: fields.label } : {}),
  };
}

/**
 * Entries for clips by id, in the order given, ranks 1.. in that order, at most
 * BOARD_ENTRIES_MAX. A clip that is gone, deleted, failed or cancelled is left out (the text
 * still names it); one still rendering is listed only when `rendering` says so (a contest's
 * entries before voting closes: it is in the channel, and will be voted on).
 */
export async function boardEntries(
  deps: BoardDeps,
  items: readonly { clipId: string; votes?: number }[],
  options: { rendering?: boolean } = {},
): Promise<BoardEntry[]> {
  const entries: BoardEntry[] = [];
  for (const [i, item] of items.entries()) {
    if (entries.length === BOARD_ENTRIES_MAX) break;
    const clip = await deps.store.clips.get(item.clipId);
    const listed =
      clip &&
      !clip.deletedAt &&
      (clip.state === 'posted' || (options.rendering === true && !isTerminal(clip.state)));
    if (!listed) continue;
    const votes = item.votes !== undefined ? { votes: item.votes } : {};
    entries.push(await boardEntry(deps, clip, { rank: i + 1, ...votes }));
  }
  return entries;
}
