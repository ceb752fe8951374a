import type { APIUser } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordE2E, EPHEMERAL, until } from './harness.ts';

let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('workspace', { renderMs: 800 });
});
afterAll(async () => {
  await e?.close();
});

const guild = () => ({ surface: 'discord', workspaceId: e.fake.world.guildId });

async function generate(user: APIUser, prompt: string) {
  const run = e.fake.runSlashCommand({ user, subcommand: 'generate', options: { prompt, duration: 4 } });
  await e.fake.waitForAck(run);
  return run;
}

describe('settings are for admins (Manage Server)', () => {
  it('refuses a member without Manage Server and changes nothing', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      subcommand: 'settings',
      options: { setting: 'vote_emoji', value: '🔥' },
    });
    const answer = await e.privateAnswer(run);
    expect(answer.content).toContain('Only admins');
    expect((await e.app.services.workspace.effective(guild())).voteEmoji).toBeUndefined();
    expect(await e.app.store.settings.history(`discord:${fake.world.guildId}`, 5)).toEqual([]);
    // Nothing public was said about it.
    expect(fake.messages().filter((m) => m.interactionId === run.id && !(m.flags & EPHEMERAL))).toEqual([]);
  });

  it('lets an admin change the vote emoji, logged with their name', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.admin,
      subcommand: 'settings',
      options: { setting: 'vote_emoji', value: '🔥' },
    });
    const answer = await e.privateAnswer(run);
    expect(answer.content).toContain('vote\\_emoji is now 🔥');
    expect((await e.app.services.workspace.effective(guild())).voteEmoji).toBe('🔥');
    const [change] = await e.app.store.settings.history(`discord:${fake.world.guildId}`, 5);
    expect(change).toMatchObject({ by: { id: fake.world.users.admin.id } });
  });
});

describe('the server’s vote emoji', () => {
  it('seeds the next clip with it, and only reactions with it count as votes', async () => {
    const { fake } = e;
    const { alice, bob, carol } = fake.world.users;
    const run = await generate(alice, 'a paper boat in a rain gutter');
    const card = fake.message(run.originalId!)!;
    const clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
    expect(clip.state).toBe('posted');
    const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
    await until(() => video.reactions.get('🔥')?.length, 5000, 'the bot’s 🔥');
    expect(video.reactions.get('🔥')).toEqual([fake.world.bot.id]);
    expect(video.reactions.has('👍')).toBe(false);

    fake.react(bob.id, video.id, '🔥');
    fake.react(carol.id, video.id, '👍'); // the old default: no longer a vote here
    fake.react(carol.id, card.id, '🔥\uFE0F'); // the same emoji with a variation selector
    // Three reaction events reach the bot; each handled one logs a `vote` line.
    const heard = (id: string) =>
      e.logs.some((l) => l.startsWith('debug vote ') && l.includes(`"voter":"${id}"`));
    await until(() => heard(bob.id) && heard(carol.id), 5000, 'two votes');
    await new Promise((r) => setTimeout(r, 300)); // room for a wrong third vote to land
    expect((await e.app.store.votes.voters(clip.id)).sort()).toEqual([bob.id, carol.id].sort());

    // The platform's own list agrees (what contests reconcile with at close): the video's and the
    // card's reactions together, without the bot's own seed reaction.
    const voters = await e.adapter.messenger.voters!(clip.delivery!, '🔥');
    expect(voters.map((v) => v.id).sort()).toEqual([bob.id, carol.id].sort());
    expect(await e.adapter.messenger.link!(clip.delivery!)).toBe(
      `https://discord.com/channels/${fake.world.guildId}/${video.channelId}/${video.id}`,
    );
  });
});

describe('naming members needs their consent (issue 8)', () => {
  it('refuses a prompt that mentions a member who has not opted in, at no cost, saying why', async () => {
    const { fake, sim } = e;
    const { alice, carol } = fake.world.users;
    const creates = sim.stats().createRequests;
    const usage = await e.app.services.workspace.usage(
      { id: alice.id, name: 'Alice' },
      {
        ...guild(),
        channelId: fake.world.channels.general.id,
      },
    );
    const run = await generate(alice, `<@${carol.id}> surfing a giant wave`);
    const answer = await e.privateAnswer(run);
    expect(answer.content).toContain('Your prompt names Carol');
    expect(answer.content).toContain('consent on');
    expect(fake.message(run.originalId!)!.deleted).toBe(true); // the public "thinking…" is gone
    await e.settled();
    expect(sim.stats().createRequests).toBe(creates);
    const after = await e.app.services.workspace.usage(
      { id: alice.id, name: 'Alice' },
      {
        ...guild(),
        channelId: fake.world.channels.general.id,
      },
    );
    expect(after.member.day).toEqual(usage.member.day);
    expect(after.workspace.day).toEqual(usage.workspace.day);
  });

  it('the same prompt goes through once that member ran /sora consent on', async () => {
    const { fake } = e;
    const { alice, carol } = fake.world.users;
    const consent = fake.runSlashCommand({ user: carol, subcommand: 'consent', options: { choice: 'on' } });
    expect((await e.privateAnswer(consent)).content).toContain('Others may name you');
    const run = await generate(alice, `<@${carol.id}> surfing a giant wave`);
    const card = fake.message(run.originalId!)!;
    const clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
    expect(clip.state).toBe('posted');
  });

  it('also screens the Remix modal’s text, where mentions come without resolved users', async () => {
    const { fake } = e;
    const { alice, bob } = fake.world.users;
    const run = await generate(alice, 'a quiet harbour at dawn');
    const card = fake.message(run.originalId!)!;
    const clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
    const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
    const remix = fake.clickButton(alice, video.id, `reelbot:remix:${clip.id}`);
    await fake.waitForAck(remix);
    const submit = fake.submitModal(alice, remix, { prompt: `a quiet harbour at dawn with <@${bob.id}>` });
    const answer = await e.privateAnswer(submit);
    // Bob's name comes from the guild's member cache (GUILD_CREATE), not from the interaction.
    expect(answer.content).toContain('Your prompt names Bob');
    expect(await e.app.store.clips.children(clip.id)).toEqual([]);
  });
});
