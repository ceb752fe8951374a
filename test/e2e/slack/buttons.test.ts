import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMIX_SHORTCUT_ID } from '../../../adapters/slack/actions.ts';
import { INPUT_MAX, PROMPT_BLOCK } from '../../../adapters/slack/modal.ts';
import { ACTION_IDS } from '../../../adapters/slack/render.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeMessage } from '../../fakes/slack/index.ts';
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
  shown,
  startSlackBot,
  submitPrompt,
  threadMessages,
  until,
} from './harness.ts';

let bot: SlackBot;
/** Ada's finished clip, its thread root, status message and video message. */
let clip: Clip;
let root: FakeMessage;
let card: FakeMessage;
let video: FakeMessage;

/** Start a clip with /sora as `user`; resolves with its root, card and clip. */
async function ask(user: string, text: string) {
  const before = new Set(bot.fake.state.messages.map((m) => m.ts));
  await bot.driver.slashCommand({ text, user, channel: CHANNEL });
  const newRoot = await until('a thread root', () =>
    bot.fake.state.messages.find((m) => !before.has(m.ts) && !m.threadTs && m.user === 'U_BOT'),
  );
  const newCard = await until('its status message', () => threadMessages(bot, newRoot.ts)[0]);
  return { root: newRoot, card: newCard, clip: await clipOfMessage(bot, newCard) };
}

const press = (
  user: string,
  action: keyof typeof ACTION_IDS,
  on: { card: FakeMessage; root: FakeMessage; clip: Clip },
) =>
  bot.driver.button({
    user,
    channel: CHANNEL,
    messageTs: on.card.ts,
    threadTs: on.root.ts,
    actionId: ACTION_IDS[action],
    value: on.clip.id,
  });

const whispersTo = (user: string) => bot.fake.state.ephemerals.filter((e) => e.user === user);
const lastView = () => bot.fake.state.views.at(-1)!;

beforeAll(async () => {
  bot = await startSlackBot('slack-buttons');
  ({ clip, root, card } = await ask(ADA, 'a paper lantern drifting over a lake, 4 seconds'));
  clip = await finished(bot, clip.id);
  video = threadMessages(bot, root.ts).find((m) => m.subtype === 'file_share')!;
});
afterAll(async () => {
  await bot?.close();
});

describe('Remix', () => {
  it('opens a modal with the prompt, and the submitted clip lands in the thread crediting the author', async () => {
    const res = await press(BOB, 'remix', { card, root, clip });
    expect(res.status).toBe(200);
    const opened = await openedModal(bot, res);
    const input = (opened.view.blocks as { block_id?: string; element?: { initial_value?: string } }[]).find(
      (b) => b.block_id === PROMPT_BLOCK,
    )!;
    expect(input.element?.initial_value).toBe(clip.prompt);

    const before = threadMessages(bot, root.ts).length;
    const submitted = await submitPrompt(
      bot,
      BOB,
      opened,
      'a paper lantern drifting over a lake at dawn [slow]',
    );
    expect(submitted.status).toBe(200);
    const childCard = await until('the remix card', () => threadMessages(bot, root.ts)[before]);
    const child = await clipOfMessage(bot, childCard);
    expect(child).toMatchObject({ parentId: clip.id, origin: 'remix', author: { id: BOB, name: 'bob' } });
    expect(child.place.threadId).toBe(root.ts);
    expect(child.options).toMatchObject({ durationS: 4, size: clip.options.size });
    await until('the credit on the card', () => shown(childCard).includes('Remix of ada’s clip'));

    // Cancel: Ada may not cancel Bob's remix; Bob may.
    await press(ADA, 'cancel', { card: childCard, root, clip: child });
    const refusal = await until('the refusal', () => whispersTo(ADA).find((e) => e.text.includes('cancel')));
    expect(refusal).toMatchObject({ channel: CHANNEL, threadTs: root.ts });
    expect(refusal.text).toContain('Only bob or an admin can cancel this clip.');
    expect((await bot.app.store.clips.get(child.id))?.state).not.toBe('cancelled');
    await press(BOB, 'cancel', { card: childCard, root, clip: child });
    await until(
      'the cancelled clip',
      async () => (await bot.app.store.clips.get(child.id))?.state === 'cancelled',
    );
    await until('the cancelled card', () => shown(childCard).includes('Cancelled'));
  });

  it('refuses an empty prompt inside the modal, leaving it open', async () => {
    const res = await press(BOB, 'remix', { card, root, clip });
    const opened = await openedModal(bot, res);
    const answer = await submitPrompt(bot, BOB, opened, '   ');
    expect(answer.body).toMatchObject({
      response_action: 'errors',
      errors: { [PROMPT_BLOCK]: expect.stringContaining('empty') },
    });
  });

  it(`cuts a prompt longer than Slack's ${INPUT_MAX}-character text box, and says so`, async () => {
    const long = await ask(ADA, `${'a very long take of a river at night, '.repeat(95)} [slow]`);
    expect(long.clip.prompt.length).toBeGreaterThan(INPUT_MAX);
    const res = await press(BOB, 'remix', { ...long });
    const opened = await openedModal(bot, res);
    const text = JSON.stringify(opened.view.blocks);
    expect(text).toContain('the end was cut');
    const input = (opened.view.blocks as { element?: { initial_value?: string } }[]).find((b) => b.element)!;
    expect(input.element!.initial_value!.length).toBeLessThanOrEqual(INPUT_MAX);
    await bot.app.services.clips.cancel(long.clip.id, { id: ADA, name: 'ada' });
  });
});

