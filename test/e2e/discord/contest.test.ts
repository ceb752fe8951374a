import type { APIUser } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeMessage } from '../../fakes/discord/records.ts';
import { DiscordE2E, until } from './harness.ts';

let e: DiscordE2E;

beforeAll(async () => {
  // Contest windows of seconds, so a whole contest runs in the test (the default minimum is 60 s).
  e = await DiscordE2E.start('contest', { renderMs: 600, env: { CONTEST_MIN_WINDOW_S: '1' } });
});
afterAll(async () => {
  await e?.close();
});

/** Bot messages in the channel that are not interaction answers: the contest's announcements. */
const announcements = () =>
  e.fake
    .messages()
    .filter((m) => m.author.id === e.fake.world.bot.id && !m.interactionId && m.attachments.length === 0);

interface Embed {
  title: string;
  url?: string;
  author: { name: string };
  footer: { text: string };
  thumbnail?: { url: string };
}
const MESSAGE_LINK = /^https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/;
const embedsOf = (message: FakeMessage) => message.embeds as unknown as Embed[];
const linkTo = (video: FakeMessage) =>
  `https://discord.com/channels/${e.fake.world.guildId}/${video.channelId}/${video.id}`;
/** Every embed shows its clip's thumbnail: a JPEG sent with the message and named by the embed. */
function expectThumbnails(message: FakeMessage): void {
  const embeds = embedsOf(message);
  expect(embeds.length).toBeGreaterThan(0);
  for (const embed of embeds) {
    const name = embed.thumbnail?.url.replace(/^attachment:\/\//, '');
    const file = message.attachments.find((f) => f.filename === name);
    expect(file?.data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  }
}

const openContest = () =>
  e.app.store.contests.openIn(`discord:${e.fake.world.guildId}:${e.fake.world.channels.general.id}`);

async function enter(user: APIUser, prompt: string): Promise<{ clip: Clip; video: FakeMessage }> {
  const { fake } = e;
  const run = fake.runSlashCommand({
    user,
    subcommand: 'generate',
    options: { prompt, duration: 4, contest: 'yes' },
  });
  await fake.waitForAck(run);
  const card = fake.message(run.originalId!)!;
  const clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
  const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
  return { clip, video };
}

describe('a prompt contest on Discord, start to results', () => {
  it('refuses members without Manage Server: nothing starts, nothing is announced', async () => {
    const { fake } = e;
    const before = announcements().length;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      group: 'contest',
      subcommand: 'start',
      options: { theme: 'night markets', submit: '3s', vote: '4s' },
    });
    expect((await e.privateAnswer(run)).content).toContain('Only admins can start a contest');
    expect(await openContest()).toBeUndefined();
    expect(announcements().length).toBe(before);
  });

  it('refuses a contest channel of another server', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.admin,
      group: 'contest',
      subcommand: 'start',
      options: {
        theme: 'night markets',
        submit: '3s',
        vote: '4s',
        channel: `<#${fake.world.channels.lounge.id}>`,
      },
    });
    expect((await e.privateAnswer(run)).content).toContain('not a text channel of this server');
    expect(await openContest()).toBeUndefined();
  });

  it('runs: entries, votes by reaction (one cast while the bot was stopped), results with credits', async () => {
    const { fake } = e;
    const { admin, alice, carol, bob, mallory, otherBot } = fake.world.users;

    const start = fake.runSlashCommand({
      user: admin,
      group: 'contest',
      subcommand: 'start',
      options: { theme: 'night markets', submit: '3s', vote: '6s' },
    });
    expect((await e.privateAnswer(start)).content).toContain('Started contest');
    const opened = await fake.waitForMessage((m) => m.content.includes('Contest started by'));
    expect(opened.pinged).toEqual([]);
    const contestId = await openContest();
    expect(contestId).toBeDefined();

    // Two members enter during the submission window.
    const [a, c] = await Promise.all([
      enter(alice, 'lanterns over a night market, steam rising'),
      enter(carol, 'a night market in the rain, neon reflections'),
    ]);
    expect(a.clip.contestId).toBe(contestId);
    expect(c.clip.contestId).toBe(contestId);

    // Voting opens on its own (a delayed job), announced in the channel with each entry to vote on.
    const voting = await fake.waitForMessage((m) => m.content.includes('Voting is open'), 10_000);
    // An entry still uploading when voting opened links to its card; a posted one to its video.
    expect(
      embedsOf(voting)
        .map((embed) => embed.footer.text)
        .sort(),
    ).toEqual([`clip ${a.clip.id}`, `clip ${c.clip.id}`].sort());
    for (const embed of embedsOf(voting)) expect(embed.url).toMatch(MESSAGE_LINK);

    // Votes heard through the gateway: Bob for Alice; Alice on her own entry and another bot do not
    // count (the reelbot's own seed reaction on each entry is no vote at all).
    fake.react(bob.id, a.video.id);
    fake.react(alice.id, a.video.id);
    fake.react(otherBot.id, c.video.id);
    const heard = (id: string) =>
      e.logs.some((l) => l.startsWith('debug vote ') && l.includes(`"voter":"${id}"`));
    await until(() => [bob.id, alice.id, otherBot.id].every(heard), 5000, 'the three reactions handled');

    // The bot's gateway goes down; two members vote for Carol meanwhile (on the video and the card).
    await e.adapter.stop();
    fake.react(mallory.id, c.video.id);
    fake.react(admin.id, c.video.id);
    await e.restart();

    // Close: counted from Discord's own reaction lists, announced with each entry's link.
    const result = await fake.waitForMessage((m) => m.content.includes('is over'), 15_000);
    const contest = (await e.app.store.contests.get(contestId!))!;
    expect(contest.state).toBe('closed');
    expect(contest.result!.ranking.map((r) => [r.clipId, r.votes])).toEqual([
      [c.clip.id, 2],
      [a.clip.id, 1],
    ]);
    expect(contest.result!.accounting).toMatchObject({ counted: 3, self: 1, bots: 1, foundAtClose: 2 });
    // Each winner is an embed linking to the clip, with its author, votes and thumbnail; the
    // content has the words around them and does not list them again.
    expect(
      embedsOf(result).map((embed) => [embed.title, embed.url, embed.author.name, embed.footer.text]),
    ).toEqual([
      ['1. 2 votes', linkTo(c.video), 'Carol', `clip ${c.clip.id}`],
      ['2. 1 vote', linkTo(a.video), 'Alice', `clip ${a.clip.id}`],
    ]);
    expectThumbnails(result);
    expect(result.content).not.toContain('clip ');
    expect(result.content).toContain('How votes were counted: 3 votes counted;');
    // The entrants with votes are told, pinged once each; nobody else.
    expect(result.pinged.sort()).toEqual([alice.id, carol.id].sort());
    expect(result.content.startsWith(`<@${carol.id}> <@${alice.id}>\n`)).toBe(true);
  });

  it('shows the result afterwards with /sora contest leaderboard', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      group: 'contest',
      subcommand: 'leaderboard',
    });
    const answer = await e.publicAnswer(run);
    expect(answer.content).toContain('night markets');
    expect(answer.pinged).toEqual([]);
    // The final results, each entry an embed with its link and thumbnail.
    const embeds = embedsOf(answer);
    expect(embeds.map((embed) => embed.title)).toEqual(['1. 2 votes', '2. 1 vote']);
    for (const embed of embeds) expect(embed.url).toMatch(MESSAGE_LINK);
    expectThumbnails(answer);
  });
});

