import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildSlashCommands } from '../../../adapters/discord/slash-command.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { createOpenAIProvider } from '../../../src/providers/openai/index.ts';
import { SORA_MODELS } from '../../../src/providers/openai/models.ts';
import { FakeDiscord } from '../../fakes/discord/index.ts';

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
