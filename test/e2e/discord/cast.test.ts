import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../simulator/types.ts';
import { metadataSegments, readJpeg } from '../../../src/media/jpeg-segments.ts';
import type { FakeInteraction } from '../../fakes/discord/records.ts';
import { GPS_MARK, HTML, JPEG_MAGIC_PDF, jpegWithGps, overLimit, PDF } from '../../helpers/pictures.ts';
import { DiscordE2E, EPHEMERAL, until } from './harness.ts';

/**
 * Cast (issue 16) on Discord, end to end: Ada (the fake's Alice) adds a picture as an attachment
 * option; the bot checks its size, downloads it from the fake CDN's signed URL through the
 * guarded fetch and hands the bytes to the core. Bob's clip naming her is refused until she
 * approves him, then rendered on fal Veo 3.1 with her clean picture; she deletes it from its
 * message, and removing her cast cancels his next clip with a refund. Bad files are refused
 * with their message and nothing is stored.
 */

const FAL_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';
let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('cast', {
    renderMs: 400,
    env: (sim: Simulator) => ({
      VIDEO_PROVIDER: 'fal',
      FAL_KEY,
      FAL_BASE_URL: sim.falUrl,
      // The default model takes no pictures: a clip with a likeness must be routed to Veo 3.1.
      FAL_MODELS: 'fal-ai/veo3.1/fast,fal-ai/veo3.1',
    }),
  });
});
afterAll(async () => {
  await e?.close();
});

const scope = () => `discord:${e.fake.world.guildId}`;
const pictures = async (memberId: string) => (await e.app.store.cast.pictures(scope(), memberId)).length;

function castCommand(
  user: { id: string },
  subcommand: string,
  options: Record<string, string | number> = {},
  attachments?: Parameters<DiscordE2E['fake']['runSlashCommand']>[0]['attachments'],
): FakeInteraction {
  const member = Object.values(e.fake.world.users).find((u) => u.id === user.id)!;
  return e.fake.runSlashCommand({
    user: member,
    group: 'cast',
    subcommand,
    options,
    ...(attachments ? { attachments } : {}),
  });
}

const addPicture = (
  user: { id: string },
  data: Uint8Array,
  contentType = 'image/jpeg',
  name?: string,
  size?: number,
) =>
  castCommand(user, 'add', name ? { name } : {}, {
    image: { filename: 'me.jpg', contentType, data, ...(size !== undefined ? { size } : {}) },
  });

async function ended(interaction: FakeInteraction) {
  expect(await e.fake.waitForAck(interaction)).toBe(5);
  const card = e.fake.message(interaction.originalId!)!;
  const clip = await e.clipOfMessage(card.channelId, card.id);
  return { card, clip };
}

