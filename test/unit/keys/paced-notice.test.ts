import { describe, expect, it } from 'vitest';
import { render, translator } from '../../../src/core/i18n/translator.ts';
import { pacedNotice, unpacedNotice } from '../../../src/core/render/key-pacing.ts';

/** The card's waiting sentence: drawn in the card's language, kept once, taken off at submit. */
describe('the waiting-for-a-render-slot sentence', () => {
  it('is put in front once, in the card’s language, and taken off again leaving the rest', () => {
    const clip = { notice: 'Made with Veo 3.1.' };
    const paced = pacedNotice(clip, 'fal');
    expect(render(translator('de'), paced)).toBe(
      'Wartet auf einen freien Render-Platz bei fal. Made with Veo 3.1.',
    );
    expect(pacedNotice({ notice: paced }, 'fal')).toEqual(paced);
    expect(unpacedNotice(paced)).toBe('Made with Veo 3.1.');
    expect(unpacedNotice(pacedNotice({}, 'fal'))).toBeUndefined();
  });

  it('is English on a clip from before languages', () => {
    expect(render(translator('en'), pacedNotice({}, 'openai'))).toBe(
      'Waiting for a free render slot at openai.',
    );
  });
});
