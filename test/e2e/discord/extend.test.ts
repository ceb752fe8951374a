import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../simulator/types.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { decodeJobId } from '../../../src/providers/fal/job-id.ts';
import type { FakeInteraction } from '../../fakes/discord/records.ts';
import { ffprobe, lastFrameSha256, writeTemp } from '../../helpers/discord-media.ts';
import { DiscordE2E, until } from './harness.ts';

/**
 * Extend (issue 15) on Discord: the Extend button under a posted clip opens a form (what happens
 * next, seconds), and `/sora extend` does the same typed. On the OpenAI-compatible simulator the
 * provider extends its own video (`POST /videos/extensions`); on fal, which cannot, the clip's
 * last frame starts the continuation and the two are joined. Either way the new clip credits its
 * parent, is posted once, and lasts the parent plus the extension (ffprobe, within 0.5 s).
 */

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';

/** A posted 4 s clip by `user`, with its video message. */
async function postedClip(e: DiscordE2E, prompt: string) {
  const { fake } = e;
  const run = fake.runSlashCommand({
    user: fake.world.users.alice,
    subcommand: 'generate',
    options: { prompt, duration: 4 },
  });
  expect(await fake.waitForAck(run)).toBe(5);
  const card = fake.message(run.originalId!)!;
  const clip = await e.clipOfMessage(card.channelId, card.id);
  expect((await e.waitForEnd(clip.id)).state).toBe('posted');
  const file = await until(
    () => fake.uploadedFiles().find((f) => fake.message(f.messageId)?.referenceId === card.id),
    20_000,
    'the clip upload',
  );
  return { clip: (await e.app.store.clips.get(clip.id))!, file };
}

/** The clip an interaction's card became, ended, and its one upload. */
async function extended(e: DiscordE2E, run: FakeInteraction) {
  expect(await e.fake.waitForAck(run)).toBe(5);
  const card = e.fake.message(run.originalId!)!;
  const clip = await e.clipOfMessage(card.channelId, card.id);
  const done = await e.waitForEnd(clip.id, 60_000);
  expect(done.state).toBe('posted');
  const files = await e.uploadsReplyingTo(card, 'the extended upload');
  expect(files).toHaveLength(1);
  return { clip: done, file: files[0]! };
}

/** Press Extend under the posted clip and send the form. */
function pressExtend(e: DiscordE2E, videoMessageId: string, clip: Clip, prompt: string, seconds: string) {
  const { fake } = e;
  const { bob } = fake.world.users;
  const press = fake.clickButton(bob, videoMessageId, `reelbot:extend:${clip.id}`);
  return {
    press,
    submit: async () => {
      expect(await fake.waitForAck(press)).toBe(9);
      const modal = press.modal!;
      expect(modal.custom_id).toBe(`reelbot:extend:${clip.id}`);
      return fake.submitModal(bob, press, { prompt, seconds });
    },
  };
}

/** Extend the parent twice by 4 s: once through its Extend button and form, once through the command. */
async function extendBothWays(
  e: DiscordE2E,
  parent: Clip,
  videoMessageId: string,
  [byButtonPrompt, byCommandPrompt]: [string, string],
) {
  const { submit } = pressExtend(e, videoMessageId, parent, byButtonPrompt, '4');
  const byButton = await extended(e, await submit());
  const byCommand = await extended(
    e,
    e.fake.runSlashCommand({
      user: e.fake.world.users.alice,
      subcommand: 'extend',
      options: { clip: parent.id, prompt: byCommandPrompt, seconds: 4 },
    }),
  );
  return [byButton, byCommand] as const;
}

async function storyShots(e: DiscordE2E, storyId: string): Promise<Clip[]> {
  const story = await e.app.store.stories.get(storyId);
  return Promise.all(story!.shots.map(async (s) => (await e.app.store.clips.get(s.clipId))!));
}

