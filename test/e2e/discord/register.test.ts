import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DiscordAPIError } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DISCORD_LOCALES } from '../../../adapters/discord/localizations.ts';
import { registerCommands } from '../../../adapters/discord/register.ts';
import { buildSlashCommands } from '../../../adapters/discord/slash-command.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { createOpenAIProvider } from '../../../src/providers/openai/index.ts';
import { SORA_MODELS } from '../../../src/providers/openai/models.ts';
import { FakeDiscord } from '../../fakes/discord/index.ts';
import { localizationProblems } from '../../fakes/discord/validate-localizations.ts';

const run = promisify(execFile);
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const providers = () =>
  new ProviderRegistry([
    createOpenAIProvider({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', logger: silentLogger }),
  ]);

type Option = {
  name: string;
  type: number;
  required?: boolean;
  choices?: { name: string; value: unknown }[];
};
type Sub = { name: string; type: number; options: Option[] };

describe('the slash command is built from commands/', () => {
  it('has a subcommand per command, options in Discord form, choices from the provider', () => {
    const { body, warnings } = buildSlashCommands('sora', COMMANDS, providers());
    expect(warnings).toEqual([]);
    const [command] = body as unknown as { name: string; options: Sub[]; contexts: number[] }[];
    expect(command!.name).toBe('sora');
    expect(command!.contexts).toEqual([0]);
    // One subcommand (type 1) per ungrouped entry of commands/, in its order; grouped ones under
    // one subcommand group (type 2) where the group first appears.
    const expected: [string, number][] = [];
    for (const c of COMMANDS) {
      if (!c.group) expected.push([c.name, 1]);
      else if (!expected.some(([name]) => name === c.group)) expected.push([c.group, 2]);
    }
    expect(command!.options.map((o) => [o.name, o.type])).toEqual(expected);
    const generate = command!.options[0]!.options;
    expect(generate[0]).toMatchObject({ name: 'prompt', type: 3, required: true, max_length: 4000 });
    const byName = Object.fromEntries(generate.map((o) => [o.name, o]));
    expect(byName.image).toMatchObject({ type: 11 });
    const durations = [...new Set(SORA_MODELS.flatMap((m) => m.durationsS))].sort((a, b) => a - b);
    expect(byName.duration).toMatchObject({ type: 4 });
    expect(byName.duration!.choices!.map((c) => c.value)).toEqual(durations);
    expect(byName.model!.choices!.map((c) => c.value)).toEqual(SORA_MODELS.map((m) => m.id));
  });

  it('shows a command added to commands/ with no Discord code, and caps choices at 25', () => {
    const extra: CommandDefinition = {
      name: 'leaderboard',
      description: 'Who is on top this week',
      options: [
        {
          name: 'week',
          description: 'Which week',
          type: 'integer',
          choices: () => Array.from({ length: 30 }, (_, i) => ({ name: `week ${i + 1}`, value: i + 1 })),
        },
      ],
      schema: z.object({}),
      handle: async () => ({ kind: 'text', text: 'top', private: false }),
    };
    const { body, warnings } = buildSlashCommands('sora', [...COMMANDS, extra], providers());
    const sub = (body[0] as unknown as { options: Sub[] }).options.find((o) => o.name === 'leaderboard')!;
    expect(sub.options[0]!.choices).toHaveLength(25);
    expect(warnings).toEqual([expect.stringContaining('30 choices')]);
  });
});

describe('npm run register-commands', () => {
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.world.applicationId,
    DISCORD_API_URL: fake.url,
    VIDEO_PROVIDER: 'openai',
    OPENAI_API_KEY: 'sk-test-register',
    ...extra,
  });

  it('registers for one guild with DISCORD_GUILD_ID, and globally without it', async () => {
    const guild = await run(process.execPath, ['scripts/register-commands.ts'], {
      env: env({ DISCORD_GUILD_ID: fake.world.guildId }),
    });
    expect(guild.stdout).toContain(`registered /sora in server ${fake.world.guildId}`);
    expect(fake.state.registeredCommands.get(fake.world.guildId)?.[0]).toMatchObject({ name: 'sora' });

    const global = await run(process.execPath, ['scripts/register-commands.ts'], {
      env: env({ COMMAND_NAME: 'reel' }),
    });
    expect(global.stdout).toContain('registered /reel globally');
    expect(fake.state.registeredCommands.get('global')?.[0]).toMatchObject({ name: 'reel' });
    // The fake validated every name, description, option order and choice count as Discord does.
    expect(fake.state.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([200, 200]);
  });

  it('names the missing variable instead of calling Discord', async () => {
    const before = fake.state.requests.length;
    const failed = await run(process.execPath, ['scripts/register-commands.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'x', VIDEO_PROVIDER: 'simulator' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('DISCORD_APPLICATION_ID');
    expect(fake.state.requests.length).toBe(before);
  });
});

type Localized = {
  name: string;
  type?: number;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Localized[];
  choices?: { name: string; value: string | number; name_localizations?: Record<string, string> }[];
};

/** Every group, subcommand and option under the root, with its path. */
function walk(node: Localized, path = ''): [string, Localized][] {
  return (node.options ?? []).flatMap((child) => {
    const here = `${path}${path ? ' ' : ''}${child.name}`;
    return [[here, child] as [string, Localized], ...walk(child, here)];
  });
}

describe('registration sends the command in every language', () => {
  const config = () =>
    loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_URL: fake.url,
      DISCORD_GUILD_ID: fake.world.guildId,
      VIDEO_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-test-register',
    });
  const registered = () => fake.state.registeredCommands.get(fake.world.guildId) as unknown as Localized[];

  it('npm run register-commands sends es-ES, es-419, pt-BR, de, fr and ja for every name and description', async () => {
    const done = await run(process.execPath, ['scripts/register-commands.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_API_URL: fake.url,
        DISCORD_GUILD_ID: fake.world.guildId,
        VIDEO_PROVIDER: 'openai',
        OPENAI_API_KEY: 'sk-test-register',
      },
    });
    expect(done.stderr).not.toContain('warning');
    const codes = ['de', 'es-419', 'es-ES', 'fr', 'ja', 'pt-BR'];
    expect(DISCORD_LOCALES.map((l) => l.discord).sort()).toEqual(codes);
    // What the fake recorded is what Discord received: the body with its localizations.
    const [root] = registered();
    expect(root!.name).toBe('sora');
    expect(root!.name_localizations).toBeUndefined(); // COMMAND_NAME is the operator's, in every language
    expect(Object.keys(root!.description_localizations!).sort()).toEqual(codes);
    const nodes = walk(root!);
    for (const command of COMMANDS) {
      const path = command.group ? `${command.group} ${command.name}` : command.name;
      expect(
        nodes.some(([p]) => p === path),
        path,
      ).toBe(true);
    }
    for (const [path, node] of nodes) {
      expect(Object.keys(node.name_localizations ?? {}).sort(), `${path} name`).toEqual(codes);
      expect(Object.keys(node.description_localizations ?? {}).sort(), `${path} description`).toEqual(codes);
    }
    const at = Object.fromEntries(nodes);
    expect(at.story!.name_localizations).toEqual({
      'es-ES': 'historia',
      'es-419': 'historia',
      'pt-BR': 'história',
      de: 'geschichte',
      fr: 'histoire',
      ja: 'ストーリー',
    });
    expect(at.cast!.name_localizations!.fr).toBe('casting');
    expect(at['cast allow who']!.choices!.find((c) => c.value === 'me')!.name_localizations!.de).toBe(
      'nur ich',
    );
    expect(at['story mode']!.choices!.map((c) => c.name_localizations!.ja)).toEqual([
      '連続（つながったショット）',
      '個別（別々のショット）',
    ]);
    expect(at['reshoot shot']!.name_localizations!['pt-BR']).toBe('tomada');
    expect(at.extend!.description_localizations!['es-ES']).toBe(
      'Extiende un clip publicado: di qué pasa después',
    );
    expect(localizationProblems(registered())).toEqual([]);
  });

  it('the pseudo-locale (longer, accented) still passes every rule Discord checks', async () => {
    const result = await registerCommands(config(), providers(), [{ discord: 'en-GB', locale: 'en-XA' }]);
    expect(result).toEqual({ scope: fake.world.guildId, commands: ['sora'], warnings: [] });
    const [root] = registered();
    expect(root!.description_localizations).toEqual({ 'en-GB': expect.stringMatching(/^⟦Ṁåķé /) });
    const nodes = walk(root!);
    expect(nodes.length).toBeGreaterThan(40);
    for (const [path, node] of nodes)
      expect(Object.keys(node.name_localizations ?? {}), path).toEqual(['en-GB']);
    expect(localizationProblems(registered())).toEqual([]);
  });

  it('the fake refuses a localization Discord refuses, in Discord’s 400 shape, and keeps the commands it had', async () => {
    const before = JSON.stringify(registered());
    const refused = await registerCommands(config(), providers(), [{ discord: 'es-MX', locale: 'es' }]).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect(refused).toMatchObject({ status: 400, code: 50035 });
    expect((refused as Error).message).toContain('name_localizations.es-MX');

    const { body } = buildSlashCommands('sora', COMMANDS, providers());
    const bad = structuredClone(body) as unknown as Localized[];
    bad[0]!.options![0]!.name_localizations = { de: 'Erstellen' };
    bad[0]!.options![1]!.description_localizations = { fr: 'é'.repeat(101) };
    const response = await fetch(
      `${fake.url}/v10/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`,
      {
        method: 'PUT',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(bad),
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: {
        0: {
          options: {
            0: {
              name_localizations: {
                de: {
                  _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }],
                },
              },
            },
            1: {
              description_localizations: {
                fr: {
                  _errors: [
                    { code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' },
                  ],
                },
              },
            },
          },
        },
      },
    });
    expect(JSON.stringify(registered())).toBe(before);
  });
});