describe('Edit video', () => {
  it('is offered where the model can edit its own video, and asks that model for the change', async () => {
    expect(shown(card)).toContain(ACTION_IDS.edit);
    const res = await press(BOB, 'edit', { card, root, clip });
    const opened = await openedModal(bot, res);
    expect(JSON.stringify(opened.view.title)).toContain('Edit video');
    const before = threadMessages(bot, root.ts).length;
    await submitPrompt(bot, BOB, opened, 'make it night [slow]');
    const editCard = await until('the edit card', () => threadMessages(bot, root.ts)[before]);
    const edit = await clipOfMessage(bot, editCard);
    expect(edit).toMatchObject({
      parentId: clip.id,
      origin: 'edit',
      provider: clip.provider,
      author: { id: BOB },
    });
    await until('the credit', () => shown(editCard).includes('Edit of ada’s clip'));
    await bot.app.services.clips.cancel(edit.id, { id: BOB, name: 'bob' });
  });
});

describe('Re-roll', () => {
  it('renders the same prompt again in the same thread, once per double click', async () => {
    const before = threadMessages(bot, root.ts).length;
    await Promise.all([
      press(BOB, 'reroll', { card, root, clip }),
      press(BOB, 'reroll', { card, root, clip }),
    ]);
    const rerollCard = await until('the re-roll card', () => threadMessages(bot, root.ts)[before]);
    const reroll = await clipOfMessage(bot, rerollCard);
    expect(reroll).toMatchObject({
      parentId: clip.id,
      origin: 'reroll',
      prompt: clip.prompt,
      options: clip.options,
    });
    expect((await finished(bot, reroll.id)).state).toBe('posted');
    await until('the credit', () => shown(rerollCard).includes('Re-roll of ada’s clip'));
    // One card and one video: the second click made nothing.
    expect(
      threadMessages(bot, root.ts)
        .slice(before)
        .map((m) => m.subtype ?? 'message'),
    ).toEqual(['message', 'file_share']);
  });
});

