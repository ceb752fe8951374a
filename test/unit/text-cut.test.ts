import { describe, expect, it } from 'vitest';
import { codePoints, codeUnits, fitText } from '../../src/core/card/text-cut.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const entities = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

describe('fitText', () => {
  it('counts code points by default: an emoji is one character', () => {
    expect(codePoints('a😀b')).toBe(3);
    expect(codeUnits('a😀b')).toBe(4);
    expect(fitText('a😀b', 3)).toBe('a😀b');
    expect(fitText('a😀bc', 3)).toBe('a😀…');
    expect(fitText('a😀bc', 3, { measure: codeUnits })).toBe('a…');
  });

  it('leaves text that fits alone, encoded, and marks a cut with an ellipsis', () => {
    expect(fitText('a&b', 7, { encode: entities })).toBe('a&amp;b');
    expect(fitText('a&b', 6, { encode: entities })).toBe('a…');
    expect(fitText('abcdef', 4)).toBe('abc…');
    expect(fitText('ab   cdef', 6)).toBe('ab…');
    expect(fitText('abc', 2, { mark: '' })).toBe('ab');
  });

  it('measures the encoded text and never cuts inside an entity', () => {
    // '&' is five characters once escaped: 3000 of them hold 599 and the mark.
    const fitted = fitText('&'.repeat(4000), 3000, { encode: entities });
    expect(fitted).toBe(`${'&amp;'.repeat(599)}…`);
    for (let max = 1; max < 40; max++) {
      const cut = fitText('a&<b&&<<c', max, { encode: entities });
      expect(codePoints(cut)).toBeLessThanOrEqual(max);
      expect(cut.replace(/&(amp|lt);/g, '')).not.toContain('&');
    }
  });

  it('never leaves half a surrogate pair, at any cut point and by either measure', () => {
    for (let shift = 0; shift < 4; shift++) {
      const text = `${'x'.repeat(shift)}${'😀🇺🇸'.repeat(50)}`;
      for (let max = 0; max < 60; max++) {
        for (const measure of [codePoints, codeUnits]) {
          const cut = fitText(text, max, { measure });
          expect(measure(cut)).toBeLessThanOrEqual(max);
          expect(cut).not.toMatch(LONE_SURROGATE);
        }
      }
    }
  });

  it('keeps as much as fits: one more raw character would not', () => {
    const text = '<a&b>'.repeat(100);
    for (const max of [7, 50, 123, 301]) {
      const cut = fitText(text, max, { encode: entities });
      expect(codePoints(cut)).toBeLessThanOrEqual(max);
      // The raw prefix shown, found by escaping prefixes until one is the text before the mark.
      const shown = cut.slice(0, -1);
      const n = [...Array(text.length + 1).keys()].find((k) => entities(text.slice(0, k)) === shown);
      expect(n).toBeDefined();
      expect(codePoints(`${entities(text.slice(0, n! + 1))}…`)).toBeGreaterThan(max);
    }
  });

  it('gives nothing when not even the mark fits', () => {
    expect(fitText('abc', 0)).toBe('');
    expect(fitText('abc', 1)).toBe('…');
  });
});