describe('/sora top on Discord', () => {
  it('draws each clip as an embed with its link, author, votes and thumbnail, pinging no one', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      subcommand: 'top',
      options: { period: 'all' },
    });
    const answer = await e.publicAnswer(run);
    expect(answer.pinged).toEqual([]);
    const rows = await e.app.services.leaderboard.top(
      { surface: 'discord', workspaceId: fake.world.guildId, channelId: fake.world.channels.general.id },
      'all',
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const embeds = answer.embeds as {
      title: string;
      url?: string;
      author: { name: string };
      footer: { text: string };
      thumbnail?: { url: string };
    }[];
    expect(embeds.map((m) => m.footer.text)).toEqual(rows.slice(0, 10).map((r) => `clip ${r.clipId}`));
    for (const [i, embed] of embeds.entries()) {
      const row = rows[i]!;
      expect(embed.title).toBe(`${row.rank}. ${row.votes} ${row.votes === 1 ? 'vote' : 'votes'}`);
      expect(embed.url).toMatch(new RegExp(`^https://discord.com/channels/${fake.world.guildId}/\\d+/\\d+$`));
      expect(embed.author.name).toBe(row.author.name);
      // The thumbnail travels with the reply as an attachment the embed points at.
      expect(embed.thumbnail?.url).toBe(`attachment://clip-${row.clipId}.jpg`);
      const file = answer.attachments.find((a) => a.filename === `clip-${row.clipId}.jpg`)!;
      expect(file.data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff])); // a JPEG
    }
    expect(answer.content).toContain('Ties');
  });
});

