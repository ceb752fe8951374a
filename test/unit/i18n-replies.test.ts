import { describe, expect, it } from 'vitest';
import { usageText } from '../../adapters/slack/usage-text.ts';
import { cancelClip } from '../../commands/actions.ts';
import { COMMANDS, findCommand } from '../../commands/index.ts';
import { refuseUnknownOptions } from '../../commands/option-tokens.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { type CommandHooks, executeCommand, memberMessage, runCommand } from '../../commands/pipeline.ts';
import type { CommandContext, CommandDefinition } from '../../commands/types.ts';
import type { Actor, Member } from '../../src/core/clip/clip.ts';
import { CATALOGS, MESSAGE_KEYS } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import type { Languages } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import type { Place } from '../../src/core/place.ts';
import { contextOf, servicesOf } from '../helpers/command-context.ts';
import { setup } from '../helpers/core-harness.ts';
import { ffmpegPicture } from '../helpers/pictures.ts';

const place: Place = { surface: 'test', workspaceId: 'w', channelId: 'c' };
const ada: Actor = { id: 'ada', name: 'Ada' };
const cy: Actor = { id: 'cy', name: 'Cy', admin: true };
const bob: Member = { id: 'bob', name: 'Bob' };

/** Every literal run of text in a message, in every plural and select branch. */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === ElementType.literal) return [element.value];
    if (element.type === ElementType.plural || element.type === ElementType.select)
      return Object.values(element.options).flatMap((option) => literals(option.value));
    return [];
  });
}

/**
 * The English sentences of the replies catalog: each literal run of its messages that holds at
 * least three plain words in a row (not a separator, a unit, or command words like
 * `settings setting:aspect`, which every language keeps as typed).
 */
const ENGLISH = MESSAGE_KEYS.filter((key) => key.startsWith('reply.'))
  .flatMap((key) => literals(parseMessage(CATALOGS.en[key])))
  .map((text) => text.trim())
  .filter((text) => /(?:(?<![\w:/-])[A-Za-z’]{2,}[ ,;]+){2}[A-Za-z’]{2,}(?![\w:])/.test(text));

function englishIn(text: string): string[] {
  return ENGLISH.filter((sentence) => text.includes(sentence));
}

function rig() {
  const t = setup();
  const services = servicesOf(t);
  const context = (actor: Actor, languages?: Languages, mentions?: Member[]): CommandContext => ({
    ...contextOf(services, actor, place),
    ...(languages ? { languages } : {}),
    ...(mentions ? { mentions } : {}),
  });
  const answer = async (
    definition: CommandDefinition,
    raw: RawOptions,
    actor: Actor,
    languages?: Languages,
    mentions?: Member[],
  ) => {
    const { reply } = await executeCommand(definition, raw, context(actor, languages, mentions));
    if (reply.kind !== 'text') throw new Error(`expected text from ${definition.name}`);
    return reply;
  };
  return { t, services, context, answer };
}

const command = (name: string, group?: string) => findCommand(name, group)!;

