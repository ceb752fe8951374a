import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTEND_CALLBACK_ID, FIELD } from '../../../adapters/slack/forms.ts';
import { EXTEND_ACTION_ID } from '../../../adapters/slack/render.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { shotClipId } from '../../../src/core/story/story.ts';
import { decodeJobId } from '../../../src/providers/fal/job-id.ts';
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
  withFal,
} from './harness.ts';
import { lastFrameSha, probeBytes } from './media-checks.ts';

let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot('slack-extend', { renderMs: 300, env: withFal });
});
afterAll(async () => {
  await bot?.close();
});

/** A posted 4 s clip: its thread root, card, clip and the bytes posted. */
async function postedClip(user: string, text: string) {
  const before = new Set(bot.fake.state.messages.map((m) => m.ts));
  await bot.driver.slashCommand({ text, user, channel: CHANNEL });
  const root = await until('a thread root', () =>
    bot.fake.state.messages.find((m) => !before.has(m.ts) && !m.threadTs && m.user === 'U_BOT'),
  );
  const card = await until('its card', () => threadMessages(bot, root.ts)[0]);
  const clip = await finished(bot, (await clipOfMessage(bot, card)).id, 60_000);
  expect(clip.state).toBe('posted');
  return { root, card, clip, bytes: sharedBytes(root.ts, 0) };
}

/** The bytes of the n-th video posted in a thread. */
function sharedBytes(rootTs: string, n: number): Buffer {
  const share = threadMessages(bot, rootTs).filter((m) => m.subtype === 'file_share')[n];
  const bytes = bot.fake.state.files.get(share?.fileIds?.[0] ?? '')?.bytes;
  if (!bytes) throw new Error(`no video #${n} in the thread`);
  return bytes;
}

/** Extend with the card's button and the form: the new clip's card lands in the same thread. */
async function extendByButton(
  user: string,
  on: { root: FakeMessage; card: FakeMessage; clip: Clip },
  next: string,
) {
  await until('the Extend button', () =>
    shown(bot.fake.state.message(CHANNEL, on.card.ts)!).includes(EXTEND_ACTION_ID),
  );
  const pressed = await bot.driver.button({
    user,
    channel: CHANNEL,
    messageTs: on.card.ts,
    threadTs: on.root.ts,
    actionId: EXTEND_ACTION_ID,
    value: on.clip.id,
  });
  const modal = await openedModal(bot, pressed);
  expect(modal.view.callback_id).toBe(EXTEND_CALLBACK_ID);
  const before = new Set(threadMessages(bot, on.root.ts).map((m) => m.ts));
  await bot.driver.submitView({
    user,
    view: {
      id: modal.id,
      callback_id: EXTEND_CALLBACK_ID,
      private_metadata: String(modal.view.private_metadata),
    },
    values: {
      [FIELD.next]: { [FIELD.next]: next },
      [FIELD.seconds]: { [FIELD.seconds]: { type: 'static_select', selected_option: { value: '4' } } },
    },
  });
  const card = await until('the extension’s card', () =>
    threadMessages(bot, on.root.ts).find((m) => !before.has(m.ts) && m.subtype !== 'file_share'),
  );
  const clip = await finished(bot, (await clipOfMessage(bot, card)).id, 60_000);
  return { clip, bytes: () => sharedBytes(on.root.ts, 1) };
}

/** Extend with the typed command from the channel: the bot opens a new thread for it. */
async function extendByCommand(user: string, parent: Clip, next: string) {
  const before = new Set(bot.fake.state.messages.map((m) => m.ts));
  await bot.driver.slashCommand({
    text: `extend --clip ${parent.id} --prompt "${next}" --seconds 4`,
    user,
    channel: CHANNEL,
  });
  const root = await until('the extension’s thread', () =>
    bot.fake.state.messages.find((m) => !before.has(m.ts) && !m.threadTs && m.user === 'U_BOT'),
  );
  const card = await until('its card', () => threadMessages(bot, root.ts)[0]);
  const clip = await finished(bot, (await clipOfMessage(bot, card)).id, 60_000);
  return { clip, bytes: () => sharedBytes(root.ts, 0) };
}

const cases = [
  { via: 'button', model: 'sora-2', native: true },
  { via: 'command', model: 'sora-2', native: true },
  { via: 'button', model: 'fal-ai/veo3.1', native: false },
  { via: 'command', model: 'fal-ai/veo3.1', native: false },
] as const;

describe('Extend on Slack', () => {
  it.each(cases)(
    'through the $via on $model: one create, an 8 s clip with one sound track that credits its parent',
    async ({ via, model, native }) => {
      const parent = await postedClip(ADA, `a lighthouse at dusk --model ${model} --duration 4`);
      const creates = bot.sim.stats().creates;
      const next = 'the lamp at the top turns on and sweeps the sea';
      const made =
        via === 'button'
          ? await extendByButton(BOB, parent, next)
          : await extendByCommand(BOB, parent.clip, next);
      expect(made.clip.state).toBe('posted');
      expect(made.clip.parentId).toBe(parent.clip.id);
      expect(bot.sim.stats().creates - creates).toBe(1);

      const probed = await probeBytes(made.bytes());
      expect(Math.abs(probed.durationS - 8)).toBeLessThanOrEqual(0.5);
      const audio = probed.streams.filter((s) => s.type === 'audio');
      expect(audio).toHaveLength(1);
      expect(Math.abs(audio[0]!.durationS - probed.durationS)).toBeLessThanOrEqual(0.5);

      const shot = await bot.app.store.clips.get(shotClipId(made.clip.id, 0));
      expect(shot?.providerJobId).toBeDefined();
      if (native) {
        // The provider's own extension: its video already holds the parent.
        expect(shot?.startedFrom).toBe('extension');
        expect(bot.sim.given()[shot!.providerJobId!]?.extendedFromId).toBe(parent.clip.providerJobId);
      } else {
        // From the parent's last frame, rendered as image-to-video and joined after it.
        expect(shot?.startedFrom).toBe('lastFrame');
        const requestId = decodeJobId(shot!.providerJobId!).requestId;
        expect(bot.sim.given()[requestId]?.firstFrameSha256).toBe(await lastFrameSha(parent.bytes));
      }
    },
    120_000,
  );
});
