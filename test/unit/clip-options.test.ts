import { describe, expect, it } from 'vitest';
import type { ModelCapabilities } from '../../src/core/capabilities.ts';
import { aspectOf, priceFor } from '../../src/core/capabilities.ts';
import { normalizePrompt, PROMPT_MAX, resolveClipOptions } from '../../src/core/clip/clip-options.ts';
import { ErrorCode } from '../../src/core/errors.ts';

const model: ModelCapabilities = {
  id: 'm1',
  label: 'Model One',
  durationsS: [4, 8, 12],
  sizes: ['1280x720', '720x1280'],
  audio: true,
  imageInput: false,
  remix: true,
  usdPerSecond: { '*': 0.1 },
};

describe('clip options', () => {
  it('fills defaults from the model', () => {
    expect(resolveClipOptions({}, model)).toEqual({ model: 'm1', durationS: 8, size: '1280x720' });
  });

  it('picks a size by aspect', () => {
    expect(resolveClipOptions({ aspect: 'portrait' }, model).size).toBe('720x1280');
    expect(aspectOf('1792x1024')).toBe('16:9');
  });

  it.each([
    [{ durationS: 10 }, 'duration', /4, 8 or 12 second clips; you asked for 10/],
    [{ size: '999x999' }, 'size', /1280x720 or 720x1280/],
    [{ aspect: 'square' as const }, 'aspect', /no square/],
    [{ style: 'vaporwave' }, 'style', /no "vaporwave" style/],
    [{ referenceImageUrl: 'https://x/y.png' }, 'image', /cannot start from an image/],
  ])('refuses %o with a message naming what to do', (input, field, message) => {
    expect(() => resolveClipOptions(input, model)).toThrowError(message);
    try {
      resolveClipOptions(input, model);
    } catch (error) {
      expect(error).toMatchObject({ code: ErrorCode.InvalidInput, field });
    }
  });

  it('normalizes prompts and refuses empty or over-long ones', () => {
    expect(normalizePrompt('  a\u200b cat\r\nsleeps \u0007 ')).toBe('a cat\nsleeps');
    expect(() => normalizePrompt(' \u200b ')).toThrowError(/empty/);
    expect(() => normalizePrompt('x'.repeat(PROMPT_MAX + 1))).toThrowError(/limit is 4000/);
  });

  it('prices by size and length', () => {
    expect(priceFor(model, '1280x720', 8)).toBe(0.8);
    expect(priceFor({ ...model, usdPerSecond: { '1280x720': 0.3, '1792x1024': 0.5 } }, '1792x1024', 12)).toBe(
      6,
    );
  });
});

describe('the default aspect', () => {
  const portraitFirst: ModelCapabilities = { ...model, sizes: ['720x1280', '1280x720', '1792x1024'] };

  it('is landscape when the member names no aspect or size, whatever size the model lists first', () => {
    expect(resolveClipOptions({}, portraitFirst).size).toBe('1280x720');
  });

  it('is the workspace’s when given, and a member’s own aspect or size still wins', () => {
    expect(resolveClipOptions({}, model, 'portrait').size).toBe('720x1280');
    expect(resolveClipOptions({ aspect: 'landscape' }, portraitFirst, 'portrait').size).toBe('1280x720');
    expect(resolveClipOptions({ size: '1792x1024' }, portraitFirst, 'portrait').size).toBe('1792x1024');
  });

  it('falls back to the model’s first size when the model does not make that shape, refusing nothing', () => {
    const landscapeOnly: ModelCapabilities = { ...model, sizes: ['1920x1080', '1280x720'] };
    expect(resolveClipOptions({}, landscapeOnly, 'square').size).toBe('1920x1080');
    expect(() => resolveClipOptions({ aspect: 'square' }, landscapeOnly)).toThrow(
      /has no square \(1:1\) format/,
    );
  });
});
