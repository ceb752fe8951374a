import { describe, expect, it } from 'vitest';
import { buildSlashCommands } from '../../adapters/discord/slash-command.ts';
import { COMMANDS } from '../../commands/index.ts';
import { MAX_ENTRIES } from '../../src/core/contest/contest-service.ts';
import { CATALOGS, DOMAINS, MESSAGE_KEYS } from '../../src/core/i18n/catalogs.ts';
import { ElementType, type MessageFormatElement, parseMessage } from '../../src/core/i18n/icu.ts';
import { intlLocale, LANGUAGES, LOCALES } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { SETTINGS } from '../../src/core/workspace/settings.ts';
import { createOpenAIProvider } from '../../src/providers/openai/index.ts';

/**
 * A message's arguments and their kinds, with each plural/select's branches in turn: what a
 * translation must keep so code can fill it in. Plural branches are checked per language below
 * (languages have different categories), so here a plural is its argument and the shape of its
 * `other` branch; a select keeps every branch.
 */
function shape(elements: MessageFormatElement[]): string[] {
  return elements
    .flatMap((element): string[] => {
      switch (element.type) {
        case ElementType.literal:
          return [];
        case ElementType.pound:
          return ['#'];
        case ElementType.argument:
          return [`{${element.value}}`];
        case ElementType.number:
          return [`{${element.value}, number}`];
        case ElementType.date:
          return [`{${element.value}, date}`];
        case ElementType.time:
          return [`{${element.value}, time}`];
        case ElementType.select:
          return Object.entries(element.options)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(
              ([branch, option]) => `{${element.value}, select, ${branch}: ${shape(option.value).join(' ')}}`,
            );
        case ElementType.plural:
          return [
            `{${element.value}, plural, other: ${shape(element.options.other?.value ?? []).join(' ')}}`,
          ];
        case ElementType.tag:
          return [`<${element.value}>`, ...shape(element.children)];
        default:
          throw new Error(`unknown ICU element ${JSON.stringify(element)}`);
      }
    })
    .sort();
}

function plurals(elements: MessageFormatElement[]): { argument: string; branches: string[] }[] {
  return elements.flatMap((element) => {
    if (element.type === ElementType.plural) {
      return [
        { argument: element.value, branches: Object.keys(element.options) },
        ...Object.values(element.options).flatMap((o) => plurals(o.value)),
      ];
    }
    if (element.type === ElementType.select)
      return Object.values(element.options).flatMap((o) => plurals(o.value));
    return [];
  });
}

/** The key prefixes each domain owns (src/core/i18n/catalogs.ts), so two domains never write the same key. */
const PREFIXES: Readonly<Record<keyof typeof DOMAINS, readonly string[]>> = {
  commands: ['command.', 'setting.'],
  errors: ['error.'],
  replies: ['reply.'],
  cards: ['card.'],
  contests: ['contest.', 'board.', 'notice.'],
  surfaces: ['surface.'],
  studio: ['studio.'],
  keys: ['keys.'],
};