describe('cast on Discord', () => {
  it('Ada lends her likeness: refused, approved, rendered with her clean picture, deleted by her, cancelled and refunded on remove', async () => {
    const { fake, sim, app } = e;
    const { alice: ada, bob } = fake.world.users;

    // Ada adds a photo that carries EXIF GPS; the bot read it once from the signed CDN URL.
    const add = addPicture(ada, jpegWithGps(), 'image/jpeg', 'ada');
    const added = await e.privateAnswer(add);
    expect(added.content).toMatch(/Added: you have 1 of 3 pictures/);
    expect(fake.memberFiles.all().at(-1)!.requests).toBe(1);
    const [stored] = await app.store.cast.pictures(scope(), ada.id);
    expect(stored).toBeDefined();

    // Bob names her before she consents: refused, nothing bought or reserved.
    const createsBefore = sim.stats().createRequests;
    const refused = fake.runSlashCommand({
      user: bob,
      subcommand: 'generate',
      options: { prompt: `<@${ada.id}> rides a tandem bicycle`, duration: 4 },
    });
    const refusal = await e.privateAnswer(refused);
    expect(refusal.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(refusal.content).toMatch(/cast (allow|approve)/);
    expect(sim.stats().createRequests).toBe(createsBefore);

    // Ada approves Bob (a mention in the member option, resolved by Discord).
    await e.privateAnswer(castCommand(ada, 'allow', { who: 'approved' }));
    const approved = await e.privateAnswer(castCommand(ada, 'approve', { member: `<@${bob.id}>` }));
    expect(approved.content).toMatch(/Bob may use your likeness/);

    const referencesBefore = sim.receivedReferences().length;
    const { card, clip } = await ended(
      fake.runSlashCommand({
        user: bob,
        subcommand: 'generate',
        options: { prompt: `<@${ada.id}> rides a tandem bicycle`, duration: 4 },
      }),
    );
    expect(clip.options.model).toBe('fal-ai/veo3.1');
    expect((await e.waitForEnd(clip.id, 40_000)).state).toBe('posted');
    // The card says whose likeness it uses, named, never pinged.
    const castLine = card.history
      .flatMap(
        (b) => (b.embeds as { fields?: { name: string; value: string }[] }[] | undefined)?.[0]?.fields ?? [],
      )
      .find((f) => f.name === 'Cast');
    expect(castLine?.value).toMatch(/with Alice.s likeness/);
    // The simulator received her picture once, clean: no metadata segment, no GPS.
    const received = sim.receivedReferences().slice(referencesBefore);
    expect(received).toHaveLength(1);
    expect(metadataSegments(readJpeg(received[0]!.bytes)!)).toEqual([]);
    expect(Buffer.from(received[0]!.bytes).includes(GPS_MARK)).toBe(false);
    // The picture never reached the chat: no upload but the video, no link to it in any body.
    const video = await until(
      () => fake.uploadedFiles().find((f) => fake.message(f.messageId)?.referenceId === card.id),
      20_000,
      'the clip upload',
    );
    expect(video.content_type).toBe('video/mp4');
    const picture = Buffer.from(stored!.bytes);
    const sent = JSON.stringify(fake.state.sentBodies);
    expect(sent.includes(picture.toString('base64').slice(100, 160))).toBe(false);
    expect(fake.uploadedFiles().every((f) => f.content_type === 'video/mp4')).toBe(true);
    // Nor any log line: not its bytes, its GPS, nor the signed link it was fetched from.
    const logs = e.logs.join('\n');
    expect(e.logs.length).toBeGreaterThan(5);
    for (const mark of [picture.toString('base64').slice(100, 160), 'data:image', GPS_MARK, 'hm=']) {
      expect(logs.includes(mark), mark.slice(0, 12)).toBe(false);
    }

    // Ada, the cast member, deletes Bob's clip from its message, as its author could.
    const deleted = await e.privateAnswer(
      fake.clickButton(ada, video.messageId, `reelbot:delete:${clip.id}`),
    );
    expect(deleted.content).toBe('Deleted.');
    expect((await app.store.clips.get(clip.id))?.deletedAt).toBeDefined();

    // Bob starts another ([slow]: the simulator takes ten times as long); Ada removes her cast.
    const next = await ended(
      fake.runSlashCommand({
        user: bob,
        subcommand: 'generate',
        options: { prompt: `<@${ada.id}> juggles oranges [slow]`, duration: 4 },
      }),
    );
    for (const deadline = Date.now() + 15_000; ; ) {
      const state = (await app.store.clips.get(next.clip.id))?.state;
      if (state === 'submitted' || state === 'rendering') break;
      if (Date.now() > deadline) throw new Error(`the next clip stayed ${state}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const removed = await e.privateAnswer(castCommand(ada, 'remove'));
    expect(removed.content).toMatch(/1 clip still on its way was cancelled and refunded/);
    expect((await app.store.clips.get(next.clip.id))?.state).toBe('cancelled');
    expect(await pictures(ada.id)).toBe(0);
    const books = await app.store.ledger.usage({
      scope: scope(),
      memberId: bob.id,
      day: new Date().toISOString().slice(0, 10),
      month: new Date().toISOString().slice(0, 7),
    });
    // The posted clip is settled at its price, the cancelled one released in full.
    expect(books.day.member.releasedCents).toBe(books.day.member.reservedCents);
    expect(books.day.member.settledCents).toBe(Math.round(clip.estimatedCostUsd * 100));
    expect(books.day.member.reservedCents).toBe(
      Math.round((clip.estimatedCostUsd + next.clip.estimatedCostUsd) * 100),
    );
    await e.settled();
  }, 120_000);

  it('refuses bad files and handles with their message, storing nothing', async () => {
    const { fake } = e;
    const { carol, bob, mallory } = fake.world.users;
    const cases: { data: Uint8Array; type: string; message: RegExp; size?: number }[] = [
      // Declared as a PDF: refused by its type before any download.
      { data: PDF, type: 'application/pdf', message: /must be a picture/ },
      // Labelled as pictures, refused by their bytes.
      { data: HTML, type: 'image/png', message: /not a picture reelbot can use/ },
      { data: JPEG_MAGIC_PDF, type: 'image/jpeg', message: /not a picture reelbot can use/ },
    ];
    for (const c of cases) {
      const answer = await e.privateAnswer(addPicture(carol, c.data, c.type));
      expect(answer.content).toMatch(c.message);
    }
    expect(fake.memberFiles.all().find((f) => f.contentType === 'application/pdf')!.requests).toBe(0);

    // Over 10 MiB by its size: refused without downloading a byte.
    const big = overLimit();
    const tooBig = await e.privateAnswer(addPicture(carol, big));
    expect(tooBig.content).toMatch(/at most 10 MiB/);
    expect(fake.memberFiles.all().at(-1)!.servedBytes).toBe(0);
    // A client claiming a small size: reading stops at the cap, the rest is never taken.
    const lying = await e.privateAnswer(addPicture(carol, big, 'image/jpeg', undefined, 1000));
    expect(lying.content).toMatch(/at most 10 MiB/);
    expect(await pictures(carol.id)).toBe(0);

    // A handle shaped like a mention, and one already taken.
    const small = jpegWithGps(64, 64);
    const mention = await e.privateAnswer(addPicture(bob, small, 'image/jpeg', `<@${carol.id}>`));
    expect(mention.content).toMatch(/handle|mention/i);
    await e.privateAnswer(addPicture(mallory, small, 'image/jpeg', 'mal'));
    const taken = await e.privateAnswer(addPicture(bob, small, 'image/jpeg', 'MAL'));
    expect(taken.content).toMatch(/already another member's handle/);
    expect(await pictures(bob.id)).toBe(0);
    expect(await e.app.store.cast.get(scope(), bob.id)).toBeUndefined();

    // A fourth picture.
    for (let i = 0; i < 2; i++) await e.privateAnswer(addPicture(mallory, small));
    expect(await pictures(mallory.id)).toBe(3);
    const full = await e.privateAnswer(addPicture(mallory, small));
    expect(full.content).toMatch(/already have 3 pictures/);
    expect(await pictures(mallory.id)).toBe(3);
  }, 120_000);
});
