import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/card/text-folding.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { english, render, translator } from '../../../src/core/i18n/translator.ts';
import { categoryInWords, Moderation } from '../../../src/core/moderation.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { ModerationScreen } from '../../../src/core/ports/moderation.ts';

const clock = { now: () => 1_000 };
const blocklist = (words: string[], screen?: ModerationScreen) =>
  new Moderation({ blocklist: words, clock, logger: silentLogger, ...(screen ? { screen } : {}) });

describe('the blocklist', () => {
  const m = blocklist(['gore', 'blocked word', 'ß-bomb']);

  it.each([
    ['plain', 'some gore here'],
    ['any case', 'GoRe everywhere'],
    ['fullwidth letters', 'ｇｏｒｅ on screen'],
    ['mathematical bold', 'a 𝐠𝐨𝐫𝐞 scene'],
    ['a zero-width space inside', 'go\u200bre'],
    ['a soft hyphen and a joiner', 'g\u00adore and g\u200dore'],
    ['combining accents', 'g\u0301o\u0308re'],
    ['Cyrillic look-alikes', 'gоrе'],
    ['Greek look-alikes', 'gοre'],
    ['a phrase with other separators', 'a BLOCKED-word'],
    ['a phrase over a line break', 'blocked\nword'],
    ['a phrase written in fullwidth', 'ｂｌｏｃｋｅｄ　ｗｏｒｄ'],
    ['a folded entry', 'an SS-bomb'],
    ['digits for letters', 'some g0r3 here'],
    ['symbols for letters', 'a bl0cked w0rd and @ll'],
    ['1 for i or l', 'gore? no: g0r3, and b1ocked w0rd'],
    ['leet and look-alikes together', 'ｇ0rе'],
  ])('catches it written with %s', (_how, prompt) => {
    expect(m.blocked(prompt)).toBe(true);
  });

  it.each([
    ['inside a longer word', 'a gorest of trees'],
    ['the start of another word', 'gorenje kitchen'],
    ['half a phrase', 'a blocked road'],
    ['nothing like it', 'a paper boat in the rain'],
    ['numbers that stand alone', 'a g 0 r e of 5 clips at 4k, 8 seconds, 1080p'],
  ])('leaves words alone when it is %s', (_how, prompt) => {
    expect(m.blocked(prompt)).toBe(false);
  });

  it('refuses with MODERATION_BLOCKED and a sentence that does not repeat the list', async () => {
    const refusal = m.check('ｇｏｒｅ');
    await expect(refusal).rejects.toMatchObject({
      code: ErrorCode.ModerationBlocked,
      userMessage:
        'This prompt uses a word the admins of this bot do not allow, so nothing was made or charged. Rephrase it and try again.',
    });
  });

  it('folds text so look-alikes compare equal', () => {
    expect(foldText('Ｔｅｓｔ 𝐓𝐞𝐬𝐭 Тest')).toBe('test test test');
  });
});

describe('the content check', () => {
  function fakeScreen(verdict: { flagged: boolean; categories: string[] } | Error) {
    const calls: string[] = [];
    const screen: ModerationScreen = {
      name: 'fake',
      async screen(text) {
        calls.push(text);
        if (verdict instanceof Error) throw verdict;
        return verdict;
      },
    };
    return { screen, calls };
  }

  it('names the most severe category flagged', async () => {
    const { screen } = fakeScreen({ flagged: true, categories: ['violence', 'violence/graphic'] });
    await expect(blocklist([], screen).check('a fight')).rejects.toMatchObject({
      code: ErrorCode.ModerationBlocked,
      userMessage:
        'This prompt was flagged for graphic violence by the content check, so nothing was made or charged. Change it and try again.',
    });
    expect(english(categoryInWords(['harassment', 'sexual/minors']))).toBe('sexual content involving minors');
    expect(render(translator('de'), categoryInWords(['violence/graphic']))).toBe(
      'drastischer Gewaltdarstellung',
    );
    expect(categoryInWords(['some/new-category'])).toBe('some new category');
  });

  it('passes a clean prompt, and asks once for the same text within a minute', async () => {
    const { screen, calls } = fakeScreen({ flagged: false, categories: [] });
    const m = blocklist([], screen);
    await m.check('a calm lake');
    await m.check('a calm lake');
    expect(calls).toEqual(['a calm lake']);
  });

  it('never asks the checker about a prompt the blocklist already refused', async () => {
    const { screen, calls } = fakeScreen({ flagged: false, categories: [] });
    await expect(blocklist(['gore'], screen).check('gore')).rejects.toMatchObject({
      code: ErrorCode.ModerationBlocked,
    });
    expect(calls).toEqual([]);
  });

  it('refuses, retryably, when the checker cannot answer', async () => {
    const { screen } = fakeScreen(new Error('connect ECONNREFUSED'));
    await expect(blocklist([], screen).check('a calm lake')).rejects.toMatchObject({
      code: ErrorCode.ProviderUnavailable,
      retryable: true,
      userMessage:
        'The content check is not answering right now, so nothing was made or charged. Try again in a minute.',
    });
  });
});