describe('votes', () => {
  const votes = () => bot.app.store.votes.count(clip.id);
  const react = (type: 'reaction_added' | 'reaction_removed', user: string, reaction: string, on = video) =>
    bot.driver.reaction(type, { user, reaction, channel: CHANNEL, ts: on.ts });

  it('count once per member, on the video or the channel message, and follow removal', async () => {
    expect(await votes()).toBe(0);
    await react('reaction_added', BOB, '+1');
    await until('Bob’s vote', async () => (await votes()) === 1);
    await react('reaction_added', BOB, '+1', root); // the same member on another message of the clip
    await react('reaction_added', OTHER_BOT, '+1'); // bots never count
    await react('reaction_added', ADA, '+1'); // nor the author
    await react('reaction_added', BOB, 'tada'); // nor other reactions
    await react('reaction_added', ADMIN, '+1::skin-tone-3', card); // a skin tone is the same vote
    await until('Grace’s vote', async () => (await votes()) === 2);
    expect(await bot.app.store.votes.voters(clip.id)).toEqual(expect.arrayContaining([BOB, ADMIN]));
    expect(await votes()).toBe(2);

    await react('reaction_removed', BOB, '+1');
    await until('Bob’s vote taken back', async () => (await votes()) === 1);
    expect(await bot.app.store.votes.voters(clip.id)).toEqual([ADMIN]);
  });
});

describe('message shortcut "Remix this prompt"', () => {
  it('turns any member message into a clip in its thread', async () => {
    const ts = bot.fake.memberMessage(CHANNEL, BOB, 'a lighthouse keeper feeding gulls [slow], 4 seconds');
    const res = await bot.driver.shortcut({
      user: BOB,
      channel: CHANNEL,
      callbackId: REMIX_SHORTCUT_ID,
      message: { ts, text: 'a lighthouse keeper feeding gulls [slow], 4 seconds', user: BOB },
    });
    expect(res.status).toBe(200);
    const opened = await openedModal(bot, res);
    await submitPrompt(bot, BOB, opened, 'a lighthouse keeper feeding gulls [slow], 4 seconds');
    const newCard = await until('the card', () => threadMessages(bot, ts)[0]);
    const made = await clipOfMessage(bot, newCard);
    expect(made).toMatchObject({
      origin: 'new',
      author: { id: BOB },
      prompt: 'a lighthouse keeper feeding gulls [slow]',
    });
    expect(made.place.threadId).toBe(ts);
    await bot.app.services.clips.cancel(made.id, { id: BOB, name: 'bob' });
  });

  it('on a clip message, remixes that clip', async () => {
    const res = await bot.driver.shortcut({
      user: BOB,
      channel: CHANNEL,
      callbackId: REMIX_SHORTCUT_ID,
      message: { ts: root.ts, text: root.text, user: 'U_BOT' },
    });
    const opened = await openedModal(bot, res);
    expect(JSON.parse(String(opened.view.private_metadata))).toMatchObject({
      parentId: clip.id,
      threadTs: root.ts,
    });
    expect(lastView().id).toBe(opened.id);
  });
});

describe('Delete', () => {
  it('refuses members who neither made the clip nor run the workspace; an admin takes it all down', async () => {
    await press(BOB, 'delete', { card, root, clip });
    const refusal = await until('the refusal', () => whispersTo(BOB).find((e) => e.text.includes('delete')));
    expect(refusal.text).toContain('Only ada or an admin can delete this clip.');
    expect(card.deleted || root.deleted || video.deleted).toBe(false);

    await press(ADMIN, 'delete', { card, root, clip });
    await until(
      'the clip to go',
      async () => (await bot.app.store.clips.get(clip.id))?.deletedAt !== undefined,
    );
    // Card, thread root and video go one after another: wait for all three.
    const fileId = video.fileIds![0]!;
    await until(
      'its messages and its file to go',
      () => card.deleted && root.deleted && bot.fake.state.files.get(fileId)?.deleted,
    );
    expect(video.deleted).toBe(true);
    // Buttons on the deleted clip now explain instead of acting.
    await press(BOB, 'remix', { card, root, clip });
    await until('the explanation', () => whispersTo(BOB).find((e) => e.text.includes('no longer exists')));
  });
});
