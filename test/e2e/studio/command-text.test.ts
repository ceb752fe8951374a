import { describe, expect, it } from 'vitest';
import { pageTextsJson } from '../../../adapters/studio/page-texts.ts';
import { parseCommandText } from '../../../adapters/studio/web/command-text.ts';
import { suggest as suggestIn } from '../../../adapters/studio/web/hints.ts';
import { texts } from '../../../adapters/studio/web/texts.ts';
import type { CatalogCommand } from '../../../adapters/studio/web/types.ts';
import { COMMANDS } from '../../../commands/index.ts';
import { english } from '../../../src/core/i18n/translator.ts';

/**
 * The composer's line, read the same way by the server (commands) and the page (hints); a
 * failure is a catalog message, read here in English as the server renders it.
 */
const parse = (text: string) => {
  const parsed = parseCommandText(text, 'sora', COMMANDS);
  return parsed.ok ? parsed : { ok: false, message: english({ key: parsed.key, values: parsed.values }) };
};
/** The hints with the words an English page gets (outside a page there are none). */
const pageT = texts(JSON.parse(pageTextsJson('en')));
const suggest = (text: string, commandName: string, commands: readonly CatalogCommand[]) =>
  suggestIn(text, commandName, commands, pageT);

describe('reading a command line', () => {
  it('splits Discord-style options, in any order, values with spaces and colons', () => {
    expect(
      parse('/sora generate prompt:a clock at 10:30, rain duration:8 aspect:portrait style:noir'),
    ).toEqual({
      ok: true,
      command: 'generate',
      options: { prompt: 'a clock at 10:30, rain', duration: '8', aspect: 'portrait', style: 'noir' },
    });
    expect(parse('  /sora generate style:anime prompt:"a fox in the snow"  ')).toEqual({
      ok: true,
      command: 'generate',
      options: { style: 'anime', prompt: 'a fox in the snow' },
    });
  });

  it('gives words before the first option to the required text option', () => {
    expect(parse('/sora generate a fox in the snow duration:4')).toEqual({
      ok: true,
      command: 'generate',
      options: { prompt: 'a fox in the snow', duration: '4' },
    });
  });

  it('gives the words to the only option of a command that has one, as Slack does', () => {
    expect(parse('/sora top all')).toEqual({ ok: true, command: 'top', options: { period: 'all' } });
    expect(parse('/sora consent on')).toEqual({ ok: true, command: 'consent', options: { choice: 'on' } });
  });

  it('refuses what it cannot read, with a sentence that says what to type', () => {
    expect(parse('')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Type a command, for example \/sora generate/),
    });
    expect(parse('make me a video')).toEqual({
      ok: false,
      message: expect.stringMatching(/^Commands start with \/sora/),
    });
    expect(parse('/soragenerate prompt:x')).toMatchObject({ ok: false });
    // The list comes from commands/: a new command shows up here with no studio change.
    // A group (contest) is one word here: its subcommands follow it.
    const names = [...new Set(COMMANDS.map((c) => c.group ?? c.name))].join(', ');
    expect(names).toMatch(/^generate, .*help$/);
    expect(parse('/sora')).toEqual({ ok: false, message: `Say what to do after /sora: ${names}.` });
    expect(parse('/sora fly prompt:x')).toEqual({
      ok: false,
      message: `There is no /sora fly. Try one of: ${names}.`,
    });
    expect(parse('/sora help me please')).toEqual({
      ok: false,
      message: '/sora help does not take "me please". Use its options, like name:value.',
    });
    expect(parse('/sora generate prompt:a prompt:b')).toEqual({
      ok: false,
      message: 'Give prompt only once.',
    });
  });

  it('reads a subcommand group as two words, and names the subcommands when one is missing', () => {
    expect(parse('/sora contest start theme:"neon cities" submit:2h vote:90 m entries:2')).toEqual({
      ok: true,
      command: 'start',
      group: 'contest',
      options: { theme: 'neon cities', submit: '2h', vote: '90 m', entries: '2' },
    });
    expect(parse('/sora Contest STATUS')).toEqual({
      ok: true,
      command: 'status',
      group: 'contest',
      options: {},
    });
    expect(parse('/sora contest')).toEqual({
      ok: false,
      message:
        'Say which: /sora contest start, /sora contest status, /sora contest leaderboard, /sora contest cancel.',
    });
    expect(parse('/sora contest begin')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^There is no \/sora contest begin\. Try one of: contest start/),
    });
    // The theme is the required free text, so bare words fill it.
    expect(parse('/sora contest start ghosts in the machine vote:1h')).toMatchObject({
      options: { theme: 'ghosts in the machine', vote: '1h' },
    });
    // A subcommand with a single option takes bare words as its value (the schema checks it).
    expect(parse('/sora contest status kabc123')).toMatchObject({
      ok: true,
      group: 'contest',
      command: 'status',
      options: { contest: 'kabc123' },
    });
  });

  it('uses the configured command name', () => {
    expect(parseCommandText('/reel generate prompt:x', 'reel', COMMANDS)).toMatchObject({ ok: true });
    expect(parseCommandText('/sora generate prompt:x', 'reel', COMMANDS)).toMatchObject({ ok: false });
  });
});

