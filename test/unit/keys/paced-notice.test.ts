import { describe, expect, it } from 'vitest';
import { pacedNotice, unpacedNotice } from '../../../src/core/render/key-pacing.ts';

/** The card's waiting sentence: in the channel's language, kept once, taken off at submit. */
describe('the waiting-for-a-render-slot sentence', () => {
  it('is put in front once, in the clip’s language, and taken off again leaving the rest', () => {
    const clip = { provider: 'fal', locale: 'de' as const, notice: 'Made with Veo 3.1.' };
    const paced = pacedNotice(clip);
    expect(paced).toBe('Wartet auf einen freien Render-Platz bei fal. Made with Veo 3.1.');
    expect(pacedNotice({ ...clip, notice: paced })).toBe(paced);
    expect(unpacedNotice({ ...clip, notice: paced })).toBe('Made with Veo 3.1.');
    expect(unpacedNotice({ ...clip, notice: pacedNotice({ ...clip, notice: undefined }) })).toBeUndefined();
  });

  it('is English on a clip from before languages', () => {
    expect(pacedNotice({ provider: 'openai', notice: undefined })).toBe(
      'Waiting for a free render slot at openai.',
    );
  });
});
