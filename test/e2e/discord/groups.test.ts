import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildSlashCommands } from '../../../adapters/discord/slash-command.ts';
import { COMMANDS } from '../../../commands/index.ts';
import type { CommandContext, CommandDefinition } from '../../../commands/types.ts';
import { DiscordE2E } from './harness.ts';

/** What the grouped test commands saw, to prove routing reached the right handler. */
const calls: { command: string; input: unknown; context: CommandContext }[] = [];

const themeSchema = z.object({
  theme: z.string({ error: 'Give the contest a theme.' }).min(3, 'The theme needs at least 3 characters.'),
  hours: z.number().int().optional(),
});

/** A group of the test's own (same shape as the core's contest commands), recorded calls. */
const grouped: CommandDefinition[] = [
  {
    name: 'start',
    group: 'trial',
    description: 'Start a prompt contest',
    options: [
      {
        name: 'theme',
        description: 'What entries are about',
        type: 'string',
        required: true,
        maxLength: 100,
      },
      { name: 'hours', description: 'Submission window', type: 'integer' },
    ],
    schema: themeSchema,
    async handle(input, context) {
      calls.push({ command: 'trial start', input, context });
      return { kind: 'text', text: `Contest on ${input.theme}`, private: false };
    },
  } as CommandDefinition<typeof themeSchema>,
  {
    name: 'status',
    group: 'trial',
    description: 'How the contest stands',
    options: [],
    schema: z.object({}),
    async handle(input, context) {
      calls.push({ command: 'trial status', input, context });
      return { kind: 'text', text: 'No contest is running.', private: true };
    },
  },
  {
    name: 'slow',
    group: 'trial',
    description: 'A private answer that takes longer than the direct-answer budget',
    options: [],
    schema: z.object({}),
    async handle(input, context) {
      calls.push({ command: 'trial slow', input, context });
      await new Promise((r) => setTimeout(r, 1600));
      return { kind: 'text', text: 'Took a while, only for you.', private: true };
    },
  },
  {
    name: 'slowpublic',
    group: 'trial',
    description: 'A public answer that takes longer than the direct-answer budget',
    options: [],
    schema: z.object({}),
    async handle() {
      await new Promise((r) => setTimeout(r, 1600));
      return { kind: 'text', text: 'Results for everyone.', private: false };
    },
  },
];

let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('groups', { commands: [...COMMANDS, ...grouped] });
});
afterAll(async () => {
  await e?.close();
});

type Option = { name: string; type: number; description: string; options?: Option[] };

describe('commands with a group are Discord subcommand groups', () => {
  it('registers /sora trial <sub> as a subcommand group, accepted by Discord', async () => {
    const { body, warnings } = buildSlashCommands('sora', [...COMMANDS, ...grouped], e.app.providers);
    expect(warnings).toEqual([]);
    const top = (body as unknown as { options: Option[] }[])[0]!.options;
    // Ungrouped commands stay subcommands (type 1); a group is one type-2 option holding type 1s.
    expect(top.filter((o) => o.type === 1).map((o) => o.name)).toEqual(
      COMMANDS.filter((c) => !c.group).map((c) => c.name),
    );
    expect(top.find((o) => o.name === 'contest')?.options?.map((o) => o.name)).toEqual(
      COMMANDS.filter((c) => c.group === 'contest').map((c) => c.name),
    );
    const contest = top.find((o) => o.name === 'trial')!;
    expect(contest.type).toBe(2);
    expect(contest.description).toBe('Trial: start, status, slow, slowpublic');
    expect(contest.options!.map((o) => [o.name, o.type])).toEqual([
      ['start', 1],
      ['status', 1],
      ['slow', 1],
      ['slowpublic', 1],
    ]);
    expect(contest.options![0]!.options!.map((o) => o.name)).toEqual(['theme', 'hours']);

    const rest = new REST({ api: e.fake.url }).setToken(e.fake.token);
    const saved = (await rest.put(
      Routes.applicationGuildCommands(e.fake.world.applicationId, e.fake.world.guildId),
      {
        body,
      },
    )) as { name: string }[];
    expect(saved.map((c) => c.name)).toEqual(['sora']);
    expect(e.fake.state.registeredCommands.get(e.fake.world.guildId)?.[0]?.options).toEqual(top);
  });

  it('routes /sora trial start to the grouped command with its options and the admin flag', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.admin,
      group: 'trial',
      subcommand: 'start',
      options: { theme: 'cats in space', hours: 2 },
    });
    expect(await fake.waitForAck(run)).toBe(4); // answered directly: fast and public
    const call = calls.find((c) => c.command === 'trial start')!;
    expect(call.input).toEqual({ theme: 'cats in space', hours: 2 });
    expect(call.context.actor).toMatchObject({ id: fake.world.users.admin.id, admin: true });
    expect(call.context.place.channelId).toBe(fake.world.channels.general.id);
    expect(run.ephemeral).toBe(false);
    expect(fake.message(run.originalId!)!.content).toBe('Contest on cats in space');
  });

  it('refuses a bad option privately, before the handler runs', async () => {
    const { fake } = e;
    const before = calls.length;
    const run = fake.runSlashCommand({
      user: fake.world.users.admin,
      group: 'trial',
      subcommand: 'start',
      options: { theme: 'x' },
    });
    expect(await fake.waitForAck(run)).toBe(4);
    expect(run.ephemeral).toBe(true);
    expect(fake.message(run.originalId!)!.content).toContain('at least 3 characters');
    expect(calls.length).toBe(before);
  });

  it('does not confuse a group’s subcommand with a top-level one of the same name', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({ user: fake.world.users.bob, subcommand: 'start' });
    expect(await fake.waitForAck(run)).toBe(4);
    expect(run.ephemeral).toBe(true);
    expect(fake.message(run.originalId!)!.content).toContain('I don’t know that command');
  });
});

