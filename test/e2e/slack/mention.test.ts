import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADA,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  type SlackBot,
  shown,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot('slack-mention');
});
afterAll(async () => {
  await bot?.close();
});

const botReplies = (rootTs: string) => threadMessages(bot, rootTs).filter((m) => m.user === 'U_BOT');
const ephemeralsFor = (user: string, threadTs: string) =>
  bot.fake.state.ephemerals.filter((e) => e.user === user && e.threadTs === threadTs);

describe('@reelbot in a thread', () => {
  it('starts the clip in that thread, and a retried event (same event_id) starts nothing new', async () => {
    const root = bot.fake.memberMessage(CHANNEL, BOB, 'ideas for the launch video');
    const ts = bot.fake.memberMessage(CHANNEL, ADA, 'hmm', root);
    const createsBefore = bot.sim.stats().creates;
    const postsBefore = bot.fake.state.callsOf('chat.postMessage').length;
    const mention = {
      user: ADA,
      channel: CHANNEL,
      ts,
      threadTs: root,
      text: 'a paper boat in the rain, 4 seconds, portrait',
    };

    // Slack retries when it thinks the first delivery was lost; here the retry even overlaps it.
    const [first, retry] = await Promise.all([
      bot.driver.mention(mention, { eventId: 'Ev-boat-1' }),
      bot.driver.mention(mention, { eventId: 'Ev-boat-1', retryNum: 1 }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(first.timedOut || retry.timedOut).toBe(false);

    const card = await until('the status message', () => botReplies(root)[0]);
    const clip = await clipOfMessage(bot, card);
    expect(clip.place).toMatchObject({ channelId: CHANNEL, threadId: root });
    expect(clip.author).toMatchObject({ id: ADA, name: 'ada' });
    expect(clip.options).toMatchObject({ durationS: 4, size: '720x1280' });
    expect((await finished(bot, clip.id)).state).toBe('posted');

    // One status message and one video in the thread, one render bought, no channel post.
    expect(botReplies(root).map((m) => m.subtype ?? 'message')).toEqual(['message', 'file_share']);
    expect(bot.sim.stats().creates - createsBefore).toBe(1);
    const posts = bot.fake.state.callsOf('chat.postMessage').slice(postsBefore);
    expect(posts.map((p) => p.params.thread_ts)).toEqual([root]);
    expect(bot.fake.state.callsOf('files.completeUploadExternal').at(-1)!.params.thread_ts).toBe(root);
  });

  it('reads --flags, and takes everything back when the model cannot make the request', async () => {
    const root = bot.fake.memberMessage(CHANNEL, BOB, 'square formats?');
    const ts = bot.fake.memberMessage(CHANNEL, ADA, 'x', root);
    const createsBefore = bot.sim.stats().creates;
    const posts = bot.fake.state.callsOf('chat.postMessage').length;
    await bot.driver.mention({
      user: ADA,
      channel: CHANNEL,
      ts,
      threadTs: root,
      text: 'a lighthouse --duration 4 --aspect square --style noir',
    });
    const refusal = await until('the refusal', () => ephemeralsFor(ADA, root)[0]);
    expect(refusal.text).toMatch(/no square \(1:1\) format/);
    // Refused before anything is posted: no placeholder flashes up and is taken back.
    expect(bot.fake.state.callsOf('chat.postMessage')).toHaveLength(posts);
    expect(botReplies(root)).toHaveLength(0);
    expect(bot.sim.stats().creates).toBe(createsBefore);
  });

  it('answers text it cannot read with the usage, privately, in the thread', async () => {
    const root = bot.fake.memberMessage(CHANNEL, BOB, 'colours?');
    const ts = bot.fake.memberMessage(CHANNEL, ADA, 'x', root);
    await bot.driver.mention({
      user: ADA,
      channel: CHANNEL,
      ts,
      threadTs: root,
      text: 'a boat --colour red',
    });
    const reply = await until('the help reply', () => ephemeralsFor(ADA, root)[0]);
    // Issue 12 words every unknown option the same way on every text surface.
    expect(reply.text).toContain('Unknown option --colour: generate takes --prompt, --duration');
    expect(reply.text).toContain('--aspect');
    expect(botReplies(root)).toHaveLength(0);
  });

  it('opens the thread under a mention made in the channel', async () => {
    const ts = bot.fake.memberMessage(CHANNEL, BOB, 'hey bot');
    await bot.driver.mention({
      user: BOB,
      channel: CHANNEL,
      ts,
      text: 'a red kite over the dunes [slow], 4 seconds',
    });
    const card = await until('the status message', () => botReplies(ts)[0]);
    const clip = await clipOfMessage(bot, card);
    expect(clip.place.threadId).toBe(ts);
    // The thread opens with a placeholder that becomes the queued card once the clip exists.
    const queued = await until('the queued card', () =>
      botReplies(ts).find((m) => shown(m).includes('a red kite over the dunes')),
    );
    expect(shown(queued)).toContain('a red kite over the dunes');
    await bot.app.services.clips.cancel(clip.id, { id: BOB, name: 'bob' });
  });
});

describe('request signatures', () => {
  it('refuses bad, stale and missing signatures with 401 and starts nothing', async () => {
    const createsBefore = bot.sim.stats().creates;
    const callsBefore = bot.fake.state.calls.length;
    for (const signing of ['bad', 'stale', 'none'] as const) {
      const command = await bot.driver.slashCommand(
        { text: 'a forged boat, 4 seconds', user: ADA, channel: CHANNEL },
        signing,
      );
      expect(command.status, signing).toBe(401);
      const ts = bot.fake.memberMessage(CHANNEL, ADA, 'forged');
      const event = await bot.driver.mention(
        { user: ADA, channel: CHANNEL, ts, text: 'a forged boat' },
        { signing },
      );
      expect(event.status, signing).toBe(401);
    }
    // A correctly signed request right after is answered, so the server was listening all along.
    const ok = await bot.driver.slashCommand({ text: 'help', user: ADA, channel: CHANNEL });
    expect(ok.status).toBe(200);
    await until('the help reply', () => bot.fake.state.responses.find((r) => r.id === ok.responseId));
    // Nothing the forged requests asked for happened: no message, no reply, no clip.
    const calls = bot.fake.state.calls.slice(callsBefore);
    expect(calls.filter((c) => JSON.stringify(c.params).includes('forged'))).toEqual([]);
    expect(calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral')).toEqual(
      [],
    );
    expect(bot.sim.stats().creates).toBe(createsBefore);
  });
});