describe('extend natively (OpenAI-compatible simulator: sora-2 extends its own videos)', () => {
  let e: DiscordE2E;
  beforeAll(async () => {
    e = await DiscordE2E.start('extend-native', { renderMs: 300 });
  });
  afterAll(async () => {
    await e?.close();
  });

  it('through the button and through the command: one extension each, 4 + 4 s, crediting the parent', async () => {
    const { fake, sim } = e;
    const { clip: parent, file } = await postedClip(e, 'a train leaves a snowy station');
    const creates = sim.stats().byApi.openai.creates;
    const [byButton, byCommand] = await extendBothWays(e, parent, file.messageId, [
      'the train enters a tunnel of light',
      'the train arrives by the sea',
    ]);
    // One provider job each: the provider's own extension of the parent's video.
    expect(sim.stats().byApi.openai.creates - creates).toBe(2);
    for (const { clip, file: upload } of [byButton, byCommand]) {
      expect(clip.parentId).toBe(parent.id);
      const owned = (await storyShots(e, clip.id)).filter((s) => s.id !== parent.id);
      expect(owned).toHaveLength(1);
      const shot = owned[0];
      expect(shot!.startedFrom).toBe('extension');
      expect(sim.given()[shot!.providerJobId!]?.extendedFromId).toBe(parent.providerJobId);
      const probed = await ffprobe(upload.data);
      expect(Math.abs(probed.durationS - 8)).toBeLessThanOrEqual(0.5);
      expect(probed.audio).toHaveLength(1);
      // The new clip's message names its parent's author as the credit.
      expect(fake.message(upload.messageId)!.content).toContain('Alice');
    }
  }, 120_000);

  it('an Extend form with seconds that are no number is refused privately, nothing bought', async () => {
    const { sim } = e;
    const { clip: parent, file } = await postedClip(e, 'a kettle starts to whistle');
    const creates = sim.stats().createRequests;
    const { submit } = pressExtend(e, file.messageId, parent, 'steam fills the kitchen', 'ten');
    const answer = await e.privateAnswer(await submit());
    expect(answer.content).toMatch(/whole number/);
    expect(sim.stats().createRequests).toBe(creates);
  }, 60_000);
});

describe('extend by last frame (fal Veo 3.1 cannot extend its own videos)', () => {
  let e: DiscordE2E;
  beforeAll(async () => {
    e = await DiscordE2E.start('extend-frame', {
      renderMs: 300,
      env: (sim: Simulator) => ({
        VIDEO_PROVIDER: 'fal',
        FAL_KEY,
        FAL_BASE_URL: sim.falUrl,
        FAL_MODELS: 'fal-ai/veo3.1/fast',
      }),
    });
  });
  afterAll(async () => {
    await e?.close();
  });

  it('through the button and through the command: the parent’s last frame starts a 4 s shot, joined to 8 s', async () => {
    const { sim } = e;
    const { clip: parent, file } = await postedClip(e, 'a hot air balloon lifts off');
    const parentLastFrame = await lastFrameSha256(await writeTemp(file.data));
    const creates = sim.stats().byApi.fal.creates;
    const [byButton, byCommand] = await extendBothWays(e, parent, file.messageId, [
      'the balloon drifts over hills',
      'the balloon lands in a field',
    ]);
    // One new render each: the continuation only (the parent is reused, not bought again).
    expect(sim.stats().byApi.fal.creates - creates).toBe(2);
    for (const { clip, file: upload } of [byButton, byCommand]) {
      expect(clip.parentId).toBe(parent.id);
      const owned = (await storyShots(e, clip.id)).filter((s) => s.id !== parent.id);
      expect(owned).toHaveLength(1);
      expect(owned[0]!.startedFrom).toBe('lastFrame');
      const given = sim.given()[decodeJobId(owned[0]!.providerJobId!).requestId];
      expect(given?.firstFrameSha256).toBe(parentLastFrame);
      const probed = await ffprobe(upload.data);
      expect(Math.abs(probed.durationS - 8)).toBeLessThanOrEqual(0.5);
      expect(probed.audio).toHaveLength(1);
      expect(Math.abs(probed.audio[0]!.durationS - probed.durationS)).toBeLessThanOrEqual(0.5);
    }
  }, 120_000);
});
