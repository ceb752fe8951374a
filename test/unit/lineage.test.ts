import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../commands/parse.ts';
import { remixes, renderLineage } from '../../commands/remixes.ts';
import type { Services } from '../../src/core/services.ts';
import { setup } from '../helpers/core-harness.ts';

const place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
const member = (id: string, name: string) => ({ author: { id, name }, place });

describe('remix lineage', () => {
  it('credits each clip of a three-deep chain to its parent and draws the tree with counts', async () => {
    const t = setup();
    const original = await t.request('a paper boat in the rain');
    await t.run(original.id);
    const bob = await t.service.remix(original.id, 'the same boat at night', member('u2', 'Bob'));
    await t.run(bob.id);
    const cy = await t.service.remix(bob.id, 'the boat at night, in a storm', member('u3', 'Cy'));
    await t.run(cy.id);
    const reroll = await t.service.reroll(original.id, member('u3', 'Cy'));
    await t.run(reroll.id);
    await t.service.vote(original.id, { id: 'u2', name: 'Bob' });
    await t.service.vote(original.id, { id: 'u3', name: 'Cy' });
    await t.service.vote(bob.id, { id: 'u1', name: 'Ada' });

    expect(t.messenger.cardsFor(bob.id).at(-1)?.credit).toEqual({
      clipId: original.id,
      authorName: 'Ada',
      origin: 'remix',
    });
    expect(t.messenger.cardsFor(cy.id).at(-1)?.credit).toEqual({
      clipId: bob.id,
      authorName: 'Bob',
      origin: 'remix',
    });

    const lineage = await t.service.lineage(original.id);
    expect(lineage.tree.descendants).toBe(3);
    expect(renderLineage(lineage).split('\n')).toEqual([
      '“a paper boat in the rain” by Ada · 2 votes · 3 made from it',
      `├─ remix by Bob: “the same boat at night” · 1 vote · 1 below (clip ${bob.id})`,
      `│  └─ remix by Cy: “the boat at night, in a storm” · 0 votes (clip ${cy.id})`,
      `└─ re-roll by Cy · 0 votes (clip ${reroll.id})`,
    ]);

    // From the middle of the chain: where it came from, and what was made from it.
    const middle = renderLineage(await t.service.lineage(bob.id)).split('\n');
    expect(middle[0]).toBe(`From “a paper boat in the rain” by Ada (clip ${original.id}).`);
    expect(middle[1]).toBe('“the same boat at night” by Bob · 1 vote · 1 made from it');
  });

  it('keeps a deleted clip’s place in the tree without its words, and refuses a deleted root', async () => {
    const t = setup();
    const original = await t.request('a lighthouse');
    await t.run(original.id);
    const bob = await t.service.remix(original.id, 'a secret the author regrets', member('u2', 'Bob'));
    await t.run(bob.id);
    await t.service.delete(bob.id, { id: 'u2', name: 'Bob' });
    const text = renderLineage(await t.service.lineage(original.id));
    expect(text).toContain('remix by Bob: (deleted clip)');
    expect(text).not.toContain('regrets');
    await expect(t.service.lineage(bob.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers through the command, from an id as shown on a card', async () => {
    const t = setup();
    const clip = await t.request('a fox');
    await t.run(clip.id);
    const context = {
      // Only the clip use cases are reached by this command.
      services: { clips: t.service } as unknown as Services,
      actor: { id: 'u1', name: 'Ada' },
      place,
      commandName: 'sora',
    };
    const reply = await remixes.handle(parseOptions(remixes, { clip: `clip ${clip.id}` }), context);
    expect(reply).toMatchObject({ kind: 'text', private: false });
    expect(reply.kind === 'text' && reply.text).toMatch(/Nobody has remixed it yet/);
    expect(() => parseOptions(remixes, { clip: '<@everyone>' })).toThrowError(/letters and digits/);
    await expect(
      remixes.handle(parseOptions(remixes, { clip: 'cnope12345' }), context),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
