import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../../fakes/discord/records.ts';
import { P } from '../../fakes/discord/world.ts';
import { DiscordE2E, until } from './harness.ts';

let e: DiscordE2E;
const EPHEMERAL = 64;

beforeAll(async () => {
  e = await DiscordE2E.start('generate', { renderMs: 1000 });
});
afterAll(async () => {
  await e?.close();
});

const titles = (m: FakeMessage) =>
  m.history
    .map((b) => (b.embeds as { title?: string }[] | undefined)?.[0]?.title)
    .filter(Boolean) as string[];

describe('/sora generate, end to end through discord.js, BullMQ and the simulator', () => {
  it('defers before the provider is asked, shows progress, and posts the MP4 as an attachment', async () => {
    const { fake, sim } = e;
    const { alice } = fake.world.users;
    let createsWhenDeferred: number | undefined;
    fake.state.events.on('callback', ({ type }: { type: number }) => {
      if (type === 5 && createsWhenDeferred === undefined) createsWhenDeferred = sim.stats().createRequests;
    });
    const createsBefore = sim.stats().createRequests;

    const run = fake.runSlashCommand({
      user: alice,
      subcommand: 'generate',
      options: { prompt: 'a paper boat sails down a rainy street', duration: 4, aspect: 'landscape' },
    });
    expect(await fake.waitForAck(run)).toBe(5);
    // The deferral reached Discord before the provider got any create request.
    expect(createsWhenDeferred).toBe(createsBefore);

    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    expect(clip).toMatchObject({
      author: { id: alice.id, name: 'Alice' },
      place: { channelId: card.channelId },
    });
    const done = await e.waitForEnd(clip.id);
    expect(done.state).toBe('posted');
    expect(sim.stats().createRequests - createsBefore).toBe(1);
    // The store says posted just before the last card edit goes out.
    await until(() => titles(card).at(-1)?.includes('Done'), 10_000, 'the done card');

    // The card went from queued through rendering to done, with a progress bar on the way.
    const shown = titles(card);
    expect(shown[0]).toMatch(/Queued/);
    expect(shown).toContainEqual(expect.stringMatching(/Rendering/));
    expect(shown.at(-1)).toMatch(/Done/);
    const bars = card.history.flatMap((b) =>
      ((b.embeds as { fields?: { name: string; value: string }[] }[] | undefined)?.[0]?.fields ?? []).filter(
        (f) => f.name === 'Progress',
      ),
    );
    expect(bars.length).toBeGreaterThan(0);
    expect(bars[0]!.value).toMatch(/^[▰▱]{10} \d+%$/);
    expect(card.embeds[0]).toMatchObject({ description: 'a paper boat sails down a rainy street' });

    // One MP4 attachment, under the channel's limit, replying to the card.
    const files = fake.uploadedFiles();
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file!.data.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(file!.size).toBe(file!.data.length);
    expect(file!.size).toBeLessThanOrEqual(fake.state.uploadLimit);
    expect(file!.filename).toMatch(/\.mp4$/);
    expect(file!.content_type).toBe('video/mp4');
    const video = fake.message(file!.messageId)!;
    expect(video.referenceId).toBe(card.id);
    expect(video.nonce).toHaveLength(25);
    expect(video.content).toContain('a paper boat sails down a rainy street');
    const buttons = video.components.flatMap((r) => (r.components ?? []) as { custom_id: string }[]);
    // Edit is offered because the simulated Sora model can change its own videos; Extend is on
    // every posted clip (issue 15).
    expect(buttons.map((b) => b.custom_id)).toEqual([
      `reelbot:remix:${clip.id}`,
      `reelbot:edit:${clip.id}`,
      `reelbot:reroll:${clip.id}`,
      `reelbot:delete:${clip.id}`,
      `reelbot:extend:${clip.id}`,
    ]);
    // The upload went with the bot token, as a channel message (it outlives any interaction token).
    const upload = fake.state.requests.find((r) => r.files.length > 0)!;
    expect(upload).toMatchObject({
      method: 'POST',
      path: `/channels/${card.channelId}/messages`,
      botAuth: true,
    });
    expect(upload.json).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    await e.settled();
  });

  it('makes one clip when Discord delivers the same interaction twice', async () => {
    const { fake, sim } = e;
    const createsBefore = sim.stats().createRequests;
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      subcommand: 'generate',
      options: { prompt: 'two lanterns drift over a lake', duration: 4 },
    });
    fake.redeliver(run);
    expect(await fake.waitForAck(run)).toBe(5);
    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    expect((await e.waitForEnd(clip.id)).state).toBe('posted');
    await e.settled();
    const callbacks = fake.state.requests.filter((r) => r.path.startsWith(`/interactions/${run.id}/`));
    expect(callbacks.map((r) => r.status).sort()).toEqual([204, 400, 400]);
    expect(sim.stats().createRequests - createsBefore).toBe(1);
    const videos = fake.uploadedFiles().filter((f) => fake.message(f.messageId)!.referenceId === card.id);
    expect(videos).toHaveLength(1);
  });
});