describe('message catalogs', () => {
  it('are made of domains whose keys never collide, each language with the same keys as its source', () => {
    let total = 0;
    for (const [name, domain] of Object.entries(DOMAINS)) {
      const keys = Object.keys(domain.en);
      total += keys.length;
      const prefixes = PREFIXES[name as keyof typeof DOMAINS];
      for (const key of keys)
        expect(
          prefixes.some((p) => key.startsWith(p)),
          `${name}: ${key}`,
        ).toBe(true);
      for (const language of LANGUAGES)
        expect(Object.keys(domain[language]).sort(), `${name} ${language}`).toEqual([...keys].sort());
    }
    expect(MESSAGE_KEYS.length).toBe(total);
  });

  it('have a source with messages in it', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(50);
  });

  it.each(LOCALES)(
    '%s has exactly the source keys, each a valid ICU message with the source arguments',
    (locale) => {
      const catalog = CATALOGS[locale];
      expect(Object.keys(catalog).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) {
        const message = catalog[key];
        expect(message.trim().length, `${locale} ${key} is empty`).toBeGreaterThan(0);
        expect(shape(parseMessage(message)), `${locale} ${key}`).toEqual(
          shape(parseMessage(CATALOGS.en[key])),
        );
      }
    },
  );

  it.each(LOCALES)("%s's plurals use the language's own categories and always have other", (locale) => {
    const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions()
      .pluralCategories as string[];
    let seen = 0;
    for (const key of MESSAGE_KEYS) {
      for (const { argument, branches } of plurals(parseMessage(CATALOGS[locale][key]))) {
        seen += 1;
        expect(branches, `${locale} ${key} {${argument}}`).toContain('other');
        for (const branch of branches.filter((b) => !b.startsWith('='))) {
          expect(categories, `${locale} ${key}: "${branch}" is not a plural category here`).toContain(branch);
        }
        // one/two/few are what small counts (seconds, entries, votes) fall in: each must be written.
        for (const needed of categories.filter((c) => ['one', 'two', 'few'].includes(c))) {
          expect(branches, `${locale} ${key} {${argument}} lacks ${needed}`).toContain(needed);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('translations differ from the English for most messages (nothing left untranslated by copy)', () => {
    for (const locale of LANGUAGES.filter((l) => l !== 'en')) {
      const same = MESSAGE_KEYS.filter((key) => CATALOGS[locale][key] === CATALOGS.en[key]);
      // Loanwords (prompt, clip, top, status, anime…) and `{name}: {description}` stay the same;
      // a copied catalog would be all of it.
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(MESSAGE_KEYS.length / 4);
    }
  });

  it('fill in arguments and pick plural forms per language', () => {
    expect(translator('en')('command.generate.option.duration.choice', { seconds: 1 })).toBe('1 second');
    expect(translator('en')('command.generate.option.duration.choice', { seconds: 8 })).toBe('8 seconds');
    expect(translator('de')('command.generate.option.duration.choice', { seconds: 1 })).toBe('1 Sekunde');
    expect(translator('fr')('command.generate.option.duration.choice', { seconds: 12 })).toBe('12 secondes');
    expect(translator('ja')('command.generate.option.duration.choice', { seconds: 4 })).toBe('4秒');
    expect(translator('es')('command.contest.start.option.entries.description', { max: 10 })).toBe(
      'Participaciones por miembro, de 1 a 10 (predeterminado 1)',
    );
    expect(() => translator('en')('command.contest.start.option.entries.description')).toThrow();
  });

  it('the English source says what commands/ says today, for every name, description and fixed choice', () => {
    const providers = new ProviderRegistry([
      createOpenAIProvider({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', logger: silentLogger }),
    ]);
    const t = translator('en');
    const describedAs = (key: string) => t(key as never, { max: MAX_ENTRIES });
    let compared = 0;
    for (const command of COMMANDS) {
      const path = command.group ? `${command.group}.${command.name}` : command.name;
      expect(describedAs(`command.${path}.name`)).toBe(command.name);
      expect(describedAs(`command.${path}.description`)).toBe(command.description);
      for (const option of command.options) {
        expect(describedAs(`command.${path}.option.${option.name}.name`)).toBe(option.name);
        expect(describedAs(`command.${path}.option.${option.name}.description`)).toBe(option.description);
        compared += 1;
        for (const choice of option.choices?.({ providers }) ?? []) {
          const own = `command.${path}.option.${option.name}.choice.${choice.value}`;
          if (MESSAGE_KEYS.includes(own as never)) expect(describedAs(own)).toBe(choice.name);
        }
      }
    }
    expect(compared).toBeGreaterThan(15);
    // The group's description and the settings' choice labels, as slash-command.ts and settings.ts make them.
    const [root] = buildSlashCommands('sora', COMMANDS, providers).body as unknown as {
      description: string;
      options: { name: string; description: string }[];
    }[];
    expect(t('command.root.description')).toBe(root!.description);
    const contest = root!.options.find((o) => o.name === 'contest')!;
    const members = COMMANDS.filter((c) => c.group === 'contest').map((c) => c.name);
    expect(t('command.contest.description', { subcommands: members.join(', ') })).toBe(contest.description);
    for (const setting of SETTINGS) {
      expect(setting.description).toEqual({ key: `setting.${setting.name}.description` });
    }
    expect(t('command.generate.option.duration.choice', { seconds: 4 })).toBe('4 seconds');
  });
});
