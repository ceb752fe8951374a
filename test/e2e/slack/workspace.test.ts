import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRef } from '../../../adapters/slack/refs.ts';
import { ACTION_IDS } from '../../../adapters/slack/render.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { TEAM_ID } from '../../fakes/slack/index.ts';
import {
  ADA,
  ADMIN,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  OTHER_BOT,
  openedModal,
  type SlackBot,
  slashAnswer,
  startSlackBot,
  submitPrompt,
  threadMessages,
  until,
} from './harness.ts';

/** Not a workspace admin, but named in SLACK_ADMIN_IDS. */
const CAROL = 'U_CAROL';
/** A member nobody made an admin. */
const DAN = 'U_DAN';

let bot: SlackBot;
/** A posted clip of Ada's, for the Remix box. */
let koi: { clip: Clip; rootTs: string; cardTs: string };

beforeAll(async () => {
  bot = await startSlackBot('slack-workspace', { env: { SLACK_ADMIN_IDS: `U_SOMEONE, ${CAROL}` } });
  bot.fake.addUser({ id: CAROL, name: 'carol' });
  bot.fake.addUser({ id: DAN, name: 'dan' });
});
afterAll(async () => {
  await bot?.close();
});

/** Run `/sora <text>` as `user`; the text of the bot's answer (its response_url post). */
async function command(user: string, text: string): Promise<string> {
  return String((await slashAnswer(bot, user, text)).text);
}

const effective = () => bot.app.services.workspace.effective({ surface: 'slack', workspaceId: TEAM_ID });
const roots = () =>
  bot.fake.state.messages.filter((m) => m.channel === CHANNEL && !m.threadTs && m.user === 'U_BOT');

/** A clip by `user` from `/sora <text>`, finished. */
async function clipFrom(user: string, text: string): Promise<Clip> {
  const before = roots().length;
  await bot.driver.slashCommand({ text, user, channel: CHANNEL });
  const root = await until('the thread', () => (roots().length > before ? roots().at(-1) : undefined));
  const card = await until('the status message', () => threadMessages(bot, root.ts)[0]);
  return finished(bot, (await clipOfMessage(bot, card)).id);
}

describe('admins on Slack', () => {
  it('refuses a member who is no admin: settings neither shown nor changed', async () => {
    const refusal = await command(DAN, 'settings vote_emoji 🔥');
    expect(refusal).toContain(
      'Only admins can see or change the bot’s settings here, so nothing was changed.',
    );
    expect(await command(DAN, 'settings')).toContain('Only admins');
    expect((await effective()).voteEmoji).toBeUndefined();
    expect(await bot.app.store.settings.history(`slack:${TEAM_ID}`, 5)).toEqual([]);
  });

  it('lets a workspace admin and a member in SLACK_ADMIN_IDS change settings, logged with who', async () => {
    expect(await command(ADMIN, 'settings vote_emoji 🔥')).toContain('vote_emoji is now 🔥');
    expect(await command(CAROL, 'settings setting:daily_budget value:20')).toContain('daily_budget is now');
    expect((await effective()).voteEmoji).toBe('🔥');
    const history = await bot.app.store.settings.history(`slack:${TEAM_ID}`, 5);
    expect(history.map((h) => [h.by.id, h.key])).toEqual([
      [CAROL, 'dailyBudgetCents'],
      [ADMIN, 'voteEmoji'],
    ]);
  });
});

describe('a vote emoji set from Slack', () => {
  it('is refused, changing nothing, when Slack has no name for it that the bot knows', async () => {
    const res = await bot.driver.slashCommand({
      text: 'settings vote_emoji 🦩',
      user: ADMIN,
      channel: CHANNEL,
    });
    // Read from the text alone, so the refusal is the ack itself.
    expect(JSON.stringify(res.body)).toContain('Slack counts reactions by name');
    expect((await effective()).voteEmoji).toBe('🔥');
    expect(await command(ADMIN, 'settings vote_emoji :tada:')).toContain('vote_emoji is now :tada:');
    expect(await command(ADMIN, 'settings vote_emoji 🔥')).toContain('vote_emoji is now 🔥');
  });
});

describe('votes with the workspace’s vote emoji', () => {
  it('count 🔥 as :fire: and no longer :+1:, on every message of the clip, reconciled from Slack’s lists', async () => {
    expect((await effective()).voteEmoji).toBe('🔥');
    const clip = await clipFrom(ADA, 'a neon koi pond at night, 4 seconds');
    const root = roots().at(-1)!;
    const card = threadMessages(bot, root.ts)[0]!;
    koi = { clip, rootTs: root.ts, cardTs: card.ts };
    const video = readRef(clip.delivery!);
    const videoTs = video?.kind === 'file' ? video.ts! : '';
    const votes = () => bot.app.store.votes.count(clip.id);
    const react = (user: string, reaction: string, ts: string) =>
      bot.driver.reaction('reaction_added', { user, reaction, channel: CHANNEL, ts });

    await react(BOB, 'fire', root.ts);
    await until('Bob’s vote', async () => (await votes()) === 1);
    await react(DAN, '+1', videoTs); // the old default is just a reaction now
    await react(CAROL, 'fire::skin-tone-2', card.ts); // a skin tone never splits a vote
    await until('Carol’s vote', async () => (await votes()) === 2);
    expect((await bot.app.store.votes.voters(clip.id)).sort()).toEqual([BOB, CAROL].sort());

    // A vote cast while nothing listened is in Slack's list, which the contest close reads from
    // the video's message: the votes on the channel message and the status message are read too.
    bot.fake.state.react(CHANNEL, videoTs, OTHER_BOT, 'fire');
    const voters = await bot.adapter.messenger.voters!(clip.delivery!, (await effective()).voteEmoji!);
    expect(voters.map((v) => v.id).sort()).toEqual([BOB, CAROL, OTHER_BOT].sort());
    expect(voters.find((v) => v.id === OTHER_BOT)?.bot).toBe(true);
    expect(new Set(bot.fake.state.callsOf('reactions.get').map((c) => c.params.timestamp))).toEqual(
      new Set([root.ts, card.ts, videoTs]),
    );
  });
});

