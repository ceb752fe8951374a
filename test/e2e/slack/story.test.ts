import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD, STORY_CALLBACK_ID, shotField } from '../../../adapters/slack/forms.ts';
import { RESHOOT_ACTION_ID } from '../../../adapters/slack/render.ts';
import { DEFAULT_FADE_S } from '../../../src/media/join.ts';
import type { FakeMessage } from '../../fakes/slack/index.ts';
import {
  ADA,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  openedModal,
  type SlackBot,
  shown,
  startSlackBot,
  threadMessages,
  until,
} from './harness.ts';
import { lastFrameSha, postedVideo, probeBytes, shotsOf, simVideo } from './media-checks.ts';

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot('slack-story', { renderMs: 300 });
});
afterAll(async () => {
  await bot?.close();
});

/** The next thread root the bot opens after `act`, its card and the story's clip. */
async function opened(act: () => Promise<unknown>) {
  const before = new Set(bot.fake.state.messages.map((m) => m.ts));
  await act();
  const root = await until('a thread root', () =>
    bot.fake.state.messages.find((m) => !before.has(m.ts) && !m.threadTs && m.user === 'U_BOT'),
  );
  const card = await until('its status message', () => threadMessages(bot, root.ts)[0]);
  return { root, card, clip: await clipOfMessage(bot, card) };
}

/** One audio stream that lasts as long as the video (a continuous sound track). */
function expectContinuousSound(probed: Awaited<ReturnType<typeof probeBytes>>, totalS: number) {
  const audio = probed.streams.filter((s) => s.type === 'audio');
  expect(audio).toHaveLength(1);
  expect(Math.abs(audio[0]!.durationS - totalS)).toBeLessThanOrEqual(0.5);
  expect(probed.streams.filter((s) => s.type === 'video')).toHaveLength(1);
}

const cardShows = (card: FakeMessage) => shown(bot.fake.state.message(card.channel, card.ts)!);

