import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DISCORD_LOCALES,
  localizeSlashCommands,
  validName,
  validText,
} from '../../../adapters/discord/localizations.ts';
import { buildSlashCommands } from '../../../adapters/discord/slash-command.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { createOpenAIProvider } from '../../../src/providers/openai/index.ts';
import { FakeDiscord } from '../../fakes/discord/index.ts';
import { localizationProblems } from '../../fakes/discord/validate-localizations.ts';

const providers = new ProviderRegistry([
  createOpenAIProvider({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', logger: silentLogger }),
]);

type Choice = { name: string; value: string | number; name_localizations?: Record<string, string> };
type Node = {
  type?: number;
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: Choice[];
};

function built(targets = DISCORD_LOCALES) {
  const { body } = buildSlashCommands('sora', COMMANDS, providers);
  const localized = localizeSlashCommands(body, targets);
  return { before: body, ...localized, root: (localized.body as unknown as Node[])[0]! };
}

/** Every node under the root with its path: groups, subcommands, options. */
function walk(node: Node, path = ''): [string, Node][] {
  return (node.options ?? []).flatMap((child) => {
    const here = `${path}${path ? ' ' : ''}${child.name}`;
    return [[here, child] as [string, Node], ...walk(child, here)];
  });
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('Discord command localizations', () => {
  it('localize every group, subcommand and option, and every fixed choice, in every language', () => {
    const { root, warnings, before } = built();
    expect(warnings).toEqual([]);
    const codes = DISCORD_LOCALES.map((l) => l.discord).sort();
    expect(Object.keys(root.description_localizations ?? {}).sort()).toEqual(codes);
    expect(root.name_localizations).toBeUndefined(); // the operator's COMMAND_NAME
    const nodes = walk(root);
    expect(nodes.length).toBeGreaterThan(25);
    for (const [path, node] of nodes) {
      expect(Object.keys(node.name_localizations ?? {}).sort(), `${path} name`).toEqual(codes);
      expect(Object.keys(node.description_localizations ?? {}).sort(), `${path} description`).toEqual(codes);
    }
    const choicesOf = (path: string) => nodes.find(([p]) => p === path)![1].choices!;
    for (const path of [
      'generate aspect',
      'generate style',
      'generate duration',
      'top period',
      'consent choice',
      'settings setting',
    ]) {
      for (const choice of choicesOf(path)) {
        expect(Object.keys(choice.name_localizations ?? {}).sort(), `${path} ${choice.value}`).toEqual(codes);
      }
    }
    // Model names and frame sizes are data, not words: they stay as they are.
    expect(choicesOf('generate model').every((c) => c.name_localizations === undefined)).toBe(true);
    // The input is left alone.
    expect(JSON.stringify(before)).not.toContain('name_localizations');
  });

  it('speak each language, with Spanish for both of Discord’s Spanish locales', () => {
    const { root } = built();
    const nodes = Object.fromEntries(walk(root));
    expect(nodes.generate!.name_localizations).toMatchObject({
      'es-ES': 'generar',
      'es-419': 'generar',
      'pt-BR': 'gerar',
      de: 'erstellen',
      fr: 'générer',
      ja: '生成',
    });
    expect(nodes['generate duration']!.choices!.find((c) => c.value === 4)!.name_localizations).toMatchObject(
      {
        'es-ES': '4 segundos',
        de: '4 Sekunden',
        ja: '4秒',
      },
    );
    // A story's and an extension's lengths are the same list, read the same way.
    for (const path of ['story seconds', 'extend seconds']) {
      expect(nodes[path]!.choices!.find((c) => c.value === 4)!.name_localizations).toMatchObject({
        'pt-BR': '4 segundos',
        fr: '4 secondes',
        ja: '4秒',
      });
    }
    expect(nodes.contest!.description_localizations!.de).toBe(
      'Wettbewerb: starten, status, rangliste und abbrechen',
    );
    expect(nodes['contest start entries']!.description_localizations!.fr).toBe(
      'Participations par membre, de 1 à 10 (par défaut 1)',
    );
    expect(
      nodes['settings setting']!.choices!.find((c) => c.value === 'daily_budget')!.name_localizations![
        'pt-BR'
      ],
    ).toBe('daily_budget: Gasto por dia para todos aqui, em USD');
  });

  it('obey every Discord rule in every language: names, lengths, unique names per level, 8000 characters', () => {
    const { body } = built();
    expect(localizationProblems(body as never)).toEqual([]);
  });

  it('obey every rule with the pseudo-locale (40% longer, accented) in place of English', () => {
    const { body, warnings, root } = built([{ discord: 'en-GB', locale: 'en-XA' }]);
    expect(warnings).toEqual([]);
    expect(localizationProblems(body as never)).toEqual([]);
    expect(root.description_localizations!['en-GB']).toMatch(/^⟦Ṁåķé šĥöŕţ ÅÎ ṽîðéöš ţöĝéţĥéŕ /);
  });

  it('are accepted by the fake Discord’s command registration', async () => {
    for (const targets of [DISCORD_LOCALES, [{ discord: 'en-GB', locale: 'en-XA' } as const]]) {
      const { body } = built(targets);
      const response = await fetch(`${fake.url}/v10/applications/${fake.world.applicationId}/commands`, {
        method: 'PUT',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    }
    expect(fake.state.registeredCommands.get('global')?.[0]).toMatchObject({ name: 'sora' });
  });

  it('leave a command the catalogs do not know yet in English, and say what is missing', () => {
    const extra: CommandDefinition = {
      name: 'leaderboard',
      description: 'Who is on top this week',
      options: [{ name: 'week', description: 'Which week', type: 'integer' }],
      schema: z.object({}),
      handle: async () => ({ kind: 'text', text: 'top', private: false }),
    };
    const { body } = buildSlashCommands('sora', [...COMMANDS, extra], providers);
    const { body: localized, warnings } = localizeSlashCommands(body);
    expect(warnings).toEqual([
      'leaderboard: no catalog entry command.leaderboard.name',
      'leaderboard: no catalog entry command.leaderboard.description',
      'leaderboard week: no catalog entry command.leaderboard.option.week.name',
      'leaderboard week: no catalog entry command.leaderboard.option.week.description',
    ]);
    const nodes = Object.fromEntries(walk((localized as unknown as Node[])[0]!));
    expect(nodes.leaderboard).toEqual(expect.not.objectContaining({ name_localizations: expect.anything() }));
    expect(nodes['leaderboard week']!.description_localizations).toBeUndefined();
    expect(nodes.generate!.name_localizations!.de).toBe('erstellen');
    expect(localizationProblems(localized as never)).toEqual([]);
  });

  it('the rules refuse what Discord refuses', () => {
    for (const bad of ['', 'Generate', 'two words', 'a'.repeat(33), 'gé!', 'ÉTAT'])
      expect(validName(bad), bad).toBe(false);
    for (const good of ['générer', '生成', 'größe', 'voter_age', 'a'.repeat(32), 'état'])
      expect(validName(good), good).toBe(true);
    expect(validText('')).toBe(false);
    expect(validText('é'.repeat(100))).toBe(true);
    expect(validText('é'.repeat(101))).toBe(false);
    const tooLong = {
      name: 'sora',
      description: 'x',
      options: [{ name: 'a', description: 'b', name_localizations: { de: 'B' } }],
    };
    expect(localizationProblems([tooLong])).toEqual(['sora a name (de): "B"']);
    const twice = {
      name: 'sora',
      description: 'x',
      options: [
        { name: 'a', description: 'b', name_localizations: { fr: 'c' } },
        { name: 'c', description: 'd' },
      ],
    };
    expect(localizationProblems([twice])).toEqual(['sora (fr): names used twice: c']);
  });
});
