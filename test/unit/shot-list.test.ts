import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import { readShots, STORY_MAX_SHOTS } from '../../src/core/story/shot-list.ts';

/** Stories (issue 15): a member's storyboard read into shots, the way they wrote it. */

const refusal = (text: string, limits?: Parameters<typeof readShots>[1]) => {
  try {
    readShots(text, limits);
  } catch (error) {
    return error as { code: string; userMessage: string };
  }
  throw new Error('expected a refusal');
};

describe('readShots', () => {
  it('splits on | and trims each shot', () => {
    expect(
      readShots(' a fox wakes in the snow |the fox runs across a frozen lake|  it curls up by a fire '),
    ).toEqual(['a fox wakes in the snow', 'the fox runs across a frozen lake', 'it curls up by a fire']);
  });

  it('drops a label at the start of a |-separated shot', () => {
    expect(readShots('Shot 1: a lighthouse at dusk | Shot 2: the lamp turns on')).toEqual([
      'a lighthouse at dusk',
      'the lamp turns on',
    ]);
  });

  it('splits a numbered shot list written one shot a line, dropping the labels', () => {
    const prompt = [
      'Shot 1: Wide establishing shot of a neon-lit Tokyo street at night, rain falling, 35mm film grain.',
      'Shot 2 - Medium shot: a woman in a yellow raincoat stops under an awning and looks up.',
      'Shot 3 — Close-up on her face as the neon reflects in her eyes; she smiles.',
    ].join('\n');
    expect(readShots(prompt)).toEqual([
      'Wide establishing shot of a neon-lit Tokyo street at night, rain falling, 35mm film grain.',
      'Medium shot: a woman in a yellow raincoat stops under an awning and looks up.',
      'Close-up on her face as the neon reflects in her eyes; she smiles.',
    ]);
  });

  it('splits labels written in one paragraph, and place names like Opening and Final shot', () => {
    const prompt =
      'Opening: a paper boat drifts down a gutter after a storm. Next shot: it tumbles over a drain grate in slow motion. Final shot: a child catches it at the river bank, golden hour.';
    expect(readShots(prompt)).toEqual([
      'a paper boat drifts down a gutter after a storm.',
      'it tumbles over a drain grate in slow motion.',
      'a child catches it at the river bank, golden hour.',
    ]);
  });

  it('reads Scene and Closing shot labels, in capitals and with numbers as words', () => {
    const prompt =
      'SCENE ONE: an astronaut plants a flag.\nScene 2. Earth rises over the horizon.\nClosing shot - the visor reflects the stars.';
    expect(readShots(prompt)).toEqual([
      'an astronaut plants a flag.',
      'Earth rises over the horizon.',
      'the visor reflects the stars.',
    ]);
  });

  it('puts the words before the first label (a shared style) in front of every shot', () => {
    const prompt =
      'Claymation, warm studio light.\nShot 1: a snail packs a tiny suitcase.\nShot 2: the snail boards a leaf boat.';
    expect(readShots(prompt)).toEqual([
      'Claymation, warm studio light. a snail packs a tiny suitcase.',
      'Claymation, warm studio light. the snail boards a leaf boat.',
    ]);
  });

  it('leaves a prompt without labels whole, even when it talks about shots', () => {
    const prompt =
      'A drone shot of a canyon at sunrise; the final shot of the day lands on the river: calm water.';
    expect(readShots(prompt)).toEqual([prompt]);
  });

  it('refuses an empty shot, naming it', () => {
    const error = refusal('a fox wakes || the fox sleeps');
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.userMessage).toContain('Shot 2 of 3 is empty');
    expect(refusal('Shot 1: a fox wakes. Shot 2: ').userMessage).toContain('Shot 2 of 2 is empty');
    expect(refusal('   ').code).toBe(ErrorCode.InvalidInput);
  });

  it('refuses more shots than the limit, saying how many are allowed', () => {
    const seven = Array.from({ length: STORY_MAX_SHOTS + 1 }, (_, i) => `shot number ${i + 1} content`).join(
      ' | ',
    );
    expect(refusal(seven).userMessage).toBe(
      `A story has at most ${STORY_MAX_SHOTS} shots; this one has ${STORY_MAX_SHOTS + 1}. Merge some shots and try again.`,
    );
    expect(readShots(seven, { maxShots: 7 })).toHaveLength(7);
    expect(refusal('a | b | c', { maxShots: 2 }).userMessage).toContain('at most 2 shots');
  });

  it('refuses a shot over the prompt limit, naming the shot and the limit', () => {
    const error = refusal(`a short shot | ${'x'.repeat(41)}`, { promptMax: 40 });
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.userMessage).toBe(
      'Shot 2 is 41 characters; the limit for a shot is 40. Shorten it and try again.',
    );
    expect(readShots(`a short shot | ${'x'.repeat(40)}`, { promptMax: 40 })).toHaveLength(2);
  });
});
