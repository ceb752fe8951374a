import type { APIUser } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeInteraction, FakeMessage } from '../../fakes/discord/records.ts';
import { DiscordE2E, until } from './harness.ts';

const EPHEMERAL = 64;
let e: DiscordE2E;
/** Alice's finished clip, shared by the tests below. */
let original: { clip: Clip; card: FakeMessage; video: FakeMessage };

beforeAll(async () => {
  e = await DiscordE2E.start('buttons', { renderMs: 1000 });
  original = await make(e.fake.world.users.alice, 'a red kite over green hills, wide shot');
});
afterAll(async () => {
  await e?.close();
});

async function make(user: APIUser, prompt: string) {
  const run = e.fake.runSlashCommand({ user, subcommand: 'generate', options: { prompt, duration: 4 } });
  await e.fake.waitForAck(run);
  const card = e.fake.message(run.originalId!)!;
  const clip = await e.clipOfMessage(card.channelId, card.id);
  const done = await e.waitForEnd(clip.id);
  const video = await e.fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
  return { clip: done, card, video };
}

/** The private answer an interaction got: its ephemeral reply, or its ephemeral follow-up. */
async function privateAnswer(interaction: FakeInteraction): Promise<FakeMessage> {
  return e.fake.waitForMessage(
    (m) =>
      (m.id === interaction.originalId || interaction.followupIds.includes(m.id)) &&
      (m.flags & EPHEMERAL) !== 0 &&
      m.content !== '',
  );
}

const button = (action: string, clipId: string) => `reelbot:${action}:${clipId}`;

describe('Remix', () => {
  it('opens a modal pre-filled with the prompt as the first response, and the submission makes a credited child', async () => {
    const { fake } = e;
    const { bob } = fake.world.users;
    const click = fake.clickButton(bob, original.video.id, button('remix', original.clip.id));
    expect(await fake.waitForAck(click)).toBe(9);
    // Nothing was sent before the modal: it was the first and only answer.
    expect(fake.state.requests.filter((r) => r.path.startsWith(`/interactions/${click.id}/`))).toHaveLength(
      1,
    );
    const inputs = JSON.stringify(click.modal);
    expect(inputs).toContain(JSON.stringify(original.clip.prompt));
    expect(String(click.modal!.title)).toContain('Alice');

    const submit = fake.submitModal(bob, click, { prompt: 'a red kite over green hills at sunset' });
    expect(await fake.waitForAck(submit)).toBe(5);
    const card = fake.message(submit.originalId!)!;
    const child = await e.clipOfMessage(card.channelId, card.id);
    expect(child).toMatchObject({
      parentId: original.clip.id,
      origin: 'remix',
      prompt: 'a red kite over green hills at sunset',
      author: { id: bob.id },
    });
    expect((await e.waitForEnd(child.id)).state).toBe('posted');
    const credit = (card.embeds[0]!.fields as { name: string; value: string }[]).find(
      (f) => f.name === 'Remix of',
    );
    expect(credit?.value).toBe('Alice’s clip');
    const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
    expect(video.content).toContain('remix of Alice’s clip');
    await e.settled();
  });

  it('refuses privately, as the first response, when the clip is gone', async () => {
    const { fake, app } = e;
    const gone = await make(fake.world.users.carol, 'a lost balloon');
    await app.store.clips.update(gone.clip.id, { deletedAt: Date.now() });
    const click = fake.clickButton(fake.world.users.bob, gone.video.id, button('remix', gone.clip.id));
    expect(await fake.waitForAck(click)).toBe(4);
    expect((await privateAnswer(click)).content).toBe('That clip no longer exists.');
    await e.settled();
  });
});

