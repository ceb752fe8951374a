import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeMessage } from '../../fakes/discord/records.ts';
import { DiscordE2E, until } from './harness.ts';

let e: DiscordE2E;
let clip: Clip;
let card: FakeMessage;
let video: FakeMessage;

beforeAll(async () => {
  e = await DiscordE2E.start('votes', { renderMs: 800 });
  const run = e.fake.runSlashCommand({
    user: e.fake.world.users.alice,
    subcommand: 'generate',
    options: { prompt: 'a lighthouse keeper feeds the gulls', duration: 4 },
  });
  await e.fake.waitForAck(run);
  card = e.fake.message(run.originalId!)!;
  clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
  video = await e.fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
  await e.settled();
});
afterAll(async () => {
  await e?.close();
});

/** Reaction events the bot has finished handling (each logs one `vote` line). */
const handled = () => e.logs.filter((line) => /^debug vote(?: removed| kept)? /.test(line)).length;
const voters = async () => (await e.app.store.votes.voters(clip.id)).sort();

describe('votes are reactions with the vote emoji, and survive a restart', () => {
  it('counts a member once, never a bot or the author; the bot seeds the emoji without voting', async () => {
    const { fake } = e;
    const { alice, bob, otherBot } = fake.world.users;
    // The bot added 👍 to the clip so members only have to click it (before the clip was posted,
    // so that event found no clip to vote on).
    expect(video.reactions.get('👍')).toEqual([fake.world.bot.id]);

    fake.react(otherBot.id, video.id);
    fake.react(alice.id, video.id);
    fake.react(bob.id, video.id);
    fake.react(bob.id, card.id); // the same member on the card too: still one vote
    fake.react(bob.id, video.id, '🔥'); // another emoji is not a vote
    await until(() => handled() >= 4, 5000, 'the four vote reactions');
    expect(await voters()).toEqual([bob.id]);
    expect(await e.app.store.votes.count(clip.id)).toBe(1);
  });

  it('takes the vote back only when the member’s last vote reaction on the clip goes', async () => {
    const { fake } = e;
    const { bob } = fake.world.users;
    const before = handled();
    fake.unreact(bob.id, card.id);
    await until(() => handled() >= before + 1, 5000, 'the first removal');
    expect(await voters()).toEqual([bob.id]); // still reacting on the video
    fake.unreact(bob.id, video.id);
    await until(() => handled() >= before + 2, 5000, 'the second removal');
    expect(await voters()).toEqual([]);
  });

  it('counts reactions on messages from before a restart', async () => {
    const { fake } = e;
    const { carol, bob } = fake.world.users;
    await e.restart();
    const before = handled();
    fake.react(carol.id, video.id);
    fake.react(bob.id, card.id);
    await until(() => handled() >= before + 2, 10_000, 'votes after the restart');
    expect(await voters()).toEqual([bob.id, carol.id].sort());
    fake.unreact(carol.id, video.id);
    await until(() => handled() >= before + 3, 10_000, 'a removal after the restart');
    expect(await voters()).toEqual([bob.id]);
  });

  it('keeps the buttons of messages from before a restart working', async () => {
    const { fake } = e;
    const click = fake.clickButton(fake.world.users.carol, video.id, `reelbot:remix:${clip.id}`);
    expect(await fake.waitForAck(click)).toBe(9);
    expect(JSON.stringify(click.modal)).toContain(clip.prompt);
  });
});
