import { describe, expect, it } from 'vitest';
import type { KnownMember } from '../../../src/core/ports/workspace.ts';
import { namedMembers, nameList } from '../../../src/core/workspace/consent.ts';

const known: KnownMember[] = [
  { id: '123456789012345678', name: 'Rain', consent: false },
  { id: 'U0123ABCD', name: 'Ada Lovelace', consent: false },
  { id: 'ab', name: 'Bo', consent: false },
  { id: 'cy', name: 'cyrus', consent: true },
];
const ids = (prompt: string, mentions: { id: string; name: string }[] = []) =>
  namedMembers(prompt, known, mentions).map((m) => m.id);

describe('who a prompt names', () => {
  it('takes the mentions the surface resolved, known or not', () => {
    expect(ids('a dance', [{ id: 'U999', name: 'Zed' }])).toEqual(['U999']);
    expect(namedMembers('a dance', known, [{ id: 'U999', name: 'Zed' }])[0]).toEqual({
      id: 'U999',
      name: 'Zed',
      consent: false,
    });
  });

  it('finds the id a raw platform mention leaves in the text', () => {
    expect(ids('<@123456789012345678> dancing')).toEqual(['123456789012345678']);
    expect(ids('<@U0123ABCD> surfing')).toEqual(['U0123ABCD']);
    expect(ids('order 1234567890123456789 shipped')).toEqual([]);
  });

  it('matches a one-word display name only when written as a name', () => {
    expect(ids('Rain dancing on a roof')).toEqual(['123456789012345678']);
    expect(ids('@rain dancing')).toEqual(['123456789012345678']);
    expect(ids('a paper boat in the rain')).toEqual([]);
    expect(ids('Rainbows over a field')).toEqual([]);
  });

  it('matches a display name of several words in any case', () => {
    expect(ids('ada lovelace writing code')).toEqual(['U0123ABCD']);
    expect(ids('Ada and a lovelace')).toEqual([]);
  });

  it('never matches very short names or ids', () => {
    expect(ids('Bo and ab at sea')).toEqual([]);
  });

  it('reports consent as the directory has it', () => {
    expect(namedMembers('Cyrus on a bike', known)).toEqual([{ id: 'cy', name: 'cyrus', consent: true }]);
  });

  it('lists names the way people read them', () => {
    expect(nameList(['Ada'])).toBe('Ada');
    expect(nameList(['Ada', 'Bob'])).toBe('Ada and Bob');
    expect(nameList(['Ada', 'Bob', 'Cy'])).toBe('Ada, Bob and Cy');
    expect(nameList(['Ada', 'Bob', 'Cy', 'Di'])).toBe('Ada, Bob and 2 others');
  });
});
