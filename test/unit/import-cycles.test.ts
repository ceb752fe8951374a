import { describe, expect, it } from 'vitest';
import { importCycles, sources } from '../helpers/import-graph.ts';

/**
 * No import circle anywhere in the shipped code, type-only imports included: a circle means two
 * modules cannot be understood (or moved) one without the other.
 */
describe('imports in src/, simulator/, commands/ and adapters/', () => {
  const files = [...sources('src'), ...sources('simulator'), ...sources('commands'), ...sources('adapters')];

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('form no circle', () => {
    const circles = importCycles(files).map((circle) => circle.join(' -> '));
    expect(circles).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const circles = importCycles(['test/unit/import-cycles/a.ts', 'test/unit/import-cycles/b.ts']);
    expect(circles).toEqual([
      ['test/unit/import-cycles/a.ts', 'test/unit/import-cycles/b.ts', 'test/unit/import-cycles/a.ts'],
    ]);
  });
});
