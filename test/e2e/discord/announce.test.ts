import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/place.ts';
import { DiscordE2E } from './harness.ts';

let e: DiscordE2E;
let place: Place;

beforeAll(async () => {
  e = await DiscordE2E.start('announce');
  place = e.clipsPlace();
});
afterAll(async () => {
  await e?.close();
});

describe('say: announcements that ping exactly the members named', () => {
  it('pings each notify member once and nobody the text names', async () => {
    const { fake } = e;
    const { alice, bob, carol, otherBot } = fake.world.users;
    const text = `Contest over! Winner: <@${carol.id}> @everyone **bold** <@&${fake.world.roles.mods.id}>`;
    const ref = await e.adapter.messenger.say(place, text, {
      notify: [
        { id: alice.id, name: 'Alice' },
        { id: bob.id, name: 'Bob' },
        { id: alice.id, name: 'Alice again' },
        { id: otherBot.id, name: 'otherbot', bot: true },
      ],
    });
    expect(ref.surface).toBe('discord');
    const message = fake.messages().find((m) => ref.id.endsWith(m.id))!;
    expect(message.channelId).toBe(place.channelId);
    expect(message.pinged.sort()).toEqual([alice.id, bob.id].sort());
    expect(message.content.startsWith(`<@${alice.id}> <@${bob.id}>\n`)).toBe(true);
    // The text's own mention syntax shows literally and pings no one.
    expect(message.content).toContain(`\\<@${carol.id}>`);
    expect(message.content).toContain('@\u200beveryone');
    expect(message.content).toContain('\\*\\*bold\\*\\*');
    expect(ref.key).toBe(`discord:${place.channelId}:${message.id}`);
  });

  it('with no one to notify, pings no one; a long text is cut to one message', async () => {
    const { fake } = e;
    const ref = await e.adapter.messenger.say(place, `<@${fake.world.users.bob.id}> ${'x'.repeat(5000)}`);
    const message = fake.messages().find((m) => ref.id.endsWith(m.id))!;
    expect(message.pinged).toEqual([]);
    expect(message.content.length).toBeLessThanOrEqual(2000);
    expect(message.content.endsWith('…')).toBe(true);
  });

  it('names at most 40 of a crowd (allowed_mentions caps users at 100) and the text still fits', async () => {
    const { fake } = e;
    const crowd = Array.from({ length: 120 }, () => ({ id: fake.state.ids.next(), name: 'm' }));
    const ref = await e.adapter.messenger.say(place, 'Voting is open!', { notify: crowd });
    const message = fake.messages().find((m) => ref.id.endsWith(m.id))!;
    expect(message.pinged).toHaveLength(40);
    expect(message.content).toContain('Voting is open!');
  });
});

describe('say is safe to retry', () => {
  it('posts the same announcement in the same channel once (enforce_nonce), another text anew', async () => {
    const { fake } = e;
    const first = await e.adapter.messenger.say(place, 'Voting is open until 18:00.');
    const again = await e.adapter.messenger.say(place, 'Voting is open until 18:00.');
    const other = await e.adapter.messenger.say(place, 'Voting is open until 19:00.');
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    expect(fake.messages().filter((m) => m.content === 'Voting is open until 18:00.')).toHaveLength(1);
  });
});

describe('platform 429s reach /metrics', () => {
  it('counts each 429 discord.js waited out, and the message still goes out once', async () => {
    const { fake } = e;
    const metric = async () =>
      (await e.app.metrics.platformRateLimits.get()).values.find((v) => v.labels.surface === 'discord')
        ?.value ?? 0;
    const before = await metric();
    const posts = () => fake.messages().filter((m) => m.content === 'Voting closes soon.').length;
    fake.inject429({ method: 'POST', path: /^\/channels\/\d+\/messages$/, count: 2, retryAfterMs: 50 });
    await e.adapter.messenger.say(place, 'Voting closes soon.');
    expect(fake.state.rateLimited).toBe(2);
    expect(await metric()).toBe(before + 2);
    expect(posts()).toBe(1);
  });
});
