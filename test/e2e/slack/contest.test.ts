import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRef } from '../../../adapters/slack/refs.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { type FakeMessage, TEAM_ID } from '../../fakes/slack/index.ts';
import {
  ADA,
  ADMIN,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  OTHER_BOT,
  type SlackBot,
  slashAnswer,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';

const CAROL = 'U_CAROL';
const MALLORY = 'U_MALLORY';

let bot: SlackBot;

beforeAll(async () => {
  // Contest windows of seconds, so a whole contest runs in the test (the default minimum is 60 s).
  bot = await startSlackBot('slack-contest', { renderMs: 600, env: { CONTEST_MIN_WINDOW_S: '1' } });
  bot.fake.addUser({ id: CAROL, name: 'carol' });
  bot.fake.addUser({ id: MALLORY, name: 'mallory' });
});
afterAll(async () => {
  await bot?.close();
});

/** Run `/sora <text>` as `user`; the bot's answer (its response_url post). */
async function command(
  user: string,
  text: string,
): Promise<{
  text: string;
  public: boolean;
  blocks?: { type: string; text?: { text: string }; accessory?: unknown }[];
}> {
  const answer = await slashAnswer(bot, user, text);
  return {
    text: String(answer.text),
    public: answer.response_type === 'in_channel',
    ...(answer.blocks ? { blocks: answer.blocks as { type: string; text?: { text: string } }[] } : {}),
  };
}

const openContest = () => bot.app.store.contests.openIn(`slack:${TEAM_ID}:${CHANNEL}`);
/** A clip's thread root: the channel message a slash command opens its thread with. */
const isRoot = (m: FakeMessage) => m.text.includes(' is making a video');
/** The bot's messages in the channel that open no thread: the contest's announcements. */
const announcements = () =>
  bot.fake.state.messages.filter(
    (m) => m.channel === CHANNEL && m.user === 'U_BOT' && !m.threadTs && !isRoot(m),
  );
const announced = (what: string, timeoutMs = 15_000) =>
  until(what, () => announcements().find((m) => m.text.includes(what)), timeoutMs);
/** Every `<…>` in a text: what Slack would act on (mentions, links, channel pings). */
const live = (text: string) => text.match(/<[^>]*>/g) ?? [];

type EntrySection = { type: string; text: { text: string }; accessory?: { slack_file?: { id: string } } };
/** A board's clip sections: a place (`*1.*`), then the prompt quoted (and linked). */
const entrySections = (message: Pick<FakeMessage, 'blocks'>) =>
  ((message.blocks ?? []) as EntrySection[]).filter(
    (b) => b.type === 'section' && /\*\d+\.\* (<[^|>]+\|)?“/.test(b.text.text),
  );
/** Each section shows its clip's thumbnail: a JPEG uploaded to Slack once, shared nowhere. */
function expectThumbnails(sections: EntrySection[]): void {
  for (const section of sections) {
    const file = bot.fake.state.files.get(section.accessory!.slack_file!.id)!;
    expect(file.bytes!.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(file.channel).toBeUndefined();
  }
}

interface Entry {
  clip: Clip;
  root: FakeMessage;
  card: FakeMessage;
  videoTs: string;
}

async function enter(user: string, prompt: string): Promise<Entry> {
  const roots = () =>
    bot.fake.state.messages.filter(
      (m) => m.channel === CHANNEL && !m.threadTs && m.user === 'U_BOT' && m.blocks && isRoot(m),
    );
  const before = new Set(roots().map((m) => m.ts));
  await bot.driver.slashCommand({ text: `${prompt}, 4 seconds, contest yes`, user, channel: CHANNEL });
  const root = await until('the entry’s thread', () =>
    roots().find((m) => !before.has(m.ts) && JSON.stringify(m.blocks).includes(prompt)),
  );
  const card = await until('the entry’s card', () => threadMessages(bot, root.ts)[0]);
  const clip = await finished(bot, (await clipOfMessage(bot, card)).id);
  const video = readRef(clip.delivery!);
  return { clip, root, card, videoTs: video?.kind === 'file' ? video.ts! : '' };
}

describe('a prompt contest on Slack, start to results', () => {
  it('refuses a member who is no admin: nothing starts, nothing is announced', async () => {
    const before = announcements().length;
    const answer = await command(BOB, 'contest start theme:"night markets" submit:3s vote:4s');
    expect(answer.text).toContain('Only admins can start a contest');
    expect(answer.public).toBe(false);
    expect(await openContest()).toBeUndefined();
    expect(announcements()).toHaveLength(before);
  });

  it('runs: entries, votes by reaction (two cast while the bot heard nothing), results with credits', async () => {
    const answer = await command(ADMIN, 'contest start theme:"night markets" submit:3s vote:4s entries:1');
    expect(answer.text).toContain('Started contest “night markets”');
    const opened = await announced('Contest started by grace');
    expect(live(opened.text)).toEqual([]);
    expect(opened.text).toContain(':+1:');
    const contestId = await openContest();
    expect(contestId).toBeDefined();

    // Two members enter during the submission window.
    const [ada, bob] = await Promise.all([
      enter(ADA, 'lanterns over a night market'),
      enter(BOB, 'a night market in the rain'),
    ]);
    expect([ada.clip.contestId, bob.clip.contestId]).toEqual([contestId, contestId]);

    // Voting opens on its own (a delayed job), announced in the channel with each entry.
    const voting = await announced('Voting is open');
    expect(
      entrySections(voting)
        .map((b) => b.text.text)
        .join('\n'),
    ).toContain('“lanterns over a night market”');
    expect(entrySections(voting)).toHaveLength(2);
    const readsBeforeClose = bot.fake.state.callsOf('reactions.get').length;

    // Heard as events: Carol for Ada (on the channel message), Ada for herself, a bot for Bob.
    const react = (user: string, ts: string) =>
      bot.driver.reaction('reaction_added', { user, reaction: '+1', channel: CHANNEL, ts });
    await react(CAROL, ada.root.ts);
    await react(ADA, ada.videoTs);
    await react(OTHER_BOT, bob.videoTs);
    const heard = async () =>
      (await bot.app.store.contests.votes(contestId!, ada.clip.id)).length +
      (await bot.app.store.contests.votes(contestId!, bob.clip.id)).length;
    await until('three votes heard', async () => (await heard()) >= 3);

    // Slack records two more votes for Bob whose events never reach the bot (it was down):
    // Mallory on the video, Grace on the status message, one skin-toned.
    bot.fake.state.react(CHANNEL, bob.videoTs, MALLORY, '+1');
    bot.fake.state.react(CHANNEL, bob.card.ts, ADMIN, '+1::skin-tone-5');

    // Close: counted from Slack's own reaction lists, announced with each entry's link.
    const result = await announced('is over');
    const contest = (await bot.app.store.contests.get(contestId!))!;
    expect(contest.state).toBe('closed');
    // The close read each entry's three messages once: channel message, status message, video.
    expect(bot.fake.state.callsOf('reactions.get').length - readsBeforeClose).toBe(6);
    expect(contest.result!.ranking.map((r) => [r.clipId, r.votes])).toEqual([
      [bob.clip.id, 2],
      [ada.clip.id, 1],
    ]);
    expect(contest.result!.accounting).toMatchObject({ counted: 3, self: 1, bots: 1, foundAtClose: 2 });
    const lines = result.text.split('\n');
    const link = (e: Entry) => `https://fake.slack.test/archives/${CHANNEL}/p${e.videoTs.replace('.', '')}`;
    expect(lines.find((l) => l.includes('1st'))).toContain(
      `clip ${bob.clip.id} by bob, 2 votes ${link(bob)}`,
    );
    expect(lines.find((l) => l.includes('2nd'))).toContain(`clip ${ada.clip.id} by ada, 1 vote ${link(ada)}`);
    // The entrants with votes are told, each pinged once; nothing else in it is live.
    expect(live(result.text).sort()).toEqual([`<@${ADA}>`, `<@${BOB}>`].sort());
    // Drawn as blocks: each winner's prompt links to its video, its thumbnail beside it.
    const sections = entrySections(result);
    expect(sections.map((b) => b.text.text)).toEqual([
      `:first_place_medal: *1.* <${link(bob)}|“a night market in the rain”> by bob · 2 votes`,
      `:second_place_medal: *2.* <${link(ada)}|“lanterns over a night market”> by ada · 1 vote`,
    ]);
    expectThumbnails(sections);
    const blocksText = JSON.stringify(result.blocks);
    expect(live(blocksText.replaceAll(/<https:[^>]*>/g, '')).sort()).toEqual(
      [`<@${ADA}>`, `<@${BOB}>`].sort(),
    );
  });

  it('shows the result afterwards with /sora contest leaderboard, in the channel', async () => {
    const answer = await command(CAROL, 'contest leaderboard');
    expect(answer.public).toBe(true);
    expect(answer.text).toContain('night markets');
    expect(live(answer.text)).toEqual([]);
    const sections = entrySections(answer as unknown as FakeMessage);
    expect(sections).toHaveLength(2);
    for (const section of sections) {
      expect(section.text.text).toMatch(
        new RegExp(`<https://fake\\.slack\\.test/archives/${CHANNEL}/p\\d+\\|“`),
      );
    }
    expectThumbnails(sections);
  });

  it('draws /sora top as blocks: each clip linked to its video, with author, votes and id', async () => {
    const answer = await command(CAROL, 'top all');
    expect(answer.public).toBe(true);
    const rows = await bot.app.services.leaderboard.top(
      { surface: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL },
      'all',
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const sections = answer.blocks!.filter((b) => b.type === 'section').slice(1);
    expect(sections).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      const text = sections[i]!.text!.text;
      expect(text).toMatch(
        new RegExp(`^\\*${row.rank}\\.\\* <https://fake\\.slack\\.test/archives/${CHANNEL}/p\\d+\\|“`),
      );
      expect(text).toContain(`by ${row.author.name}`);
      expect(text).toContain(`${row.votes} ${row.votes === 1 ? 'vote' : 'votes'} · clip \`${row.clipId}\``);
      // The link is the only markup in a row: no mention, no channel ping.
      expect(live(text)).toHaveLength(1);
    }
    expect(answer.text).toContain('Top clips of all time');

    // Each thumbnail made is beside its row: a JPEG uploaded to Slack once, shared nowhere.
    const withPictures = rows.filter((r) => r.thumbnail);
    expect(withPictures.length).toBeGreaterThanOrEqual(2);
    for (const row of withPictures) {
      const section = sections[rows.indexOf(row)] as { accessory?: { slack_file?: { id: string } } };
      const file = bot.fake.state.files.get(section.accessory!.slack_file!.id)!;
      expect(file.bytes!.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(file.channel).toBeUndefined();
    }
    const uploads = bot.fake.state.callsOf('files.getUploadURLExternal').length;
    expect((await command(BOB, 'top all')).blocks).toEqual(answer.blocks);
    expect(bot.fake.state.callsOf('files.getUploadURLExternal')).toHaveLength(uploads);
  });

  it('puts the contest winner in the hall of fame', async () => {
    const answer = await command(CAROL, 'top hall');
    expect(answer.text).toContain('won “night markets”');
    expect(answer.text).toContain('by bob');
  });

  it('lets only admins cancel a contest', async () => {
    await command(ADMIN, 'contest start theme:"paper moons" submit:1h vote:1h');
    const contestId = await openContest();
    expect(contestId).toBeDefined();
    expect((await command(BOB, 'contest cancel')).text).toContain('Only admins');
    expect((await bot.app.store.contests.get(contestId!))?.state).toBe('submissions');
    expect((await command(ADMIN, 'contest cancel')).text).toContain('Cancelled contest “paper moons”');
    expect((await bot.app.store.contests.get(contestId!))?.state).toBe('cancelled');
  });
});