describe('naming members in prompts', () => {
  it('refuses a prompt naming a member who has not opted in, at no cost, and takes it once they do', async () => {
    const spent = async () =>
      (await bot.app.services.workspace.usage({ id: ADA, name: 'ada' }, placeHere())).member.day;
    const before = await spent();
    const creates = bot.sim.stats().creates;
    const rootsBefore = roots().length;
    const prompt = 'a portrait of <@U_BOB|bob> dancing in the rain, 4 seconds';

    const refusal = await command(ADA, prompt);
    expect(refusal).toContain('Your prompt names bob, who has not agreed to appear in clips here.');
    expect(refusal).toContain('/sora consent on');
    expect(bot.sim.stats().creates).toBe(creates);
    expect(roots()).toHaveLength(rootsBefore);
    expect(await spent()).toEqual(before);

    expect(await command(BOB, 'consent on')).toContain('Others may name you in their prompts here.');
    const clip = await clipFrom(ADA, prompt);
    expect(clip.state).toBe('posted');
    // The provider reads the name, not Slack's markup.
    expect(clip.prompt).toBe('a portrait of @bob dancing in the rain');
    expect(bot.sim.stats().creates).toBe(creates + 1);
  });
});

function placeHere() {
  return { surface: 'slack', workspaceId: TEAM_ID, channelId: CHANNEL };
}

describe('naming members in the Remix box', () => {
  it('refuses a pasted mention of a member who has not opted in, and buys nothing', async () => {
    const { clip, rootTs, cardTs } = koi;
    const res = await bot.driver.button({
      user: BOB,
      channel: CHANNEL,
      messageTs: cardTs,
      threadTs: rootTs,
      actionId: ACTION_IDS.remix,
      value: clip.id,
    });
    const opened = await openedModal(bot, res);
    const creates = bot.sim.stats().creates;
    const inThread = threadMessages(bot, rootTs).length;
    const submitted = await submitPrompt(bot, BOB, opened, 'koi circling <@U_DAN> at dawn');
    expect(submitted.status).toBe(200);
    const refusal = await until('the refusal', () =>
      bot.fake.state.ephemerals.find((e) => e.user === BOB && e.text.includes('Your prompt names')),
    );
    expect(refusal.text).toContain('Your prompt names dan, who has not agreed to appear in clips here.');
    expect(refusal.threadTs).toBe(rootTs);
    expect(bot.sim.stats().creates).toBe(creates);
    // The placeholder put up for the request was taken back: the thread is as it was.
    expect(threadMessages(bot, rootTs)).toHaveLength(inThread);
  });
});

describe('remix notices on Slack', () => {
  it('tell the original author once, in the clip’s thread, pinging only them', async () => {
    const { clip, rootTs, cardTs } = koi;
    const remix = async (prompt: string) => {
      const res = await bot.driver.button({
        user: BOB,
        channel: CHANNEL,
        messageTs: cardTs,
        threadTs: rootTs,
        actionId: ACTION_IDS.remix,
        value: clip.id,
      });
      const opened = await openedModal(bot, res);
      const before = threadMessages(bot, rootTs).length;
      await submitPrompt(bot, BOB, opened, prompt);
      // The first remix's notice may land in the thread after this one is asked for.
      const card = await until('the remix card', () =>
        threadMessages(bot, rootTs)
          .slice(before)
          .find((m) => !m.text.includes('remixed your clip')),
      );
      return finished(bot, (await clipOfMessage(bot, card)).id);
    };
    const first = await remix('koi under falling snow');
    const second = await remix('koi under cherry blossoms');
    expect([first.state, second.state]).toEqual(['posted', 'posted']);
    const notices = await until('the notice', () => {
      const found = threadMessages(bot, rootTs).filter((m) => m.text.includes('remixed your clip'));
      return found.length ? found : undefined;
    });
    // The second remix's notice would follow its card within moments: give it a second to show.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(threadMessages(bot, rootTs).filter((m) => m.text.includes('remixed your clip'))).toHaveLength(1);
    expect(notices[0]!.text).toContain(`bob remixed your clip ${clip.id}: see clip ${first.id}.`);
    expect(notices[0]!.text.match(/<[^>]*>/g)).toEqual([`<@${ADA}>`]);
  });
});
