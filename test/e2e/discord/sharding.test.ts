import { afterAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../fakes/discord/gateway.ts';
import { DiscordE2E, until } from './harness.ts';

const EPHEMERAL = 64;
const running: DiscordE2E[] = [];

afterAll(async () => {
  for (const e of running) await e.close();
});

async function start(name: string, shards: string): Promise<DiscordE2E> {
  const e = await DiscordE2E.start(name, {
    renderMs: 800,
    env: { DISCORD_SHARDS: shards },
    // Two identifies at once (max_concurrency 2), so the shards need not wait 5 s for each other.
    fake: { recommendedShards: 2, maxConcurrency: 2 },
  });
  running.push(e);
  return e;
}

describe('Discord sharding (DISCORD_SHARDS)', () => {
  it('auto: takes Discord’s recommended count, and each shard serves its own servers', async () => {
    const e = await start('shards-auto', 'auto');
    const { fake } = e;
    const gateway = fake.state.gateway!;
    expect(gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(gateway.readyShards).toHaveLength(2);
    // The two servers fall on different shards.
    const [first, second] = fake.world.guilds.map((g) => shardOf(g.id, 2));
    expect(first).not.toBe(second);

    for (const channel of [fake.world.channels.general, fake.world.channels.lounge]) {
      const run = fake.runSlashCommand({
        user: fake.world.users.carol,
        subcommand: 'help',
        channelId: channel.id,
      });
      expect(await fake.waitForAck(run)).toBe(4);
      expect(fake.message(run.originalId!)!.flags & EPHEMERAL).toBe(EPHEMERAL);
    }
    const interactions = gateway.sent.filter((s) => s.event === 'INTERACTION_CREATE').map((s) => s.shard);
    expect(interactions).toEqual([first, second]);
  });

  it('a clip made and voted on in the second server goes through that server’s shard', async () => {
    const e = running[0]!;
    const { fake } = e;
    const lounge = fake.world.channels.lounge;
    const run = fake.runSlashCommand({
      user: fake.world.users.alice,
      subcommand: 'generate',
      channelId: lounge.id,
      options: { prompt: 'a lantern festival over a river', duration: 4 },
    });
    await fake.waitForAck(run);
    const card = fake.message(run.originalId!)!;
    const clip = await e.waitForEnd((await e.clipOfMessage(lounge.id, card.id)).id);
    expect(clip).toMatchObject({ state: 'posted', place: { workspaceId: fake.world.guilds[1]!.id } });
    const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
    fake.react(fake.world.users.bob.id, video.id);
    await until(
      () => e.logs.some((l) => l.startsWith('debug vote ') && l.includes(fake.world.users.bob.id)),
      5000,
      'the vote',
    );
    expect(await e.app.store.votes.voters(clip.id)).toEqual([fake.world.users.bob.id]);
    const lastReaction = fake.state.gateway!.sent.filter((s) => s.event === 'MESSAGE_REACTION_ADD').at(-1);
    expect(lastReaction?.shard).toBe(shardOf(fake.world.guilds[1]!.id, 2));
  });

  it('a fixed count connects that many shards', async () => {
    const e = await start('shards-fixed', '2');
    const gateway = e.fake.state.gateway!;
    expect(gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const run = e.fake.runSlashCommand({
      user: e.fake.world.users.carol,
      subcommand: 'help',
      channelId: e.fake.world.channels.lounge.id,
    });
    expect(await e.fake.waitForAck(run)).toBe(4);
  });
});
