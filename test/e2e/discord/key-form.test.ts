import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction, FakeMessage } from '../../fakes/discord/records.ts';
import { DiscordE2E, EPHEMERAL } from './harness.ts';

/**
 * Issue 17 on Discord: `/sora keys add` answers with a modal as its first response (never a
 * command option holding the key); the modal's submission checks and stores the key and answers
 * privately with provider and last four only. The fake refuses any modal Discord would refuse.
 */
let e: DiscordE2E;
const typed: string[] = [];
const scope = () => `discord:${e.fake.world.guildId}`;

beforeAll(async () => {
  e = await DiscordE2E.start('key-form', {
    env: { REELBOT_MASTER_KEY: randomBytes(32).toString('base64') },
  });
});
afterAll(async () => {
  try {
    // The secrets check: no key typed here is in any request the bot made, nor in any log line.
    const requests = JSON.stringify(e.fake.state.requests);
    for (const key of typed.filter((k) => k.trim().length >= 8)) {
      expect(requests).not.toContain(key.trim());
      for (const line of e.logs) expect(line).not.toContain(key.trim());
    }
  } finally {
    await e?.close();
  }
});

async function privateAnswer(interaction: FakeInteraction): Promise<FakeMessage> {
  return e.fake.waitForMessage(
    (m) =>
      (m.id === interaction.originalId || interaction.followupIds.includes(m.id)) &&
      (m.flags & EPHEMERAL) !== 0 &&
      m.content !== '',
  );
}

function openForm(provider: string, user = e.fake.world.users.admin) {
  return e.fake.runSlashCommand({ user, group: 'keys', subcommand: 'add', options: { provider } });
}

async function submit(opener: FakeInteraction, key: string, user = e.fake.world.users.admin) {
  typed.push(key);
  expect(await e.fake.waitForAck(opener)).toBe(9);
  const submitted = e.fake.submitModal(user, opener, { key });
  expect(await e.fake.waitForAck(submitted)).toBe(4);
  return (await privateAnswer(submitted)).content;
}

describe('the key form on Discord', () => {
  it('is a modal as the first response, and its submission stores the key, answering with the last four', async () => {
    const { fake } = e;
    const opener = openForm('openai');
    expect(await fake.waitForAck(opener)).toBe(9);
    expect(fake.state.requests.filter((r) => r.path.startsWith(`/interactions/${opener.id}/`))).toHaveLength(
      1,
    );
    expect(opener.modal!.title).toBe('Add a key: openai');
    const key = `sk-own-${randomBytes(16).toString('hex')}`;
    expect(await submit(opener, key)).toBe(
      `Saved: this server’s openai key ending in ${key.slice(-4)}. Its clips are now made with it.`,
    );
    expect((await e.app.services.keys.list(scope())).map((k) => [k.provider, k.last4])).toEqual([
      ['openai', key.slice(-4)],
    ]);
    const list = fake.runSlashCommand({ user: fake.world.users.admin, group: 'keys', subcommand: 'list' });
    expect((await privateAnswer(list)).content).toContain(`openai key ending in ${key.slice(-4)}`);
  });

  it('refuses whitespace and a spaced paste clearly, storing nothing', async () => {
    const before = await e.app.services.keys.list(scope());
    const spaces = await submit(openForm('fal'), '    ');
    expect(spaces).toContain('Paste the key itself: the box was empty.');
    const spaced = await submit(openForm('fal'), `fal ${randomBytes(12).toString('hex')}`);
    expect(spaced).toContain('A key has no spaces or line breaks');
    expect(await e.app.services.keys.list(scope())).toEqual(before);
  });

  it('refuses members the form and its submission', async () => {
    const { fake } = e;
    const { alice } = fake.world.users;
    const opener = openForm('openai', alice);
    expect(await fake.waitForAck(opener)).toBe(4);
    expect((await privateAnswer(opener)).content).toMatch(
      /^Only admins can manage this server’s provider keys/,
    );
    // A forged submission of the admin's form by a member is refused the same way.
    const adminForm = openForm('openai');
    const key = `sk-forged-${randomBytes(16).toString('hex')}`;
    expect(await submit(adminForm, key, alice)).toMatch(/^Only admins can manage/);
    expect((await e.app.services.keys.list(scope())).map((k) => k.last4)).not.toContain(key.slice(-4));
  });

  it('answers a stale or forged form id with a plain refusal', async () => {
    const { fake } = e;
    const forged = fake.submitStaleModal(fake.world.users.admin, 'reelbot-form:keys:purge:provider=fal', {
      key: 'whatever-it-is-123',
    });
    typed.push('whatever-it-is-123');
    expect(await fake.waitForAck(forged)).toBe(4);
    expect((await privateAnswer(forged)).content).toBe('This form no longer does anything.');
  });
});