describe('text answers: private ones never show a public "thinking…"', () => {
  it('answers a fast private command with one ephemeral reply, no deferral', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({ user: fake.world.users.bob, group: 'trial', subcommand: 'status' });
    expect(await fake.waitForAck(run)).toBe(4);
    expect(run.ephemeral).toBe(true);
    expect(fake.message(run.originalId!)!.content).toBe('No contest is running.');
  });

  it('/sora usage and /sora consent answer ephemerally from the first response', async () => {
    const { fake } = e;
    for (const subcommand of ['usage', 'consent']) {
      const run = fake.runSlashCommand({ user: fake.world.users.carol, subcommand });
      const type = await fake.waitForAck(run);
      await fake.waitForMessage((m) => m.id === run.originalId && !m.loading && m.content !== '');
      expect({ subcommand, type, ephemeral: run.ephemeral }).toMatchObject({ subcommand, ephemeral: true });
      expect([4, 5]).toContain(type);
    }
  });

  it('defers a slow private command with flags 64, then edits in the answer', async () => {
    const { fake } = e;
    const callbacks: { type: number; flags: number }[] = [];
    const seen = (r: { method: string; path: string }) => r.method === 'POST' && r.path.endsWith('/callback');
    const run = fake.runSlashCommand({ user: fake.world.users.bob, group: 'trial', subcommand: 'slow' });
    expect(await fake.waitForAck(run)).toBe(5);
    for (const r of fake.state.requests.filter(seen)) {
      const json = r.json as { type: number; data?: { flags?: number } };
      if (r.path.startsWith(`/interactions/${run.id}/`))
        callbacks.push({ type: json.type, flags: json.data?.flags ?? 0 });
    }
    expect(callbacks).toEqual([{ type: 5, flags: 64 }]);
    const answer = await fake.waitForMessage((m) => m.id === run.originalId && !m.loading, 5000);
    expect(answer.content).toBe('Took a while, only for you.');
    expect(answer.flags & 64).toBe(64);
    // Nothing public appeared for it.
    expect(fake.messages().filter((m) => m.interactionId === run.id && !(m.flags & 64))).toEqual([]);
  });

  it('a slow public answer: private placeholder, then the answer posted for everyone', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      group: 'trial',
      subcommand: 'slowpublic',
    });
    expect(await fake.waitForAck(run)).toBe(5);
    expect(run.ephemeral).toBe(true);
    const posted = await fake.waitForMessage(
      (m) => m.interactionId === run.id && m.content === 'Results for everyone.',
      5000,
    );
    expect(posted.flags & 64).toBe(0);
    expect(fake.message(run.originalId!)!.content).toBe('Posted in the channel.');
  });
});
