import { BOARD_ENTRIES_MAX, type BoardEntry, promptOpening } from './board.ts';
import type { Clip } from './clip.ts';
import type { MessengerRegistry } from './ports/messenger.ts';
import type { Store } from './ports/store.ts';

/** What an entry can be built from: the clip's record, its link on its surface, its thumbnail. */
export interface BoardDeps {
  store: Store;
  messengers: MessengerRegistry;
}

/** A board entry for a posted clip: its link where its surface makes one, and its thumbnail. */
export async function boardEntry(
  deps: BoardDeps,
  clip: Clip,
  fields: { rank: number; votes?: number; label?: string },
): Promise<BoardEntry> {
  const messenger = deps.messengers.get(clip.place.surface);
  const link = clip.delivery && messenger?.link ? await messenger.link(clip.delivery) : undefined;
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
 * Entries for clips by id, in the order given, ranks 1.. in that order. A clip that is gone or
 * deleted is left out (the text still names it); at most BOARD_ENTRIES_MAX.
 */
export async function boardEntries(
  deps: BoardDeps,
  items: readonly { clipId: string; votes?: number }[],
): Promise<BoardEntry[]> {
  const entries: BoardEntry[] = [];
  for (const [i, item] of items.entries()) {
    if (entries.length === BOARD_ENTRIES_MAX) break;
    const clip = await deps.store.clips.get(item.clipId);
    if (!clip || clip.deletedAt || clip.state !== 'posted') continue;
    entries.push(
      await boardEntry(deps, clip, {
        rank: i + 1,
        ...(item.votes !== undefined ? { votes: item.votes } : {}),
      }),
    );
  }
  return entries;
}
