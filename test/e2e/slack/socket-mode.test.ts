import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADA,
  CHANNEL,
  clipOfMessage,
  finished,
  isMp4,
  type SlackBot,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot('slack-socket', { socketMode: true });
});
afterAll(async () => {
  await bot?.close();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects with the app token and makes a clip end to end over the socket', async () => {
    // The adapter asked for a socket URL with the app-level token and connected to it.
    expect(bot.fake.state.callsOf('apps.connections.open')).toHaveLength(1);
    expect(bot.fake.socket.connections).toBe(1);
    // No HTTP route is needed: nothing answers /slack/events.
    expect((await fetch(`${bot.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);

    const ack = await bot.driver.slashCommand({
      text: 'a paper boat in the rain, 4 seconds',
      user: ADA,
      channel: CHANNEL,
    });
    expect(ack.timedOut).toBe(false);
    const root = await until('the thread root', () =>
      bot.fake.state.messages.find((m) => m.channel === CHANNEL && !m.threadTs && m.user === 'U_BOT'),
    );
    const card = await until('the status message', () => threadMessages(bot, root.ts)[0]);
    const clip = await clipOfMessage(bot, card);
    expect((await finished(bot, clip.id)).state).toBe('posted');
    expect(card.updates).toBeGreaterThan(1);
    const complete = bot.fake.state.callsOf('files.completeUploadExternal').at(-1)!;
    expect(complete.params).toMatchObject({ channel_id: CHANNEL, thread_ts: root.ts });
    const fileId = (complete.params.files as { id: string }[])[0]!.id;
    expect(isMp4(bot.fake.state.files.get(fileId)?.bytes)).toBe(true);

    // Events arrive as envelopes too: a vote over the socket counts.
    const video = threadMessages(bot, root.ts).find((m) => m.subtype === 'file_share')!;
    const vote = await bot.driver.reaction('reaction_added', {
      user: 'U_BOB',
      reaction: '+1',
      channel: CHANNEL,
      ts: video.ts,
    });
    expect(vote.timedOut).toBe(false);
    await until('the vote', async () => (await bot.app.store.votes.count(clip.id)) === 1);
  });
});
