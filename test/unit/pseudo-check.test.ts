import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translator.ts';
import { englishRuns, offendersIn } from '../helpers/pseudo-check.ts';

/** The pseudo run's own check can fail: English is found, pseudo text and member input are not. */
describe('the pseudo-locale check', () => {
  const xa = translator('en-XA');

  it('finds plain English and passes pseudo text', () => {
    expect(englishRuns('This button no longer does anything.', [])).toEqual([
      'This button no longer does anything',
    ]);
    expect(englishRuns(xa('surface.discord.buttonGone'), [])).toEqual([]);
    expect(englishRuns(xa('surface.discord.remix.title', { name: 'alice' }), [])).toEqual([]);
  });

  it('leaves out member input, ids, URLs, markup and command paths', () => {
    const text = `${xa('surface.discord.unknownCommand', { command: 'sora' })} a red kite over dunes <@123> https://e.example/a b c /sora contest start theme:x`;
    expect(englishRuns(text, ['a red kite over dunes'])).toEqual([]);
    expect(englishRuns('Remix a red kite over dunes now please', ['a red kite over dunes'])).toEqual([]);
    expect(englishRuns('Remix a red kite over dunes now please, friend', ['a red kite over dunes'])).toEqual([
      'now please, friend',
    ]);
  });

  it('says where each offender is', () => {
    const found = offendersIn(
      [{ where: 'POST /x', body: { content: 'Answer sent privately.', custom_id: 'a b c d' } }],
      [],
    );
    expect(found).toEqual([
      expect.objectContaining({ where: 'POST /x .content', run: 'Answer sent privately' }),
    ]);
  });
});