describe('a story on Slack', () => {
  it('the Story form makes a 3-shot flow story: one MP4 of the three shots, each shot started from the last frame of the one before', async () => {
    const creates = bot.sim.stats().creates;
    const form = await bot.driver.slashCommand({ text: 'story', user: ADA, channel: CHANNEL });
    expect(form.status).toBe(200);
    const modal = await openedModal(bot, form);
    expect(modal.view.callback_id).toBe(STORY_CALLBACK_ID);
    const blocks = modal.view.blocks as { block_id?: string }[];
    // STORY_MAX_SHOTS (6 by default) boxes, then look, seconds, mode and transition.
    expect(blocks.filter((b) => b.block_id?.startsWith('shot_'))).toHaveLength(6);

    const { root, card, clip } = await opened(() =>
      bot.driver.submitView({
        user: ADA,
        view: {
          id: modal.id,
          callback_id: STORY_CALLBACK_ID,
          private_metadata: String(modal.view.private_metadata),
        },
        values: {
          [shotField(1)]: { [shotField(1)]: 'a red fox wakes in a snowy den <!channel>' },
          [shotField(2)]: { [shotField(2)]: 'the fox trots across a frozen lake' },
          [shotField(3)]: { [shotField(3)]: 'the fox curls up under a pine at dusk' },
          [FIELD.look]: { [FIELD.look]: 'one red fox, soft winter light, wide lens' },
          [FIELD.seconds]: { [FIELD.seconds]: { type: 'static_select', selected_option: { value: '4' } } },
          [FIELD.mode]: { [FIELD.mode]: { type: 'static_select', selected_option: { value: 'flow' } } },
        },
      }),
    );
    // The card shows a row per shot while it renders, the member's words escaped.
    await until('the story rows', () => /Shot 3/.test(cardShows(card)));
    expect(cardShows(card)).toContain('&lt;!channel&gt;');
    expect(cardShows(card)).not.toContain('<!channel>');

    const done = await finished(bot, clip.id, 90_000);
    expect(done.state).toBe('posted');
    const { shares, bytes } = await postedVideo(bot, root.ts);
    expect(shares).toHaveLength(1);
    const probed = await probeBytes(bytes);
    expect(Math.abs(probed.durationS - 12)).toBeLessThanOrEqual(0.5);
    expectContinuousSound(probed, probed.durationS);
    // Exactly one create per shot.
    expect(bot.sim.stats().creates - creates).toBe(3);

    const shots = await shotsOf(bot, clip.id, 3);
    const given = bot.sim.given();
    expect(given[shots[0]!.providerJobId!]?.firstFrameSha256).toBeUndefined();
    for (const i of [1, 2]) {
      const previous = await simVideo(bot, shots[i - 1]!.providerJobId!);
      expect(given[shots[i]!.providerJobId!]?.firstFrameSha256).toBe(await lastFrameSha(previous));
    }
    // Posted: each shot's row is done and may be re-rolled from the card; Extend is offered too.
    const final = cardShows(card);
    expect(final.match(/:white_check_mark: \*Shot \d\*/g)).toHaveLength(3);
    expect(final).toContain('reelbot_extend');
    expect(final).toContain(`${RESHOOT_ACTION_ID}_3`);
  }, 120_000);

  it('a typed 3-shot cut story with fades is one MP4 of the shots minus the fades, and a shot re-rolled from its button re-renders only that shot', async () => {
    const creates = bot.sim.stats().creates;
    const { root, card, clip } = await opened(() =>
      bot.driver.slashCommand({
        text: 'story a kite lifts off a beach | the kite tangles in a palm | a child frees the kite --mode cut --transition fade --seconds 4',
        user: BOB,
        channel: CHANNEL,
      }),
    );
    const done = await finished(bot, clip.id, 90_000);
    expect(done.state).toBe('posted');
    const { shares, bytes } = await postedVideo(bot, root.ts);
    expect(shares).toHaveLength(1);
    const probed = await probeBytes(bytes);
    // The fades overlap the shots: the story's fades share 0.45 s between its joins
    // (src/core/story/story-step.ts), each at most the join's default fade.
    const fades = 2 * Math.min(DEFAULT_FADE_S, 0.45 / 2);
    expect(Math.abs(probed.durationS - (12 - fades))).toBeLessThanOrEqual(0.5);
    // Overlapped, not cut: shorter than the three shots end to end.
    expect(probed.durationS).toBeLessThan(12 - fades / 2);
    expectContinuousSound(probed, probed.durationS);
    expect(bot.sim.stats().creates - creates).toBe(3);
    // Cut: no shot was given a first frame.
    const shots = await shotsOf(bot, clip.id, 3);
    for (const shot of shots) expect(bot.sim.given()[shot.providerJobId!]).toBeUndefined();

    // The new cut is made in the same thread: its card is the next bot message there.
    await until('the card settled', () => cardShows(card).includes(`${RESHOOT_ACTION_ID}_2`));
    const before = new Set(threadMessages(bot, root.ts).map((m) => m.ts));
    const press = () =>
      bot.driver.button({
        user: BOB,
        channel: CHANNEL,
        messageTs: card.ts,
        threadTs: root.ts,
        actionId: `${RESHOOT_ACTION_ID}_2`,
        value: `${clip.id}:2`,
      });
    // A double click re-rolls the shot once.
    const [res, twice] = await Promise.all([press(), press()]);
    expect([res.status, twice.status]).toEqual([200, 200]);
    const next = await until('the new cut’s card', () =>
      threadMessages(bot, root.ts).find((m) => !before.has(m.ts) && m.subtype !== 'file_share'),
    );
    const again = { clip: await clipOfMessage(bot, next) };
    const recut = await finished(bot, again.clip.id, 90_000);
    expect(recut.state).toBe('posted');
    expect(recut.parentId).toBe(clip.id);
    // One shot bought again, not three, and once for the double click.
    expect(bot.sim.stats().creates - creates).toBe(4);
    expect(threadMessages(bot, root.ts).filter((m) => m.subtype !== 'file_share')).toHaveLength(2);
  }, 180_000);

  it('bad stories from the form change nothing: empty shots are answered in the form, a story over the longest total privately', async () => {
    const creates = bot.sim.stats().creates;
    const messages = bot.fake.state.messages.length;
    const submit = async (values: Record<string, Record<string, string | Record<string, unknown>>>) => {
      const form = await bot.driver.slashCommand({ text: 'story', user: BOB, channel: CHANNEL });
      const modal = await openedModal(bot, form);
      return bot.driver.submitView({
        user: BOB,
        view: {
          id: modal.id,
          callback_id: STORY_CALLBACK_ID,
          private_metadata: String(modal.view.private_metadata),
        },
        values,
      });
    };
    const blank = await submit({
      [shotField(1)]: { [shotField(1)]: '   ' },
      [shotField(2)]: { [shotField(2)]: '' },
    });
    expect(blank.body).toMatchObject({
      response_action: 'errors',
      errors: { [shotField(1)]: expect.stringMatching(/Write the shots/) },
    });
    // Six 12 s shots are 72 s, over STORY_MAX_SECONDS (60): refused privately after the form closed.
    const whispers = bot.fake.state.ephemerals.filter((e) => e.user === BOB).length;
    const long = await submit({
      ...Object.fromEntries(
        [1, 2, 3, 4, 5, 6].map((n) => [shotField(n), { [shotField(n)]: `the kite climbs, part ${n}` }]),
      ),
      [FIELD.seconds]: { [FIELD.seconds]: { type: 'static_select', selected_option: { value: '12' } } },
    });
    expect(long.status).toBe(200);
    const refusal = await until(
      'the private refusal',
      () => bot.fake.state.ephemerals.filter((e) => e.user === BOB)[whispers],
    );
    expect(refusal.text).toMatch(/6 shots of 12 s would be 72 seconds; the most is 60/);
    expect(bot.sim.stats().creates).toBe(creates);
    // No thread was opened for either.
    expect(bot.fake.state.messages.length).toBe(messages);
  });
});