describe('commands answer in their reader’s language', () => {
  it.each([
    ['ja', 'es'],
    ['es', 'ja'],
  ] as const)(
    'private answers are in the member’s language (%s), with no English sentence of the catalog',
    async (member, channel) => {
      const { t, answer } = rig();
      const languages: Languages = { member, channel };
      const runs: [string, CommandDefinition, RawOptions, Actor, Member[]?][] = [
        ['help', command('help'), {}, ada],
        ['usage', command('usage'), {}, ada],
        ['consent', command('consent'), { choice: 'on' }, ada],
        ['consent again', command('consent'), { choice: 'on' }, ada],
        ['consent off', command('consent'), { choice: 'off' }, ada],
        ['consent asked', command('consent'), {}, ada],
        ['settings', command('settings'), {}, cy],
        ['one setting', command('settings'), { setting: 'daily_budget' }, cy],
        ['change', command('settings'), { setting: 'member_daily_clips', value: '4' }, cy],
        ['change again', command('settings'), { setting: 'member_daily_clips', value: '4' }, cy],
        ['view with history', command('settings'), {}, cy],
        ['cast add', command('add', 'cast'), { image: ffmpegPicture('mjpeg', 64, 64), name: 'Ada' }, ada],
        ['cast allow', command('allow', 'cast'), { who: 'approved' }, ada],
        ['cast approve', command('approve', 'cast'), { member: '<@bob>' }, ada, [bob]],
        ['cast unapprove', command('unapprove', 'cast'), { member: '<@bob>' }, ada, [bob]],
        ['cast list', command('list', 'cast'), {}, ada],
        ['cast purge', command('purge', 'cast'), { member: '<@ada>' }, cy, [ada]],
        ['cast add again', command('add', 'cast'), { image: ffmpegPicture('mjpeg', 64, 64) }, ada],
        ['cast remove', command('remove', 'cast'), {}, ada],
        ['cast list empty', command('list', 'cast'), {}, ada],
        ['contest start', command('start', 'contest'), { theme: 'ghosts' }, cy],
        ['contest cancel', command('cancel', 'contest'), {}, cy],
      ];
      const memberT = translator(member);
      for (const [what, definition, raw, actor, mentions] of runs) {
        const reply = await answer(definition, raw, actor, languages, mentions);
        expect(reply.private, what).toBe(true);
        expect(englishIn(reply.text), `${what}: ${reply.text}`).toEqual([]);
      }
      // Spot checks that it is the member's language, not merely not English.
      const help = await answer(command('help'), {}, ada, languages);
      expect(help.text).toContain(memberT('reply.help.models'));
      const consent = await answer(command('consent'), { choice: 'on' }, ada, languages);
      expect(consent.text).toBe(
        memberT('reply.consent.answer', { lead: 'done', on: 'yes', command: 'sora' }),
      );

      // A button's answer: an admin cancels a clip.
      const clip = await t.request('a paper boat in the rain');
      const cancelled = await answer(cancelClip, { clip: clip.id }, cy, languages);
      expect(cancelled.text).toBe(memberT('reply.clip.cancelled'));
    },
  );

  it('the remix tree is public and in the channel’s language', async () => {
    const { t, answer } = rig();
    const original = await t.request('a paper boat in the rain');
    await t.run(original.id);
    const remix = await t.service.remix(original.id, 'the same boat at night', {
      author: { id: 'bob', name: 'Bob' },
      place,
    });
    await t.run(remix.id);
    const reply = await answer(command('remixes'), { clip: original.id }, ada, {
      member: 'es',
      channel: 'ja',
    });
    expect(reply.private).toBe(false);
    expect(englishIn(reply.text)).toEqual([]);
    expect(reply.text).toContain('Bob のリミックス：“the same boat at night”');
    expect(reply.text).toContain('“a paper boat in the rain”');
  });

  it('refuses in German: a schema sentence, zod’s own complaint in our words, and an unknown option', async () => {
    const { context } = rig();
    const de = translator('de');
    const refusals: string[] = [];
    const hooks: CommandHooks = {
      async answerPrivately(text) {
        refusals.push(text);
      },
      async answerPublicly() {
        throw new Error('nothing is public here');
      },
    };
    const german = context(ada, { member: 'de', channel: 'fr' });
    await runCommand(command('generate'), { duration: 4 }, german, hooks);
    await runCommand(command('generate'), { prompt: 'a boat', model: '   ' }, german, hooks);
    await runCommand(
      command('settings'),
      { setting: 'language', value: 'klingon' },
      { ...german, actor: cy },
      hooks,
    );
    await runCommand(command('settings'), {}, german, hooks);
    expect(refusals).toEqual([
      'Beschreib das Video, das du möchtest: Füg einen Prompt hinzu.',
      // zod said "Too small: expected string to have >=1 characters"; the member reads ours.
      de('reply.option.invalid', { option: 'model' }),
      de('reply.setting.language.invalid', { languages: 'en, es, pt-BR, de, fr, ja' }),
      de('reply.gate.admin', { what: { key: 'reply.gate.admin.settings' } }),
    ]);
    expect(refusals[3]).toMatch(/^Nur Admins können hier die Einstellungen des Bots sehen oder ändern,/);
    for (const refusal of refusals) expect(englishIn(refusal)).toEqual([]);

    let typo: unknown;
    try {
      refuseUnknownOptions('a boat duraton:8', command('generate'), { label: 'generate', flags: true });
    } catch (error) {
      typo = error;
    }
    expect(memberMessage(typo, de)).toBe(
      'Unbekannte Option duraton: Meintest du duration? Um „duraton:8“ als Wörter zu behalten, setz ein Leerzeichen nach den Doppelpunkt oder setz sie in Anführungszeichen. Es wurde nichts erstellt.',
    );
    // The English rendering, for logs and old callers, is unchanged.
    expect((typo as Error).message).toMatch(/^Unknown option duraton: did you mean duration\?/);
  });

  it('`settings language es` makes the channel Spanish and shows the language by its own name', async () => {
    const { t, services, answer } = rig();
    const changed = await answer(command('settings'), { setting: 'language', value: 'es' }, cy);
    expect(changed.text).toBe(
      'language is now español (es) (was the server’s language, else English (default)). The change is logged with your name.',
    );
    const languages = await services.workspace.languages(place, {});
    expect(languages).toEqual({ member: 'es', channel: 'es' });
    const shown = await answer(command('settings'), { setting: 'language' }, cy, languages);
    expect(shown.text.split('\n')[0]).toBe('• language: español (es) (fijado aquí)');
    expect(shown.text).toContain(translator('es')('setting.language.description'));
    // The change log shows each change in the reader's language; a change logged before
    // languages (English words only) as it was written.
    await services.workspace.change(cy, place, 'member_daily_clips', '4');
    await t.store.settings.change('test:w', 'voteEmoji', '🔥', {
      at: 0,
      by: { id: 'old', name: 'Old' },
      key: 'voteEmoji',
      from: 'the bot’s default',
      to: '🔥',
    });
    const view = (await answer(command('settings'), {}, cy, languages)).text.split('\n');
    expect(view).toContain('• 1 ene, 00:00 UTC, Old: vote_emoji the bot’s default → 🔥');
    expect(view.filter((line) => line.includes(', Cy: '))).toEqual([
      expect.stringMatching(/, Cy: member_daily_clips sin límite \(predeterminado\) → 4 clips$/),
      expect.stringMatching(
        /, Cy: language el idioma del servidor o, si no, inglés \(predeterminado\) → español \(es\)$/,
      ),
    ]);
    // Named in any of our languages, with or without accents.
    for (const [name, tag] of [
      ['Spanisch', 'es'],
      ['espanol', 'es'],
      ['スペイン語', 'es'],
      ['Japonais', 'ja'],
      ['alemão', 'de'],
      ['Portuguese', 'pt-BR'],
    ]) {
      await answer(command('settings'), { setting: 'language', value: name }, cy);
      expect((await services.workspace.languages(place, {})).channel, name).toBe(tag);
    }
  });

  it('usage shows money, counts and the reset date in the member’s locale', async () => {
    const { answer } = rig();
    const reply = await answer(command('usage'), {}, ada, { member: 'de', channel: 'en' });
    // Intl puts a no-break space between the amount and its sign.
    expect(reply.text).toMatch(/^Du, heute: 0,00\s\$ für 0 Clips \(0 s\)\./);
    expect(reply.text).toMatch(/Monatszähler am 1\. \p{L}+\.$/u);
    expect(englishIn(reply.text)).toEqual([]);
  });

  it('Slack’s usage text reads in the given language, command words kept', () => {
    const providers = rig().services.providers;
    const text = usageText('sora', COMMANDS, providers, translator('fr'));
    expect(text).toContain('/sora <prompt>, puis les options en phrases ou en flags :');
    expect(text).toContain(`  /sora help: ${translator('fr')('command.help.description')}`);
    expect(englishIn(text)).toEqual([]);
  });
});
