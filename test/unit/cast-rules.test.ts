import { describe, expect, it } from 'vitest';
import { cardFor, likenessLine } from '../../src/core/card/card.ts';
import { normalizeHandle } from '../../src/core/cast/cast-rules.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { type CastRule, mayUseLikeness, namedCast } from '../../src/core/workspace/consent.ts';
import { sampleClip } from '../contract/store-contract.ts';

const rule = (over: Partial<CastRule> = {}): CastRule => ({
  memberId: 'U-ada',
  name: 'Ada',
  handle: 'ada',
  allow: 'me',
  approved: [],
  ...over,
});

describe('who may use a likeness', () => {
  it('me: only the member; approved: and those approved; everyone: anyone', () => {
    expect(mayUseLikeness(rule(), 'U-ada')).toBe(true);
    expect(mayUseLikeness(rule(), 'U-bob')).toBe(false);
    expect(mayUseLikeness(rule({ approved: ['U-bob'] }), 'U-bob')).toBe(false);
    expect(mayUseLikeness(rule({ allow: 'approved', approved: ['U-bob'] }), 'U-bob')).toBe(true);
    expect(mayUseLikeness(rule({ allow: 'approved', approved: ['U-bob'] }), 'U-cy')).toBe(false);
    expect(mayUseLikeness(rule({ allow: 'everyone' }), 'U-cy')).toBe(true);
  });
});

describe('which cast members a prompt names', () => {
  const cast = [rule(), rule({ memberId: 'U-rex', name: 'Rex', handle: 'captain_rex' })];
  it('finds @handles as whole words, any case, and members already named', () => {
    expect(namedCast('@Ada and @captain_rex.', cast, []).map((c) => c.memberId)).toEqual(['U-ada', 'U-rex']);
    expect(namedCast('a portrait', cast, [{ id: 'U-rex' }]).map((c) => c.memberId)).toEqual(['U-rex']);
  });
  it('ignores handles inside other words and e-mail addresses', () => {
    expect(namedCast('@adam, ada@ada.example, @captain_rexy', cast, [])).toEqual([]);
  });
});

describe('handles', () => {
  it('are lower-cased plain words', () => {
    expect(normalizeHandle(' @Captain_Rex ')).toBe('captain_rex');
    expect(normalizeHandle('ada.l')).toBe('ada.l');
  });
  it.each([
    '<@123456789>',
    '123456789012345678',
    'U0123ABCD',
    'everyone',
    'here',
    'a',
    'ab!',
    'x'.repeat(40),
    '.ada',
  ])('refuses %s with a sentence', (raw) => {
    let code: string | undefined;
    try {
      normalizeHandle(raw);
    } catch (error) {
      code = (error as { code: string }).code;
    }
    expect(code).toBe(ErrorCode.InvalidInput);
  });
});

describe('the card names the cast', () => {
  it('draws the likeness line and names each member', () => {
    expect(likenessLine(['Ada'])).toBe('with Ada’s likeness');
    expect(likenessLine(['Ada', 'James'])).toBe('with Ada’s and James’ likenesses');
    expect(likenessLine(['Ada', 'Bob', 'Cy'])).toBe('with Ada’s, Bob’s and Cy’s likenesses');
    const card = cardFor(sampleClip({ cast: [{ id: 'U-ada', name: 'Ada' }] }));
    expect(card.likeness).toBe('with Ada’s likeness');
    expect(card.cast).toEqual([{ id: 'U-ada', name: 'Ada' }]);
    expect(cardFor(sampleClip()).likeness).toBeUndefined();
  });
});
