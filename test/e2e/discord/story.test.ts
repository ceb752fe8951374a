import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../src/core/clip/clip.ts';
import type { FakeInteraction, FakeMessage } from '../../fakes/discord/records.ts';
import { ffprobe, lastFrameSha256, openaiVideo } from '../../helpers/discord-media.ts';
import { LONE_SURROGATE } from '../../helpers/hostile-text.ts';
import { DiscordE2E, EPHEMERAL, until } from './harness.ts';

/**
 * Stories (issue 15) on Discord, end to end: the real discord.js client against the fake, the
 * app on Redis, the OpenAI-compatible simulator rendering real video. A flow story told through
 * the Story form and a cut story with fades typed as a command: each is posted once, as one MP4
 * of the right length with one sound track, each shot bought once.
 */

let e: DiscordE2E;
const KEY = 'sk-test-pipeline-key';

beforeAll(async () => {
  e = await DiscordE2E.start('story', { renderMs: 300 });
});
afterAll(async () => {
  await e?.close();
});

type Field = { name: string; value: string };
const fieldsOf = (body: Record<string, unknown>) =>
  ((body.embeds as { fields?: Field[] }[] | undefined)?.[0]?.fields ?? []) as Field[];

/** The story's clip, ended, with its one upload (the MP4 replying to its card). */
async function posted(card: FakeMessage) {
  const clip = await e.clipOfMessage(card.channelId, card.id);
  const done = await e.waitForEnd(clip.id, 90_000);
  expect(done.state).toBe('posted');
  const files = await e.uploadsReplyingTo(card, "the story's upload");
  return { clip: done, files };
}

async function shotsOf(storyId: string): Promise<Clip[]> {
  const story = await e.app.store.stories.get(storyId);
  const clips = await Promise.all(story!.shots.map((s) => e.app.store.clips.get(s.clipId)));
  return clips.map((c) => c!);
}

/** The card's message once every body it was sent is recorded (its last is the posted card). */
async function storyCard(run: FakeInteraction) {
  expect(await e.fake.waitForAck(run)).toBe(5);
  return e.fake.message(run.originalId!)!;
}

