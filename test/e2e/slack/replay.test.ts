import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/render.ts';
import { interactionKey } from '../../../adapters/slack/replays.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeMessage } from '../../fakes/slack/index.ts';
import {
  ADA,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  type SlackBot,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';

/**
 * A signed interactive payload replayed within Slack's 5-minute signature window verifies, so
 * the bot itself must refuse to act on it twice. Before the guard, a Re-roll replayed after the
 * 3-second double-click window bought a second clip.
 */
let bot: SlackBot;
let root: FakeMessage;
let card: FakeMessage;
let clip: Clip;

const creates = () => bot.sim.stats().creates;
const cards = () => threadMessages(bot, root.ts).filter((m) => !m.subtype);
const reroll = (user = BOB) =>
  bot.driver.button({
    user,
    channel: CHANNEL,
    messageTs: card.ts,
    threadTs: root.ts,
    actionId: ACTION_IDS.reroll,
    value: clip.id,
  });

beforeAll(async () => {
  bot = await startSlackBot('slack-replay');
  await bot.driver.slashCommand({
    text: 'generate a red kite over a cliff, 4 seconds',
    user: ADA,
    channel: CHANNEL,
  });
  root = await until('the thread root', () =>
    bot.fake.state.messages.find((m) => !m.threadTs && m.user === 'U_BOT'),
  );
  card = await until('its status message', () => threadMessages(bot, root.ts)[0]);
  clip = await finished(bot, (await clipOfMessage(bot, card)).id);
});
afterAll(async () => {
  await bot?.close();
});

describe('a replayed interactive payload', () => {
  it('buys nothing the second time, even after the double-click window', { timeout: 60_000 }, async () => {
    expect(clip.state).toBe('posted');
    expect(creates()).toBe(1);

    const first = await reroll();
    expect(first.status).toBe(200);
    const firstCard = await until('the re-roll card', () => cards()[1]);
    expect((await finished(bot, (await clipOfMessage(bot, firstCard)).id)).state).toBe('posted');
    expect(creates()).toBe(2);

    // Past the 3-second double-click claim, well inside Slack's 5-minute window.
    await new Promise((r) => setTimeout(r, 4000));
    const replayed = await bot.driver.replayLast();
    expect(replayed.status).toBe(200);

    // A fresh press (by Ada: Bob's double-click claim would swallow his own) still works; by the
    // time its clip is posted, a replay that acted would have made its own card and clip first.
    await reroll(ADA);
    const adaClip = await until('Ada’s re-roll', async () => {
      for (const message of cards().slice(2)) {
        const made = await clipOfMessage(bot, message);
        if (made.author.id === ADA) return made;
      }
      return undefined;
    });
    expect((await finished(bot, adaClip.id)).state).toBe('posted');
    expect(creates()).toBe(3);
    expect(cards()).toHaveLength(3);
  });
});

describe('interactionKey', () => {
  it('names a button press by its trigger and action_ts, a shortcut by its own action_ts', () => {
    expect(
      interactionKey({ type: 'block_actions', trigger_id: 't1', actions: [{ action_ts: '1700000000.1' }] }),
    ).toBe('slack:interaction:t1:1700000000.1');
    expect(interactionKey({ type: 'message_action', trigger_id: 't2', action_ts: '1700000000.2' })).toBe(
      'slack:interaction:t2:1700000000.2',
    );
    // Modal submissions are idempotent by their view id already; events have event_id claims.
    expect(interactionKey({ type: 'view_submission', trigger_id: 't3' })).toBeUndefined();
    expect(interactionKey({ type: 'block_actions' })).toBeUndefined();
    expect(interactionKey('not a payload')).toBeUndefined();
    expect(
      interactionKey({ type: 'block_actions', trigger_id: 'x'.repeat(10_000), actions: [{ action_ts: 1 }] }),
    ).toBe(`slack:interaction:${'x'.repeat(100)}:`);
  });
});
