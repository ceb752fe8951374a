import { describe, expect, it } from 'vitest';
import { readCommandText } from '../../../adapters/slack/command-text.ts';
import { memberText } from '../../../adapters/slack/text.ts';
import { usageText } from '../../../adapters/slack/usage-text.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { parseOptions } from '../../../commands/parse.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { ValidationError } from '../../../src/core/errors.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { FakeProvider } from '../../helpers/fake-provider.ts';

const providers = new ProviderRegistry([
  new FakeProvider('fake', { id: 'fake-1', label: 'Fake One', durationsS: [4, 8, 12] }),
]);
const read = (text: string) => readCommandText(text, COMMANDS, providers);
// The synthetic `contest` commands below stand in for the real ones, so those are left out here.
const BASE = COMMANDS.filter((c) => c.group !== 'contest');

describe('reading Slack command text into a command from commands/', () => {
  it('takes trailing comma phrases that name option values, and leaves the rest as the prompt', () => {
    const { command, raw } = read('a paper boat in the rain, 8 seconds, portrait');
    expect(command.name).toBe('generate');
    expect(raw).toEqual({ prompt: 'a paper boat in the rain', duration: 8, aspect: 'portrait' });
  });

  it.each([
    ['a boat, 8s', { duration: 8 }],
    ['a boat, 12-second', { duration: 12 }],
    ['a boat, 4 sec', { duration: 4 }],
    ['a boat, noir style', { style: 'noir' }],
    ['a boat, style noir', { style: 'noir' }],
    ['a boat, 16:9', { aspect: 'landscape' }],
    ['a boat, Square.', { aspect: 'square' }],
    ['a boat, 1280×720', { size: '1280x720' }],
    ['a boat, Fake One', { model: 'fake-1' }],
    ['a boat, https://example.com/a.png', { image: 'https://example.com/a.png' }],
  ])('%s', (text, expected) => {
    expect(read(text).raw).toEqual({ prompt: 'a boat', ...expected });
  });

  it('keeps words that only look like options inside the prompt', () => {
    expect(read('a portrait of a cat, in the 80s style').raw).toEqual({
      prompt: 'a portrait of a cat, in the 80s style',
    });
    expect(read('8 seconds of rain').raw).toEqual({ prompt: '8 seconds of rain' });
  });

  it('reads flags, --name=value, em-dash flags and quoted values', () => {
    expect(read('a paper boat --duration 8 --aspect portrait --style noir').raw).toEqual({
      prompt: 'a paper boat',
      duration: '8',
      aspect: 'portrait',
      style: 'noir',
    });
    expect(read('—duration=4 a boat —style "pixel-art"').raw).toEqual({
      prompt: 'a boat',
      duration: '4',
      style: 'pixel-art',
    });
  });

  it('reads the name:value form the shared help text shows', () => {
    const { command, raw } = read('generate prompt:a lighthouse at dusk duration:8');
    expect(command.name).toBe('generate');
    expect(raw).toEqual({ prompt: 'a lighthouse at dusk', duration: '8' });
  });

  it('keeps line breaks in the prompt', () => {
    expect(read('first line\nsecond line --duration 4').raw.prompt).toBe('first line\nsecond line');
  });

  it('picks a command by its first word', () => {
    expect(read('help').command.name).toBe('help');
    expect(read('HELP').command.name).toBe('help');
  });

  it('refuses an unknown flag, naming the ones that exist', () => {
    expect(() => read('a boat --colour red')).toThrow(ValidationError);
    expect(() => read('a boat --colour red')).toThrow(/--duration/);
  });

  it('refuses an option typo wherever it stands, with the name it could have meant', () => {
    for (const text of [
      'a boat duraton:8',
      'duraton:8 a boat',
      'generate prompt:a boat duraton:8',
      'a boat --duration 8 duraton:8',
      'a boat, 8 seconds duraton:8',
    ]) {
      expect(() => read(text), text).toThrow(/^Unknown option duraton: did you mean duration\?/);
    }
    expect(() => read('a boat --duraton 8')).toThrow(/^Unknown option --duraton: did you mean --duration\?/);
    expect(() => read('settings vote_emoji tada:x')).toThrow(
      /^Unknown option tada: settings takes setting, value\./,
    );
  });

  it('keeps prose with colons in the prompt, and a flag’s value whatever it looks like', () => {
    expect(read('a clock at 10:30, ratio 16:9, note: it rains').raw).toEqual({
      prompt: 'a clock at 10:30, ratio 16:9, note: it rains',
    });
    expect(read('a sign "warning:wet floor" --model acme:video-1').raw).toEqual({
      prompt: 'a sign "warning:wet floor"',
      model: 'acme:video-1',
    });
    expect(read('a party:tada: at https://x.test/a').raw).toEqual({
      prompt: 'a party:tada: at https://x.test/a',
    });
    expect(read('a boat Duration:4').raw).toEqual({ prompt: 'a boat', duration: '4' });
  });

  it('refuses a flag without a value', () => {
    expect(() => read('a boat --duration')).toThrow(/--duration needs a value/);
  });

  it('fills the options of a command without free text from bare words, in order', () => {
    expect(read('consent on').raw).toEqual({ choice: 'on' });
    expect(read('settings vote_emoji 🔥').raw).toEqual({ setting: 'vote_emoji', value: '🔥' });
    // The last option takes every word left; a name:value option is not filled twice.
    expect(read('settings channels <#C1|a> <#C2|b>').raw).toEqual({
      setting: 'channels',
      value: '<#C1|a> <#C2|b>',
    });
    expect(read('settings value:20 daily_budget').raw).toEqual({ setting: 'daily_budget', value: '20' });
  });

  it('refuses words a command without free text cannot take', () => {
    expect(() => read('help me please')).toThrow(/did not understand/);
  });

  it('hands values to the command schema, which gives the member-facing message', () => {
    const { command, raw } = read('a boat --aspect diagonal');
    expect(() => parseOptions(command, raw)).toThrow('The aspect is landscape, portrait or square.');
    const empty = read('--duration 8');
    expect(() => parseOptions(empty.command, empty.raw)).toThrow(/prompt/);
  });

  it('works for a command added to commands/ without any Slack code', () => {
    const contest: CommandDefinition = {
      name: 'contest',
      description: 'Start a prompt contest',
      options: [
        { name: 'theme', description: 'The theme', type: 'string', required: true },
        {
          name: 'days',
          description: 'How long',
          type: 'integer',
          choices: () => [{ name: '3 days', value: 3 }],
        },
      ],
      schema: COMMANDS[0]!.schema,
      handle: async () => ({ kind: 'text', text: '', private: true }),
    };
    const result = readCommandText('contest ghosts in the machine, 3 days', [...BASE, contest], providers);
    expect(result.command.name).toBe('contest');
    expect(result.raw).toEqual({ theme: 'ghosts in the machine', days: 3 });
    expect(usageText('sora', [...BASE, contest], providers)).toContain(
      '/sora contest: Start a prompt contest',
    );
  });

  describe('subcommand groups, written as two words', () => {
    const sub = (name: string, options: CommandDefinition['options'] = []): CommandDefinition => ({
      name,
      group: 'contest',
      description: `contest ${name} does its thing`,
      options,
      schema: COMMANDS[0]!.schema,
      handle: async () => ({ kind: 'text', text: '', private: true }),
    });
    const start = sub('start', [
      { name: 'theme', description: 'The theme', type: 'string', required: true },
      { name: 'submit', description: 'Submission window', type: 'string' },
      { name: 'vote', description: 'Voting window', type: 'string' },
      { name: 'entries', description: 'Entries per member', type: 'integer' },
    ]);
    // An ungrouped `status` alongside the group's: the group's word decides which one is meant.
    const plainStatus = { ...sub('status'), group: undefined, description: 'bot status' };
    const all = [...BASE, start, sub('status'), sub('cancel'), plainStatus];
    const readAll = (text: string) => readCommandText(text, all, providers);

    it('reads the subcommand and its name:value options, quoted values whole', () => {
      const { command, raw } = readAll('contest start theme:"neon cities" submit:2h vote:1h entries:2');
      expect(command).toBe(start);
      expect(raw).toEqual({ theme: 'neon cities', submit: '2h', vote: '1h', entries: '2' });
      expect(readAll('Contest START neon cities --vote "1 h"').raw).toEqual({
        theme: 'neon cities',
        vote: '1 h',
      });
      expect(readAll('contest start vote:“90 m” theme:robots').raw).toEqual({
        vote: '90 m',
        theme: 'robots',
      });
    });

    it('tells the group’s subcommand from an ungrouped command of the same name', () => {
      expect(readAll('contest status').command).toMatchObject({ group: 'contest', name: 'status' });
      expect(readAll('status').command).toBe(plainStatus);
      // A subcommand's name alone is not a command: `start a race` is a prompt.
      expect(readAll('start a race').command.name).toBe('generate');
      expect(readAll('start a race').raw).toEqual({ prompt: 'start a race' });
    });

    it('refuses a group without a subcommand, listing them', () => {
      expect(() => readAll('contest')).toThrow(
        '"contest" needs one more word: contest start, contest status, contest cancel.',
      );
    });

    it('refuses an unknown subcommand and says how to make it a prompt instead', () => {
      expect(() => readAll('contest of dancing robots')).toThrow(
        '"contest" is followed by one of: contest start, contest status, contest cancel; "of" is not one of them. To make a clip of these words, start with generate.',
      );
    });

    it('names the subcommand in refusals of its options', () => {
      expect(() => readAll('contest status now please')).toThrow(/contest status takes no options/);
      expect(() => readAll('contest start robots --colour red')).toThrow(
        /--theme, --submit, --vote, --entries/,
      );
    });

    it('lists the subcommands and their options in the usage text', () => {
      const usage = usageText('sora', all, providers);
      expect(usage).toContain('/sora contest start: contest start does its thing');
      expect(usage).toContain('theme:<theme> submit:[…] vote:[…] entries:[number]');
      expect(usage).toContain('/sora contest cancel: contest cancel does its thing');
    });
  });

  it('lists every option of the main command with its values in the usage text', () => {
    const usage = usageText('sora', COMMANDS, providers);
    for (const option of ['--duration', '--aspect', '--size', '--model', '--style', '--image']) {
      expect(usage).toContain(option);
    }
    expect(usage).toContain('4, 8, 12');
    expect(usage).toContain('/sora help');
    // The contest subcommands, as two words, with the options they take.
    expect(usage).toContain('/sora contest start: Start a prompt contest (admins)');
    expect(usage).toContain(
      'theme:<theme> submit:[…] vote:[…] entries:[number] channel:[…] voter_age:[number]',
    );
    expect(usage).toContain('/sora contest cancel:');
    expect(usage).toContain('/sora top:');
  });

  it('reads the contest commands as members write them in Slack', () => {
    const start = read(
      'contest start theme:"neon cities" submit:2h vote:1h entries:2 channel:<#C9|contests>',
    );
    expect(start.command).toMatchObject({ group: 'contest', name: 'start' });
    expect(parseOptions(start.command, start.raw)).toMatchObject({
      theme: 'neon cities',
      submit: 2 * 3_600_000,
      vote: 3_600_000,
      entries: 2,
      channel: 'C9',
    });
    expect(read('contest status').command).toMatchObject({ group: 'contest', name: 'status' });
    const entry = read('a neon city at dusk, 4 seconds, contest yes');
    expect(entry.raw).toEqual({ prompt: 'a neon city at dusk', duration: 4, contest: 'yes' });
  });
});

describe('member text from Slack events', () => {
  it('drops the bot mention, unwraps links and decodes entities', () => {
    expect(
      memberText('<@UBOT> a &lt;weird&gt; boat &amp; a <https://x.test/a.png|x.test/a.png>', 'UBOT'),
    ).toBe('a <weird> boat & a https://x.test/a.png');
  });

  it('keeps other mentions raw (they are escaped when shown)', () => {
    expect(memberText('<@UBOT> <!channel> and <@U123>', 'UBOT')).toBe('<!channel> and <@U123>');
  });
});