describe('Edit', () => {
  it('asks for the change in a modal and has the same provider change the video, credited', async () => {
    const { fake } = e;
    const { carol } = fake.world.users;
    const click = fake.clickButton(carol, original.video.id, button('edit', original.clip.id));
    expect(await fake.waitForAck(click)).toBe(9);
    const submit = fake.submitModal(carol, click, { prompt: 'make it night, with stars' });
    expect(await fake.waitForAck(submit)).toBe(5);
    const card = fake.message(submit.originalId!)!;
    const edit = await e.clipOfMessage(card.channelId, card.id);
    expect(edit).toMatchObject({
      parentId: original.clip.id,
      origin: 'edit',
      prompt: 'make it night, with stars',
      provider: original.clip.provider,
      author: { id: carol.id },
    });
    const done = await e.waitForEnd(edit.id);
    expect(done.state).toBe('posted');
    const credit = (card.embeds[0]!.fields as { name: string; value: string }[]).find(
      (f) => f.name === 'Edit of',
    );
    expect(credit?.value).toBe('Alice’s clip');
    await e.settled();
  });
});

describe('Re-roll', () => {
  it('renders the same prompt again for whoever pressed it, credited to the original', async () => {
    const { fake, sim } = e;
    const { carol } = fake.world.users;
    const creates = sim.stats().createRequests;
    const click = fake.clickButton(carol, original.video.id, button('reroll', original.clip.id));
    expect(await fake.waitForAck(click)).toBe(5);
    const card = fake.message(click.originalId!)!;
    const reroll = await e.clipOfMessage(card.channelId, card.id);
    expect(reroll).toMatchObject({
      parentId: original.clip.id,
      origin: 'reroll',
      prompt: original.clip.prompt,
      author: { id: carol.id },
    });
    expect((await e.waitForEnd(reroll.id)).state).toBe('posted');
    expect(sim.stats().createRequests - creates).toBe(1);
    await e.settled();
  });
});

describe('Cancel and Delete', () => {
  it('lets only the author or an admin cancel a running clip', async () => {
    const { fake } = e;
    const { alice, bob } = fake.world.users;
    const run = fake.runSlashCommand({
      user: alice,
      subcommand: 'generate',
      options: { prompt: 'a very long tracking shot [slow]', duration: 4 },
    });
    await fake.waitForAck(run);
    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    await until(
      () => card.components.length > 0 && JSON.stringify(card.components).includes(button('cancel', clip.id)),
      10_000,
      'the Cancel button',
    );

    const refused = fake.clickButton(bob, card.id, button('cancel', clip.id));
    expect((await privateAnswer(refused)).content).toBe('Only Alice or an admin can cancel this clip.');
    expect((await e.app.store.clips.get(clip.id))?.state).not.toBe('cancelled');

    const cancel = fake.clickButton(alice, card.id, button('cancel', clip.id));
    expect((await privateAnswer(cancel)).content).toBe('Cancelled.');
    expect((await e.app.store.clips.get(clip.id))?.state).toBe('cancelled');
    await until(() => String(card.embeds[0]?.title).includes('Cancelled'), 10_000, 'the cancelled card');
    await e.settled();
  });

  it('lets an admin delete anyone’s clip, refuses other members, and takes both messages down', async () => {
    const { fake } = e;
    const { carol, bob, admin } = fake.world.users;
    const target = await make(bob, 'a paper plane loops twice');

    const refused = fake.clickButton(carol, target.video.id, button('delete', target.clip.id));
    expect((await privateAnswer(refused)).content).toBe('Only Bob or an admin can delete this clip.');
    expect(target.video.deleted).toBe(false);

    const removed = fake.clickButton(admin, target.video.id, button('delete', target.clip.id));
    expect((await privateAnswer(removed)).content).toBe('Deleted.');
    expect(target.video.deleted).toBe(true);
    expect(target.card.deleted).toBe(true);
    expect(
      await e.app.services.clips.clipForMessage(`discord:${target.card.channelId}:${target.video.id}`),
    ).toBeUndefined();
  });

  it('lets the author delete their own clip', async () => {
    const { fake } = e;
    const click = fake.clickButton(
      fake.world.users.alice,
      original.video.id,
      button('delete', original.clip.id),
    );
    expect((await privateAnswer(click)).content).toBe('Deleted.');
    expect(original.video.deleted).toBe(true);
    expect(original.card.deleted).toBe(true);
  });
});