describe('hints as one types', () => {
  const catalog: CatalogCommand[] = COMMANDS.map((c) => ({
    name: c.name,
    ...(c.group ? { group: c.group } : {}),
    description: c.description,
    options: c.options.map((o) => ({
      name: o.name,
      description: o.description,
      type: o.type,
      required: o.required ?? false,
      choices:
        o.name === 'aspect'
          ? [
              { name: 'Portrait (9:16)', value: 'portrait' },
              { name: 'Square (1:1)', value: 'square' },
            ]
          : [],
    })),
  }));
  const labels = (text: string) => suggest(text, 'sora', catalog).hints.map((h) => h.label);

  it('offers every command from the definitions, and completes a partial name', () => {
    expect(labels('')).toEqual([...new Set(COMMANDS.map((c) => `/sora ${c.group ?? c.name}`))]);
    expect(labels('/sora contest ')).toEqual([
      '/sora contest start',
      '/sora contest status',
      '/sora contest leaderboard',
      '/sora contest cancel',
    ]);
    expect(suggest('/sora contest st', 'sora', catalog).hints.map((h) => h.text)).toEqual([
      '/sora contest start ',
      '/sora contest status ',
    ]);
    expect(labels('/sora contest start ')).toContain('submit:');
    expect(suggest('/sora ge', 'sora', catalog).hints).toEqual([
      { label: '/sora generate', detail: 'Make a short video from a prompt', text: '/sora generate ' },
    ]);
  });

  it('offers the options not yet used, and choices for the option being typed', () => {
    expect(labels('/sora generate ')).toEqual(COMMANDS[0]!.options.map((o) => `${o.name}:`));
    expect(labels('/sora generate prompt:x aspect:')).toEqual(['portrait', 'square']);
    expect(suggest('/sora generate prompt:x aspect:sq', 'sora', catalog).hints[0]!.text).toBe(
      '/sora generate prompt:x aspect:square ',
    );
    expect(labels('/sora generate prompt:x aspect:square ')).not.toContain('aspect:');
  });

  it('counts the words before the first option as the prompt: never “still needed” once given', () => {
    const help = (text: string) => suggest(text, 'sora', catalog).help;
    expect(help('/sora generate duration:4')).toContain('Still needed: prompt.');
    expect(help('/sora generate ')).toContain('Still needed: prompt.');
    for (const text of [
      '/sora generate a fox in the snow',
      '/sora generate fox',
      '/sora generate a fox in the snow duration:4',
      '/sora generate a fox in the snow duration:4 ',
      '/sora generate prompt:a fox duration:',
    ]) {
      expect(help(text), text).not.toContain('Still needed');
    }
    // A given prompt is not offered again, and one letter of free text is not an option.
    expect(labels('/sora generate a fox p')).toEqual([]);
    expect(labels('/sora generate a fox pr')).toEqual([]);
    expect(labels('/sora generate a fox du')).toEqual(['duration:']);
    // A first word that may be an option's name is still offered as one.
    expect(labels('/sora generate pro')).toEqual(['prompt:']);
  });

  it('does not mistake a prompt’s words for options until they look like one', () => {
    expect(labels('/sora generate prompt:a cat')).toEqual([]);
    expect(labels('/sora generate prompt:a cat st')).toEqual(['style:']);
    expect(suggest('/sora generate prompt:a cat', 'sora', catalog).help).toBe(
      'prompt: What happens in the video, required.',
    );
  });
});