describe('stories on Discord', () => {
  it('a 3-shot FLOW story from the Story form: one MP4, the sum of its shots, each shot from the last frame before it', async () => {
    const { fake, sim } = e;
    const { alice } = fake.world.users;
    const creates = sim.stats().byApi.openai.creates;
    // `/sora story` without shots answers with the form (a modal, callback type 9).
    const opener = fake.runSlashCommand({
      user: alice,
      subcommand: 'story',
      options: { seconds: 4, mode: 'flow' },
    });
    expect(await fake.waitForAck(opener)).toBe(9);
    const modal = opener.modal!;
    expect((modal.components as unknown[]).length).toBeLessThanOrEqual(5);
    expect(String(modal.custom_id)).toContain('mode=flow');
    const submit = fake.submitModal(alice, opener, {
      shot1: 'a lighthouse keeper wakes before dawn',
      shot2: 'she climbs the spiral stairs <@&123> @everyone',
      shot3: 'she lights the lamp as the storm arrives',
      look: 'oil painting, warm lamplight, one keeper in a yellow coat',
    });
    const card = await storyCard(submit);
    const { clip, files } = await posted(card);
    expect(files).toHaveLength(1);

    // The card drew a row per shot, with the whole story's estimate while it rendered.
    const drawn = card.history.map(fieldsOf);
    const early = drawn.find((fields) => fields.some((f) => f.name.startsWith('Shot 3')))!;
    expect(early.filter((f) => /^Shot \d/.test(f.name))).toHaveLength(3);
    expect(early.find((f) => f.name.startsWith('Estimated cost'))?.value).toMatch(/^\$\d+\.\d\d$/);
    expect(drawn.flat().some((f) => /^Shot \d · 🎬 rendering [▰▱]{10} \d+%$/.test(f.name))).toBe(true);
    // The member's text is escaped: the mention is literal and @everyone is broken.
    const shot2 = drawn.at(-1)!.find((f) => f.name.startsWith('Shot 2'))!;
    expect(shot2.value).toContain('\\<@&123>');
    expect(shot2.value).toContain('@\u200beveryone');
    const drawnBodies = card.history.filter((b) => Array.isArray(b.embeds) && b.embeds.length > 0);
    expect(drawnBodies.length).toBeGreaterThan(3);
    for (const body of drawnBodies) expect(body.allowed_mentions).toEqual({ parse: [] });

    // One create per shot, posted once: one MP4 of 12 s with one sound track covering it.
    expect(sim.stats().byApi.openai.creates - creates).toBe(3);
    const probed = await ffprobe(files[0]!.data);
    expect(probed.videoStreams).toBe(1);
    expect(Math.abs(probed.durationS - 12)).toBeLessThanOrEqual(0.5);
    expect(probed.audio).toHaveLength(1);
    expect(Math.abs(probed.audio[0]!.durationS - probed.durationS)).toBeLessThanOrEqual(0.5);

    // In flow each shot after the first was given the previous shot's last frame.
    const shots = await shotsOf(clip.id);
    expect(shots).toHaveLength(3);
    const given = sim.given();
    expect(given[shots[0]!.providerJobId!]?.firstFrameSha256).toBeUndefined();
    for (const i of [1, 2]) {
      const previous = await openaiVideo(sim, shots[i - 1]!.providerJobId!, KEY);
      expect(given[shots[i]!.providerJobId!]?.firstFrameSha256).toBe(await lastFrameSha256(previous));
    }

    // The posted story offers Extend and a Re-roll per shot; Delete stays.
    const ids = fake
      .message(files[0]!.messageId)!
      .components.flatMap((r) => (r.components ?? []) as { custom_id: string }[])
      .map((b) => b.custom_id);
    expect(ids).toEqual([
      `reelbot:delete:${clip.id}`,
      `reelbot:extend:${clip.id}`,
      `reelbot:shot:${clip.id}:1`,
      `reelbot:shot:${clip.id}:2`,
      `reelbot:shot:${clip.id}:3`,
    ]);
  }, 120_000);

  it('a 3-shot CUT story with fades from the command: one MP4, the sum minus the fades, one create per shot', async () => {
    const { fake, sim } = e;
    const { bob } = fake.world.users;
    const creates = sim.stats().byApi.openai.creates;
    const run = fake.runSlashCommand({
      user: bob,
      subcommand: 'story',
      options: {
        shots: 'a red kite rises | the kite crosses the sun | the kite lands in a tree',
        seconds: 4,
        mode: 'cut',
        transition: 'fade',
      },
    });
    const card = await storyCard(run);
    const { clip, files } = await posted(card);
    expect(files).toHaveLength(1);
    expect(sim.stats().byApi.openai.creates - creates).toBe(3);
    const probed = await ffprobe(files[0]!.data);
    // The two fades overlap the shots by under half a second in all (the core shares 0.45 s
    // between them, so the story stays as long as its shots): 12 - 0.45.
    expect(Math.abs(probed.durationS - (12 - 0.45))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(probed.durationS - 12)).toBeLessThanOrEqual(0.5);
    expect(probed.audio).toHaveLength(1);
    expect(Math.abs(probed.audio[0]!.durationS - probed.durationS)).toBeLessThanOrEqual(0.5);
    const last = fieldsOf(card.history.at(-1)!);
    expect(last.find((f) => f.name === 'Story')?.value).toBe('3 shots · cut · fades');
    expect(last.filter((f) => / · ✅ done$/.test(f.name))).toHaveLength(3);
    // Each shot was rendered on its own (cut): none was given a first frame.
    for (const shot of await shotsOf(clip.id)) {
      expect(sim.given()[shot.providerJobId!]?.firstFrameSha256).toBeUndefined();
    }
  }, 120_000);

  it('a Story form with no shot written is refused privately and nothing is bought', async () => {
    const { fake, sim } = e;
    const { alice } = fake.world.users;
    const creates = sim.stats().createRequests;
    const opener = fake.runSlashCommand({ user: alice, subcommand: 'story', options: { mode: 'cut' } });
    expect(await fake.waitForAck(opener)).toBe(9);
    const submit = fake.submitModal(alice, opener, { shot1: '   ', look: 'neon' });
    const answer = await e.privateAnswer(submit);
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toMatch(/Write the shots/);
    expect(sim.stats().createRequests).toBe(creates);
  });

  it('six shots of hostile text fit the card and the buttons; Re-roll shot 2 renders only that shot into a new cut crediting the first', async () => {
    const { fake, sim } = e;
    const { carol } = fake.world.users;
    // Markup that escaping doubles and emoji at every cut point; no `|` (it separates shots).
    const shot = (n: number) => `${n} ${'x'.repeat(n % 2)}${'*_`<@~😀'.repeat(70)}`.slice(0, 600);
    const shots = [1, 2, 3, 4, 5, 6].map(shot);
    const run = fake.runSlashCommand({
      user: carol,
      subcommand: 'story',
      options: { shots: shots.join(' | '), seconds: 4, mode: 'cut' },
    });
    const card = await storyCard(run);
    const { clip, files } = await posted(card);
    expect(files).toHaveLength(1);
    // Every card body the fake accepted (it refuses any over Discord's limits) drew six rows.
    await until(
      () => fieldsOf(card.history.at(-1)!).filter((f) => / · ✅ done$/.test(f.name)).length === 6,
      10_000,
      'the done card',
    );
    for (const body of card.history) {
      for (const f of fieldsOf(body)) {
        expect(f.value.length).toBeLessThanOrEqual(1024);
        expect(LONE_SURROGATE.test(f.value)).toBe(false);
      }
    }
    const message = fake.message(files[0]!.messageId)!;
    const rows = message.components.map((r) =>
      ((r.components ?? []) as { custom_id: string }[]).map((b) => b.custom_id),
    );
    expect(rows).toEqual([
      [`reelbot:delete:${clip.id}`, `reelbot:extend:${clip.id}`],
      [1, 2, 3, 4, 5].map((n) => `reelbot:shot:${clip.id}:${n}`),
      [`reelbot:shot:${clip.id}:6`],
    ]);

    const creates = sim.stats().byApi.openai.creates;
    const press = fake.clickButton(fake.world.users.alice, message.id, `reelbot:shot:${clip.id}:2`);
    const recut = await posted(await storyCard(press));
    expect(recut.files).toHaveLength(1);
    expect(recut.clip.parentId).toBe(clip.id);
    // Only shot 2 was rendered again; the other five are the first cut's.
    expect(sim.stats().byApi.openai.creates - creates).toBe(1);
    const story = await e.app.store.stories.get(recut.clip.id);
    expect(story!.shots.map((s) => s.own)).toEqual([false, true, false, false, false, false]);
    const probed = await ffprobe(recut.files[0]!.data);
    expect(Math.abs(probed.durationS - 24)).toBeLessThanOrEqual(0.5);
    // Discord (the fake) refused no body the bot sent: nothing was over a limit.
    expect(fake.state.requests.filter((r) => r.status === 400)).toEqual([]);
  }, 180_000);
});