describe('cancelling a contest is for admins', () => {
  it('refuses a member without Manage Server, then an admin cancels it', async () => {
    const { fake } = e;
    const start = fake.runSlashCommand({
      user: fake.world.users.admin,
      group: 'contest',
      subcommand: 'start',
      options: { theme: 'tiny robots', submit: '1h', vote: '1h' },
    });
    expect((await e.privateAnswer(start)).content).toContain('Started contest');
    const contestId = (await openContest())!;

    // An entry, then the admins change the server's vote emoji: on the entry, the contest's 👍 is
    // still the vote and the new 🎉 is not.
    const { alice, carol, bob } = fake.world.users;
    const entry = await enter(alice, 'a tiny robot watering a bonsai');
    const change = fake.runSlashCommand({
      user: fake.world.users.admin,
      subcommand: 'settings',
      options: { setting: 'vote_emoji', value: '🎉' },
    });
    expect((await e.privateAnswer(change)).content).toContain('is now 🎉');
    // An entry made after the change is seeded with the contest's emoji, not the server's new one.
    const late = await enter(carol, 'a tiny robot asleep in a teacup');
    await until(() => late.video.reactions.get('👍')?.length, 5000, 'the seed reaction');
    expect(late.video.reactions.has('🎉')).toBe(false);
    const mark = e.logs.length;
    fake.react(carol.id, entry.video.id, '👍');
    fake.react(bob.id, entry.video.id, '🎉');
    const heard = (id: string) =>
      e.logs.slice(mark).some((l) => l.startsWith('debug vote ') && l.includes(`"voter":"${id}"`));
    await until(() => heard(carol.id), 5000, 'Carol’s vote');
    await new Promise((r) => setTimeout(r, 300)); // room for a wrong vote to land
    expect(heard(bob.id)).toBe(false);
    expect((await e.app.store.contests.votes(contestId, entry.clip.id)).map((v) => v.voter.id)).toEqual([
      carol.id,
    ]);

    const refused = fake.runSlashCommand({
      user: fake.world.users.bob,
      group: 'contest',
      subcommand: 'cancel',
    });
    expect((await e.privateAnswer(refused)).content).toContain('Only admins can cancel a contest');
    expect((await e.app.store.contests.get(contestId))?.state).toBe('submissions');

    const cancel = fake.runSlashCommand({
      user: fake.world.users.admin,
      group: 'contest',
      subcommand: 'cancel',
    });
    await e.privateAnswer(cancel);
    expect((await e.app.store.contests.get(contestId))?.state).toBe('cancelled');
    expect(await openContest()).toBeUndefined();
  });
});
