import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/render.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import {
  ADA,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  isMp4,
  type SlackBot,
  shown,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot('slack-slash');
});
afterAll(async () => {
  await bot?.close();
});

/** Bot messages posted in the channel itself (thread roots), not deleted. */
const roots = () =>
  bot.fake.state.messages.filter(
    (m) => m.channel === CHANNEL && !m.threadTs && !m.deleted && m.user === 'U_BOT',
  );

describe('/sora in a channel', () => {
  it('acks before any work, opens a thread, keeps a live status message and uploads the MP4 into the thread', async () => {
    const { state } = bot.fake;
    const createsBefore = bot.sim.stats().creates;
    const mark = state.timeline.length;
    const rootsBefore = roots().length;

    const res = await bot.driver.slashCommand({
      text: 'a paper boat in the rain, 4 seconds, portrait',
      user: ADA,
      channel: CHANNEL,
    });
    const createsAtAck = bot.sim.stats().creates;
    expect(res.status).toBe(200);
    expect(res.timedOut).toBe(false);
    // Nothing was bought or posted before Slack had its answer.
    expect(createsAtAck).toBe(createsBefore);

    const root = await until('the thread root', () =>
      roots().length > rootsBefore ? roots().at(-1) : undefined,
    );
    expect(shown(root)).toContain('a paper boat in the rain');
    const after = state.timeline.slice(mark);
    expect(after.indexOf('ack:command')).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('ack:command')).toBeLessThan(after.indexOf('api:chat.postMessage'));
    const card = await until('the status message', () => threadMessages(bot, root.ts)[0]);
    const clip = await clipOfMessage(bot, card);
    expect(clip.place).toMatchObject({ surface: 'slack', channelId: CHANNEL, threadId: root.ts });
    expect(clip.options).toMatchObject({ durationS: 4, size: '720x1280' });

    const done = await finished(bot, clip.id);
    expect(done.state).toBe('posted');
    expect(bot.sim.stats().creates - createsBefore).toBe(1);
    // The worker redraws the card just after it marks the clip posted.
    await until('the final card', () => shown(card).includes('Done'));

    // The status message progressed in place, within the cadence: one chat.update per edit.
    const updates = state.callsOf('chat.update').filter((c) => c.params.ts === card.ts);
    expect(card.updates).toBeGreaterThan(1);
    expect(updates).toHaveLength(card.updates);
    expect(card.updates).toBeLessThan(16);
    const versions = card.versions.map((v) => JSON.stringify(v.blocks));
    expect(versions.some((v) => v.includes('Rendering'))).toBe(true);
    expect(versions.some((v) => /▰/.test(v))).toBe(true);
    for (const action of ['remix', 'reroll', 'delete'] as const)
      expect(shown(card)).toContain(ACTION_IDS[action]);

    // The MP4 went up with the three-step upload, into that thread.
    const complete = state.callsOf('files.completeUploadExternal').at(-1)!;
    expect(complete.params).toMatchObject({ channel_id: CHANNEL, thread_ts: root.ts });
    const fileId = (complete.params.files as { id: string }[])[0]!.id;
    const file = state.files.get(fileId)!;
    expect(isMp4(file.bytes)).toBe(true);
    expect(file.bytes!.length).toBe(done.media!.bytes);
    expect(file.length).toBe(done.media!.bytes);
    const thread = threadMessages(bot, root.ts);
    expect(thread.map((m) => m.subtype ?? 'message')).toEqual(['message', 'file_share']);
    // The message the file landed in names the clip, so votes on it count.
    expect((await bot.app.services.clips.clipForMessage(`slack:${CHANNEL}:${thread[1]!.ts}`))?.id).toBe(
      clip.id,
    );
    expect((await bot.app.services.clips.clipForMessage(`slack:${CHANNEL}:${root.ts}`))?.id).toBe(clip.id);
  });

  it('answers /sora help privately and starts nothing', async () => {
    const live = bot.fake.state.messages.filter((m) => !m.deleted).length;
    const res = await bot.driver.slashCommand({ text: 'help', user: ADA, channel: CHANNEL });
    expect(res.status).toBe(200);
    const reply = await until('the help reply', () =>
      bot.fake.state.responses.find((r) => r.id === res.responseId),
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('--duration');
    expect(String(reply.body.text)).toContain('/sora a red kite over the dunes at dawn, 8 seconds, portrait');
    expect(bot.fake.state.messages.filter((m) => !m.deleted)).toHaveLength(live);
  });

  it('answers /sora remixes with the tree for the whole channel, escaped, and opens no thread', async () => {
    const parent = await bot.app.services.clips.request({
      prompt: 'a <!channel> lighthouse',
      options: { durationS: 4 },
      author: { id: ADA, name: 'ada' },
      place: { surface: 'slack', workspaceId: 'T1', channelId: CHANNEL },
    });
    // Its card and video are the worker's posts, not the command's: let them land first.
    await waitForEnd(bot.app, parent.id);
    await until('the final card', async () => (await bot.app.store.clips.get(parent.id))?.cardEditedAt);
    const posts = bot.fake.state.callsOf('chat.postMessage').length;
    const res = await bot.driver.slashCommand({ text: `remixes ${parent.id}`, user: BOB, channel: CHANNEL });
    expect(res.status).toBe(200);
    const reply = await until('the tree', () =>
      bot.fake.state.responses.find((r) => r.id === res.responseId),
    );
    expect(reply.body.response_type).toBe('in_channel');
    expect(String(reply.body.text)).toContain('a &lt;!channel&gt; lighthouse');
    expect(String(reply.body.text)).toContain('Nobody has remixed it yet');
    expect(bot.fake.state.callsOf('chat.postMessage')).toHaveLength(posts);
  });

  it('answers text it cannot read in the ack itself, with the usage, and posts nothing', async () => {
    const posts = bot.fake.state.callsOf('chat.postMessage').length;
    const res = await bot.driver.slashCommand({ text: 'a boat --duration', user: ADA, channel: CHANNEL });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String((res.body as { text: string }).text)).toContain('--duration needs a value');
    expect(String((res.body as { text: string }).text)).toContain('--aspect');
    expect(bot.fake.state.callsOf('chat.postMessage')).toHaveLength(posts);
  });

  it('refuses an option typo and an over-long prompt in the ack, saying what was meant and the limit, and makes or spends nothing', async () => {
    const books = async () => {
      const day = new Date().toISOString().slice(0, 10);
      const usage = await bot.app.store.ledger.usage({
        scope: 'slack:T_FAKE',
        memberId: ADA,
        day,
        month: day.slice(0, 7),
      });
      return usage.month.workspace.reservedCents;
    };
    const createsBefore = bot.sim.stats().creates;
    const reservedBefore = await books();
    const posts = bot.fake.state.callsOf('chat.postMessage').length;
    for (const [text, expected] of [
      ['a paper boat in the rain duraton:8', 'Unknown option duraton: did you mean duration?'],
      ['a paper boat --stlye noir', 'Unknown option --stlye: did you mean --style?'],
      [`a paper boat ${'x'.repeat(4000)}`, 'Keep the prompt under 4000 characters.'],
    ] as const) {
      const res = await bot.driver.slashCommand({ text, user: ADA, channel: CHANNEL });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ response_type: 'ephemeral' });
      expect(String((res.body as { text: string }).text).startsWith(expected), text.slice(0, 40)).toBe(true);
    }
    // The same reading for a mention: a private answer in its thread.
    const ts = '1700000000.000900';
    await bot.driver.mention({ user: ADA, channel: CHANNEL, text: 'a kite duraton:4', ts });
    const whisper = await until('the refusal', () =>
      bot.fake.state.ephemerals.find((e) => e.user === ADA && e.threadTs === ts),
    );
    expect(String(whisper.text)).toMatch(/^Unknown option duraton: did you mean duration\?/);
    expect(bot.fake.state.callsOf('chat.postMessage')).toHaveLength(posts);
    expect(bot.sim.stats().creates).toBe(createsBefore);
    expect(await books()).toBe(reservedBefore);
  });

  it('takes back the thread when the model refuses the request, and says why', async () => {
    const live = bot.fake.state.messages.filter((m) => !m.deleted).length;
    const createsBefore = bot.sim.stats().creates;
    const res = await bot.driver.slashCommand({ text: 'a boat, 10 seconds', user: ADA, channel: CHANNEL });
    expect(res.status).toBe(200);
    const reply = await until('the refusal', () =>
      bot.fake.state.responses.find((r) => r.id === res.responseId),
    );
    expect(String(reply.body.text)).toMatch(/4, 8 or 12 second/);
    expect(bot.fake.state.messages.filter((m) => !m.deleted)).toHaveLength(live);
    expect(bot.sim.stats().creates).toBe(createsBefore);
  });

  it('pings nobody, whatever the prompt says', async () => {
    // Bob lets others name him: a mention of him passes the consent gate and is written @bob.
    await bot.driver.slashCommand({ text: 'consent on', user: BOB, channel: CHANNEL });
    await until('Bob’s consent', async () =>
      (await bot.app.store.members.list('slack:T_FAKE')).some((m) => m.id === BOB && m.consent),
    );
    const res = await bot.driver.slashCommand({
      text: '<!channel> <!everyone> <!here> <@U_BOB|bob> and <#C999> dance &amp; sing, 4 seconds',
      user: ADA,
      channel: CHANNEL,
    });
    expect(res.status).toBe(200);
    const root = await until('the thread root', () => roots().find((m) => shown(m).includes('dance')));
    const card = await until('the status message', () => threadMessages(bot, root.ts)[0]);
    const clip = await clipOfMessage(bot, card);
    expect(clip.prompt).toContain('<!channel>');
    expect(clip.prompt).toContain('@bob and');
    expect((await finished(bot, clip.id)).state).toBe('posted');

    const texts = bot.fake.state.postedTexts().join('\n');
    for (const token of ['<!channel>', '<!everyone>', '<!here>', '<@U_BOB', '<#C999>'])
      expect(texts).not.toContain(token);
    expect(texts).toContain('&lt;!channel&gt;');
    for (const call of bot.fake.state.callsOf('chat.postMessage'))
      expect(call.params.link_names).toBe('false');
    const comment = bot.fake.state.callsOf('files.completeUploadExternal').at(-1)!.params
      .initial_comment as string;
    expect(comment).toContain('&lt;#C999&gt;');
  });

  it('waits out a 429 on chat.update and still shows every state', async () => {
    bot.fake.state.rateLimit('chat.update', 1, 0);
    const limited = () =>
      bot.fake.state.calls.filter((c) => c.method === 'chat.update' && c.status === 429).length;
    const before = limited();
    await bot.driver.slashCommand({ text: 'a kite over the dunes, 4 seconds', user: ADA, channel: CHANNEL });
    const root = await until('the thread root', () =>
      roots().find((m) => shown(m).includes('a kite over the dunes')),
    );
    const card = await until('the status message', () => threadMessages(bot, root.ts)[0]);
    const clip = await clipOfMessage(bot, card);
    expect((await finished(bot, clip.id)).state).toBe('posted');
    expect(limited() - before).toBe(1);
    await until('the final card', () => shown(card).includes('Done'));
    // Waited out inside the WebClient, so only the client's event shows it: counted for /metrics.
    const metrics = (await bot.app.metrics.text()).body;
    expect(metrics).toMatch(/reelbot_platform_rate_limited_total\{surface="slack"\} [1-9]/);
  });
});
