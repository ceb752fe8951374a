import { describe, expect, it } from 'vitest';
import { contestStart } from '../../commands/contest-start.ts';
import { generate } from '../../commands/generate.ts';
import { parseOptions } from '../../commands/parse.ts';
import { emptyAccounting } from '../../src/core/contest/contest.ts';
import { accountingText, formatDuration, parseDuration } from '../../src/core/contest/contest-text.ts';

const H = 3_600_000;

describe('contest windows as members write them', () => {
  it.each([
    ['2h', 2 * H],
    ['90 m', 90 * 60_000],
    ['3 days', 72 * H],
    ['1h30m', 1.5 * H],
    ['1 week', 168 * H],
    ['45s', 45_000],
    ['1.5h', 1.5 * H],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['soon', '2', '2x', '0h', '-1h', 'h', '', '2h and more', '9'.repeat(50)])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('writes windows back the way members read them', () => {
    expect(formatDuration(2 * H)).toBe('2 h');
    expect(formatDuration(90 * 60_000)).toBe('1 h 30 min');
    expect(formatDuration(72 * H + 60_000)).toBe('3 days 1 min');
    expect(formatDuration(1000)).toBe('1 s');
  });

  it('gives the start command an example when a window is not a duration, and defaults to a day', () => {
    expect(() => parseOptions(contestStart, { theme: 'robots', submit: 'soon' })).toThrow(
      '“soon” is not a duration: write the submission window like 2h, 90m or 3d.',
    );
    expect(
      parseOptions(contestStart, { theme: 'robots', vote: '90 m', channel: '<#C123|contests>' }),
    ).toEqual({
      theme: 'robots',
      submit: 24 * H,
      vote: 90 * 60_000,
      entries: 1,
      channel: 'C123',
    });
    expect(() => parseOptions(contestStart, { theme: 'robots', entries: '11' })).toThrow(
      'Entries per member is a whole number from 1 to 10.',
    );
    expect(() => parseOptions(generate, { prompt: 'a boat', contest: 'maybe' })).toThrow(
      'To enter a contest, write contest: yes (this channel’s) or its id.',
    );
  });
});

describe('how votes were counted, in words', () => {
  const none = emptyAccounting(false);

  it('says only what happened', () => {
    expect(accountingText({ ...none, counted: 1 })).toBe('1 vote counted.');
    expect(accountingText({ ...none, counted: 5, bots: 2 })).toBe(
      '5 votes counted; 2 bot votes not counted.',
    );
    expect(accountingText({ ...none, counted: 3, reconciled: true })).toBe(
      '3 votes counted; 0 votes found on the platform at close.',
    );
    expect(accountingText({ ...none, counted: 2, tooYoung: 2 }, 30)).toBe(
      '2 votes counted; 2 from accounts younger than 30 days not counted.',
    );
  });
});
