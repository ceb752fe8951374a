import { describe, expect, it } from 'vitest';
import { PROMPT_OPENING_CHARS, promptOpening } from '../../src/core/board/board.ts';
import { Leaderboard, topBoard, topText } from '../../src/core/board/leaderboard.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import type { Place } from '../../src/core/place.ts';
import { setup } from '../helpers/core-harness.ts';

const place: Place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
const ada: Member = { id: 'ada', name: 'Ada' };
const bob: Member = { id: 'bob', name: 'Bob' };
const voters = (n: number): Member[] => Array.from({ length: n }, (_, i) => ({ id: `v${i}`, name: `V${i}` }));

async function posted(t: ReturnType<typeof setup>, author: Member, prompt: string, votes: number) {
  const clip = await t.service.request({ prompt, options: { durationS: 4 }, author, place });
  await t.run(clip.id);
  for (const voter of voters(votes)) await t.service.vote(clip.id, voter);
  return (await t.store.clips.get(clip.id))!;
}

describe('/sora top', () => {
  it('ranks by votes, breaks ties by the earlier post then the id, and never shows deleted clips', async () => {
    const t = setup();
    const board = new Leaderboard({ store: t.store, messengers: { get: () => t.messenger }, clock: t.clock });
    const old = await posted(t, ada, 'an old lighthouse', 9);
    t.advance(2 * 86_400_000);
    const first = await posted(t, ada, 'a tie posted first', 3);
    t.advance(1000);
    const second = await posted(t, bob, 'a tie posted second', 3);
    const best = await posted(t, bob, 'the best one', 5);
    const removed = await posted(t, bob, 'deleted by its author', 50);
    await t.service.delete(removed.id, bob);
    const none = await posted(t, ada, 'nobody voted', 0);

    const day = await board.top(place, 'day');
    expect(day.map((r) => [r.clipId, r.votes])).toEqual([
      [best.id, 5],
      [first.id, 3],
      [second.id, 3],
      [none.id, 0],
    ]);
    expect(day[0]).toMatchObject({
      rank: 1,
      author: bob,
      link: `https://chat.test/test/${best.delivery!.id}`,
    });
    expect((await board.top(place, 'all')).map((r) => r.clipId)).toEqual([
      old.id,
      best.id,
      first.id,
      second.id,
      none.id,
    ]);
    // Another workspace sees none of these.
    expect(await board.top({ ...place, workspaceId: 'other' }, 'all')).toEqual([]);

    const text = topText('day', day);
    expect(text.split('\n')[0]).toBe('Top clips of the last 24 hours:');
    expect(text).toContain(`1. “the best one” by Bob · 5 votes · clip ${best.id} https://chat.test/`);
    expect(text).not.toContain('deleted by its author');
    expect(text).toContain('Ties: the earlier post ranks first.');
  });

  it('gives the board as a board too: entries with votes, prompt openings and links, medals ranked', async () => {
    const t = setup();
    const board = new Leaderboard({ store: t.store, messengers: { get: () => t.messenger }, clock: t.clock });
    const long = await posted(t, ada, `a very long prompt\n${'with many words '.repeat(20)}`, 2);
    await t.store.thumbnails.put(long.id, new Uint8Array([0xff, 0xd8, 0xff]));
    const rows = await board.top(place, 'all');
    const drawn = topBoard('all', rows)!;
    expect(drawn).toMatchObject({ kind: 'top', title: 'Top clips of all time', ranked: true });
    expect(drawn.notes).toEqual(['Ties: the earlier post ranks first.']);
    const [entry] = drawn.entries;
    expect(entry).toMatchObject({ rank: 1, clipId: long.id, votes: 2, thumbnail: true, author: ada });
    expect(entry!.promptOpening).toHaveLength(PROMPT_OPENING_CHARS);
    expect(entry!.promptOpening).toMatch(/^a very long prompt with many words .*…$/);
    expect(topBoard('hall', [])).toBeUndefined();
    expect(promptOpening('  two\n lines ')).toBe('two lines');
    // An emoji is never cut in half.
    expect(promptOpening(`${'x'.repeat(8)}😀😀`, 10)).toBe(`${'x'.repeat(8)}…`);
  });

  it('orders clips posted in the same millisecond with equal votes by id, whatever the insertion order', async () => {
    const t = setup();
    const board = new Leaderboard({ store: t.store, messengers: { get: () => t.messenger }, clock: t.clock });
    const template = await posted(t, ada, 'template', 0);
    await t.store.clips.update(template.id, { deletedAt: 1 });
    const at = t.clock.now();
    // Posted in the same millisecond (as two workers can), inserted against id order.
    for (const id of ['czz000', 'cmm000', 'caa000']) {
      await t.store.clips.create({ ...template, id, deletedAt: undefined, postedAt: at } as typeof template);
      await t.store.clips.update(id, { deletedAt: undefined });
      await t.store.posted.add('test:w', id, at);
      await t.store.votes.cast(id, 'v1');
    }
    expect((await board.top(place, 'week')).map((r) => r.clipId)).toEqual(['caa000', 'cmm000', 'czz000']);
  });
});

describe('remix notices', () => {
  it('pings the original author once an hour at most, and never the remixer about their own clip', async () => {
    const t = setup();
    const original = await posted(t, ada, 'a paper boat', 0);
    const remix = async (author: Member) => {
      const clip = await t.service.remix(original.id, 'a paper boat at night', { author, place });
      await t.run(clip.id);
      return clip;
    };
    const bobs = await remix(bob);
    expect(t.messenger.said).toEqual([
      {
        place,
        text: `Bob remixed your clip ${original.id}: see clip ${bobs.id}. (At most one of these notices an hour.)`,
        notify: [ada],
        ref: expect.anything(),
      },
    ]);
    // Drawn where a surface can: the remix and the original, each linked, no ranking.
    expect(t.messenger.boards[0]).toEqual({
      kind: 'remix',
      title: 'Bob remixed your clip',
      intro: [],
      entries: [
        {
          rank: 1,
          clipId: bobs.id,
          author: { id: 'bob', name: 'Bob' },
          promptOpening: 'a paper boat at night',
          link: `https://chat.test/test/${(await t.store.clips.get(bobs.id))!.delivery!.id}`,
          thumbnail: false,
          label: 'Remix',
        },
        {
          rank: 2,
          clipId: original.id,
          author: { id: 'ada', name: 'Ada' },
          promptOpening: 'a paper boat',
          link: `https://chat.test/test/${original.delivery!.id}`,
          thumbnail: false,
          label: 'Original',
        },
      ],
      notes: ['At most one of these notices an hour.'],
      ranked: false,
    });
    await remix({ id: 'cy', name: 'Cy' });
    await remix(ada);
    // The later remixes are credited on their cards; no second ping within the hour.
    expect(t.messenger.said).toHaveLength(1);
    expect(await t.store.keyValue.has('remix-notice:test:w:ada')).toBe(true);
  });
});
