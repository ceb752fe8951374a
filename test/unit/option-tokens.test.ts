import { describe, expect, it } from 'vitest';
import { generate } from '../../commands/generate.ts';
import { help } from '../../commands/help.ts';
import {
  editDistance,
  OPTION_RULE,
  optionShapeOf,
  refuseUnknownOptions,
  suggestOptions,
  tokenize,
} from '../../commands/option-tokens.ts';
import { ErrorCode, ValidationError } from '../../src/core/errors.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';

const NAMES = generate.options.map((o) => o.name);
const shape = (token: string) => optionShapeOf(token, NAMES);
/** The refusal `text` gets as a generate command, or undefined when it passes. */
function refusal(text: string, flags = true): string | undefined {
  try {
    refuseUnknownOptions(text, generate, { label: 'generate', flags });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe(ErrorCode.InvalidInput);
    return (error as ValidationError).userMessage;
  }
}

describe('the rule: which tokens are written as options', () => {
  it.each([
    ['duraton:8', { word: 'duraton', form: 'named' }],
    ['stlye:noir', { word: 'stlye', form: 'named' }],
    ['mood:"dark night"', { word: 'mood', form: 'named' }],
    ['voter_age:7', { word: 'voter_age', form: 'named' }],
    ['--colour', { word: 'colour', form: 'flag' }],
    ['--duration=8', { word: 'duration', form: 'flag' }],
    ['—style', { word: 'style', form: 'flag' }],
    // A known name is an option whatever follows its colon, in any case.
    ['style:', { word: 'style', form: 'named' }],
    ['Duration:8', { word: 'duration', form: 'named' }],
    ['image:https://x.test/a.png', { word: 'image', form: 'named' }],
  ])('%s is an option', (token, expected) => {
    expect(shape(token)).toEqual(expected);
  });

  it.each([
    ['10:30', 'a time'],
    ['16:9', 'a ratio'],
    ['note:', 'a colon with a space after it (the value is the next word)'],
    ['eta:10:30', 'a time glued to a word'],
    ['https://x.test/a.png', 'a link'],
    ['mailto://x', 'a path'],
    ['std::vector', 'a double colon'],
    ['party:tada:', 'a Slack emoji code after a word'],
    [':tada:', 'a Slack emoji code'],
    ['at:noon', 'a word of two letters'],
    ['sci-fi:noir', 'a word with a hyphen'],
    ['mp4:file', 'a word with a digit'],
    ['"note:it"', 'quoted words'],
    ['café:noir', 'a word with letters outside a-z'],
    ['--', 'dashes alone'],
    ['–10', 'a negative number'],
  ])('%s is prose (%s)', (token) => {
    expect(shape(token)).toBeUndefined();
  });

  it('keeps quoted spans whole, also after name:', () => {
    expect(tokenize('a "note:it rains" theme:"neon cities" b').map((t) => t.text)).toEqual([
      'a',
      '"note:it rains"',
      'theme:"neon cities"',
      'b',
    ]);
  });
});

describe('refusing unknown options', () => {
  it('refuses a typo with the option it could have meant, and says nothing was made', () => {
    expect(refusal('a cat duraton:8')).toBe(
      'Unknown option duraton: did you mean duration? To keep “duraton:8” as words, put a space after the colon or quote them. Nothing was made.',
    );
    expect(refusal('a cat --stlye noir')).toBe(
      'Unknown option --stlye: did you mean --style? Nothing was made.',
    );
  });

  it('lists every near name, nearest first, and takes the start of a name', () => {
    expect(suggestOptions('sise', NAMES)).toEqual(['size']);
    expect(suggestOptions('stile', NAMES)).toEqual(['style', 'size']);
    expect(suggestOptions('dur', NAMES)).toEqual(['duration']);
    expect(suggestOptions('promt', NAMES)).toEqual(['prompt']);
    expect(suggestOptions('colour', NAMES)).toEqual([]);
    expect(refusal('a cat stile:noir')).toMatch(/^Unknown option stile: did you mean style or size\?/);
  });

  it('lists the options when nothing is close', () => {
    expect(refusal('a cat mood:dark')).toBe(
      'Unknown option mood: generate takes prompt, duration, aspect, size, model, style, image, contest. To keep “mood:dark” as words, put a space after the colon or quote them. Nothing was made.',
    );
    expect(refusal('a cat --colour red')).toBe(
      'Unknown option --colour: generate takes --prompt, --duration, --aspect, --size, --model, --style, --image, --contest. Nothing was made.',
    );
    expect(() => refuseUnknownOptions('now:please', help, { label: '/sora help', flags: false })).toThrow(
      'Unknown option now: /sora help takes no options.',
    );
  });

  it('lets prose with colons through: times, ratios, a spaced colon, links, emoji codes, quotes', () => {
    for (const text of [
      'a clock at 10:30, rain',
      'widescreen, ratio 16:9',
      'note: it rains all day',
      'a poster of https://example.com/a.png',
      'a party:tada: in the park',
      'a sign that reads "warning:wet floor"',
      'a sign that reads “exit:left”',
      'duration:8 aspect:portrait style:noir',
      'Style:noir',
    ]) {
      expect(refusal(text), text).toBeUndefined();
    }
  });

  it('refuses a known flag where the surface writes options as name:value only', () => {
    expect(refusal('a cat --duration 8', true)).toBeUndefined();
    expect(refusal('a cat --duration 8', false)).toBe(
      'Options are written name:value here, like duration:…, not --duration. Nothing was made.',
    );
  });

  it('measures edits with adjacent swaps as one', () => {
    expect(editDistance('stlye', 'style')).toBe(1);
    expect(editDistance('duraton', 'duration')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('says the rule in the help text', async () => {
    const providers = new ProviderRegistry([new FakeProvider()]);
    const workspace = { effective: async () => ({ aspect: 'landscape' }) };
    const place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
    const reply = await help.handle({}, {
      services: { providers, workspace },
      commandName: 'sora',
      place,
    } as never);
    expect(reply.kind === 'text' && reply.text).toContain(OPTION_RULE);
    expect(OPTION_RULE).toContain('note: it rains');
    expect(OPTION_RULE).toContain('10:30');
  });
});