describe('refusals are private and change nothing', () => {
  it('answers an invalid option privately as the first response, before deferring', async () => {
    const { fake, sim } = e;
    const createsBefore = sim.stats().createRequests;
    const messagesBefore = fake.messages().length;
    const reserved = async () => {
      const day = new Date().toISOString().slice(0, 10);
      const books = await e.app.store.ledger.usage({
        scope: `discord:${fake.world.guildId}`,
        memberId: fake.world.users.alice.id,
        day,
        month: day.slice(0, 7),
      });
      return books.month.workspace.reservedCents;
    };
    const reservedBefore = await reserved();
    const run = fake.runSlashCommand({
      user: fake.world.users.alice,
      subcommand: 'generate',
      options: { prompt: 'x'.repeat(4001) },
    });
    expect(await fake.waitForAck(run)).toBe(4);
    const answer = fake.message(run.originalId!)!;
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toContain('4000 characters');
    expect(fake.messages().length).toBe(messagesBefore + 1);
    expect(sim.stats().createRequests).toBe(createsBefore);
    expect(await reserved()).toBe(reservedBefore);
  });

  it('refuses a size the model does not make after deferring: the deferral goes, the reason is private', async () => {
    const { fake, sim } = e;
    const createsBefore = sim.stats().createRequests;
    const run = fake.runSlashCommand({
      user: fake.world.users.alice,
      subcommand: 'generate',
      options: { prompt: 'a heron', model: 'sora-2', size: '1920x1080' },
    });
    expect(await fake.waitForAck(run)).toBe(5);
    const interaction = fake.interaction(run.id);
    await fake.waitForMessage((m) => interaction.followupIds.includes(m.id));
    expect(fake.message(run.originalId!)!.deleted).toBe(true);
    const followup = fake.message(interaction.followupIds[0]!)!;
    expect(followup.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followup.content).toContain('1920x1080');
    expect(sim.stats().createRequests).toBe(createsBefore);
    expect(
      await e.app.services.clips.clipForMessage(`discord:${run.channelId}:${run.originalId}`),
    ).toBeUndefined();
  });

  it('tells the member which permission the bot lacks in the channel, and queues nothing', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.alice,
      subcommand: 'generate',
      options: { prompt: 'a fox in snow' },
      appPermissions: P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory,
    });
    expect(await fake.waitForAck(run)).toBe(4);
    const answer = fake.message(run.originalId!)!;
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toContain('Attach Files');
  });

  it('answers /sora help privately with the models on offer', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({ user: fake.world.users.carol, subcommand: 'help' });
    // One ephemeral reply as the first response: no public "thinking…" to take back.
    expect(await fake.waitForAck(run)).toBe(4);
    const answer = fake.message(run.originalId!)!;
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toContain('generate');
    expect(answer.content).toContain('Sora 2');
    expect(fake.interaction(run.id).followupIds).toEqual([]);
  });
});
