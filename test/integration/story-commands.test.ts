import { describe, expect, it } from 'vitest';
import { extend } from '../../commands/extend.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import { reshoot } from '../../commands/reshoot.ts';
import { story } from '../../commands/story.ts';
import type { CommandContext, CommandDefinition } from '../../commands/types.ts';
import { storyText } from '../../src/core/card/story-card.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import type { Services } from '../../src/core/services.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { storySetup } from '../helpers/story-harness.ts';

/** The commands as a surface runs them: raw options parsed by the schema, then handled. */
function harness() {
  const h = storySetup(createMemoryStore());
  const services = { stories: h.stories, clips: h.clips } as unknown as Services;
  const context = (i = 0): CommandContext => ({
    services,
    actor: h.member(i),
    place: h.place,
    commandName: 'sora',
  });
  async function run(command: CommandDefinition, raw: RawOptions, i = 0) {
    const reply = await command.handle(parseOptions(command, raw), context(i));
    if (reply.kind !== 'clip') throw new Error('expected a clip');
    return reply.clip;
  }
  return { h, run, context };
}

describe('story commands', () => {
  it('/sora story reads labelled shots as the member wrote them and shows them as rows on the card', async () => {
    const { h, run } = harness();
    const clip = await run(story, {
      shots:
        'Noir, rain. Shot 1: a detective lights a match. Shot 2: she opens the door. Final shot: the street, empty.',
      look: 'black and white, 35mm',
      seconds: 4,
      mode: 'cut',
    });
    const record = (await h.store.stories.get(clip.id))!;
    expect(record.shots.map((s) => s.prompt)).toEqual([
      'Noir, rain. a detective lights a match.',
      'Noir, rain. she opens the door.',
      'Noir, rain. the street, empty.',
    ]);
    await h.drain();
    const card = h.messenger.uploads[0]!.card;
    expect(storyText(card.story!)).toBe(
      [
        'Shot 1: Noir, rain. a detective lights a match. (done)',
        'Shot 2: Noir, rain. she opens the door. (done)',
        'Shot 3: Noir, rain. the street, empty. (done)',
        '3 shots, cut · est. $1.20 for the whole story',
      ].join('\n'),
    );
  });

  it('/sora story refuses what cannot be made before anything is reserved', async () => {
    const { h, run } = harness();
    await expect(run(story, { shots: 'a | b | c | d | e | f | g', seconds: 4 })).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    await expect(run(story, { shots: 'a || c', seconds: 4 })).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    await expect(run(story, { shots: 'a | b', mode: 'sideways' })).rejects.toMatchObject({
      userMessage: 'The mode is flow or cut.',
    });
    await expect(run(story, { shots: 'a | b', seconds: 5 })).rejects.toMatchObject({ field: 'duration' });
    expect((await h.store.ledger.usage(h.ledgerQuery())).day.member.reservedCents).toBe(0);
    expect(h.queue.enqueued).toHaveLength(0);
  });

  it('/sora extend continues a posted clip and /sora reshoot re-renders one shot of a story', async () => {
    const { h, run } = harness();
    const parent = await h.clips.request({
      prompt: 'a kite',
      options: { durationS: 4 },
      author: h.member(0),
      place: h.place,
    });
    await h.drain();
    const longer = await run(
      extend,
      { clip: `clip ${parent.id}`, prompt: 'the kite flies off', seconds: 4 },
      1,
    );
    await h.drain();
    expect((await h.store.clips.get(longer.id))!).toMatchObject({ state: 'posted', parentId: parent.id });
    expect(h.joins.at(-1)!.inputs).toEqual(['video:job-1', 'video:job-2']);

    const told = await run(story, { shots: 'one | two', seconds: 4, mode: 'cut' });
    await h.drain();
    const again = await run(reshoot, { story: told.id, shot: 2 }, 2);
    await h.drain();
    expect((await h.store.clips.get(again.id))!).toMatchObject({
      state: 'posted',
      origin: 'reroll',
      parentId: told.id,
    });
    expect(h.provider.distinctJobs()).toBe(5);
    await expect(run(reshoot, { story: told.id, shot: 0 })).rejects.toMatchObject({
      userMessage: 'Shots are numbered from 1.',
    });
  });
});
