import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../../src/core/clip/clip.ts';
import type { Place } from '../../../src/core/place.ts';
import { DiscordE2E } from './harness.ts';

let e: DiscordE2E;
let place: Place;
let ref: MessageRef;
let messageId: string;

beforeAll(async () => {
  e = await DiscordE2E.start('voters');
  place = e.clipsPlace();
  ref = await e.adapter.messenger.say(place, 'Vote for your favourite!');
  messageId = ref.id.split(':')[2]!;
});
afterAll(async () => {
  await e?.close();
});

const gets = () =>
  e.fake.state.requests.filter(
    (r) =>
      r.method === 'GET' &&
      r.path.startsWith(`/channels/${place.channelId}/messages/${messageId}/reactions/`),
  );

describe('voters(): Discord’s own list of who reacted', () => {
  it('pages through 100 at a time and maps every user, bots flagged, account age from the snowflake', async () => {
    const { fake } = e;
    const crowd = Array.from({ length: 230 }, (_, i) => fake.addMember(`fan${i}`));
    for (const user of crowd) fake.react(user.id, messageId, '🔥');
    fake.react(fake.world.users.otherBot.id, messageId, '🔥');
    fake.react(fake.world.users.alice.id, messageId, '👍'); // another emoji: not in this list
    const before = gets().length;

    const voters = await e.adapter.messenger.voters!(ref, '🔥');

    expect(voters).toHaveLength(231);
    expect(new Set(voters.map((v) => v.id)).size).toBe(231);
    expect(voters.filter((v) => v.bot).map((v) => v.id)).toEqual([fake.world.users.otherBot.id]);
    const fan = voters.find((v) => v.id === crowd[7]!.id)!;
    expect(fan).toMatchObject({ name: 'fan7' });
    expect(fan.since).toBe(fake.state.ids.timeOf(crowd[7]!.id));
    // 231 users: pages of 100, 100 and 31, each after the last id of the one before.
    const pages = gets().slice(before);
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(pages.map((r) => r.path.split('/').at(-1))).toEqual(['🔥', '🔥', '🔥']);
  });

  it('knows reactions added while the bot’s gateway was down', async () => {
    const { fake } = e;
    const { bob, carol } = fake.world.users;
    expect(await e.adapter.ready!()).toBe(true); // what /readyz reports for Discord
    await e.adapter.stop();
    expect(fake.state.gateway?.connected).toBe(0);
    expect(await e.adapter.ready!()).toBe(false);
    fake.react(bob.id, messageId, '👏');
    fake.react(carol.id, messageId, '👏');
    await e.restart();
    expect(await e.adapter.ready!()).toBe(true);

    const voters = await e.adapter.messenger.voters!(ref, 'clap'); // the name works as well
    expect(voters.map((v) => v.id).sort()).toEqual([bob.id, carol.id].sort());
    expect(voters.find((v) => v.id === bob.id)).toMatchObject({ name: 'Bob' });
  });

  it('a custom emoji is addressed as name:id; a deleted message or unknown name has no voters', async () => {
    const { fake } = e;
    const custom = `reelvote:${fake.state.ids.next()}`;
    fake.react(fake.world.users.alice.id, messageId, custom);
    expect((await e.adapter.messenger.voters!(ref, `<:${custom}>`)).map((v) => v.id)).toEqual([
      fake.world.users.alice.id,
    ]);
    expect(await e.adapter.messenger.voters!(ref, 'no_such_reaction_name')).toEqual([]);
    fake.message(messageId)!.deleted = true;
    expect(await e.adapter.messenger.voters!(ref, '🔥')).toEqual([]);
  });
});
