import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadPicture } from '../../../adapters/slack/files.ts';
import { CAST_CALLBACK_ID, FIELD } from '../../../adapters/slack/forms.ts';
import { ACTION_IDS } from '../../../adapters/slack/render.ts';
import { metadataSegments, readJpeg } from '../../../src/media/jpeg-segments.ts';
import {
  ffmpegPicture,
  GPS_MARK,
  HTML,
  JPEG_MAGIC_PDF,
  jpegWithGps,
  overLimit,
  PDF,
} from '../../helpers/pictures.ts';
import {
  ADA,
  ADMIN,
  BOB,
  CHANNEL,
  clipOfMessage,
  finished,
  isMp4,
  openedModal,
  type SlackBot,
  shown,
  slashAnswer,
  startSlackBot,
  threadMessages,
  until,
  withFal,
} from './harness.ts';

let bot: SlackBot;
const SCOPE = 'slack:T_FAKE';
const today = () => new Date().toISOString();

beforeAll(async () => {
  bot = await startSlackBot('slack-cast', { renderMs: 300, env: withFal });
});
afterAll(async () => {
  await bot?.close();
});

const whispersTo = (user: string) => bot.fake.state.ephemerals.filter((e) => e.user === user);
const pictures = async (user: string) => (await bot.app.store.cast.get(SCOPE, user))?.pictureIds.length ?? 0;

/**
 * `/sora cast add`, the form, a file attached in it (as Slack hosts it), submitted with `handle`;
 * resolves with the private answer the member got and the file's download record.
 */
async function addPicture(
  user: string,
  bytes: Uint8Array,
  options: { name?: string; mimetype?: string; size?: number; handle?: string } = {},
) {
  const form = await bot.driver.slashCommand({ text: 'cast add', user, channel: CHANNEL });
  expect(form.status).toBe(200);
  const modal = await openedModal(bot, form);
  expect(modal.view.callback_id).toBe(CAST_CALLBACK_ID);
  const file = bot.fake.memberFile(user, options.name ?? 'me.jpg', bytes, {
    mimetype: options.mimetype ?? 'image/jpeg',
    ...(options.size !== undefined ? { size: options.size } : {}),
  });
  const before = whispersTo(user).length;
  const res = await bot.driver.submitView({
    user,
    view: {
      id: modal.id,
      callback_id: CAST_CALLBACK_ID,
      private_metadata: String(modal.view.private_metadata),
    },
    values: {
      [FIELD.picture]: { [FIELD.picture]: { type: 'file_input', files: [file] } },
      ...(options.handle ? { [FIELD.handle]: { [FIELD.handle]: options.handle } } : {}),
    },
  });
  expect(res.status).toBe(200);
  const answer = await until('the private answer', () => whispersTo(user)[before]);
  return { answer: answer.text, downloads: bot.fake.state.memberFiles.get(String(file.id))!.downloads };
}

/** A clip asked for with /sora from the channel: its thread root, card and clip. */
async function ask(user: string, text: string) {
  const before = new Set(bot.fake.state.messages.map((m) => m.ts));
  await bot.driver.slashCommand({ text, user, channel: CHANNEL });
  const root = await until('a thread root', () =>
    bot.fake.state.messages.find((m) => !before.has(m.ts) && !m.threadTs && m.user === 'U_BOT'),
  );
  const card = await until('its card', () => threadMessages(bot, root.ts)[0]);
  return { root, card, clip: await clipOfMessage(bot, card) };
}

async function bobsBooks() {
  const now = today();
  const books = await bot.app.store.ledger.usage({
    scope: SCOPE,
    memberId: BOB,
    day: now.slice(0, 10),
    month: now.slice(0, 7),
  });
  return books.day.member;
}

describe('cast on Slack', () => {
  it('Ada lends her likeness to Bob: refused before she approves, rendered with her cleaned picture after, hers to delete and to withdraw', async () => {
    const added = await addPicture(ADA, jpegWithGps(), { handle: 'ada' });
    expect(added.answer).toMatch(/Added: you have 1 of 3 pictures/);
    // Read once, with the bot token.
    expect(added.downloads).toEqual([expect.objectContaining({ authorized: true })]);
    expect(await pictures(ADA)).toBe(1);

    // Bob names Ada before she agreed: refused, nothing bought or reserved.
    const creates = bot.sim.stats().creates;
    const refused = await slashAnswer(bot, BOB, `<@${ADA}> rowing a boat at dawn --duration 4`);
    expect(String(refused.text)).toMatch(/names ada, who has not agreed to lend you their likeness/);
    expect(bot.sim.stats().creates).toBe(creates);
    expect((await bobsBooks()).reservedCents).toBe(0);

    const approved = await slashAnswer(bot, ADA, `cast approve <@${BOB}>`);
    expect(String(approved.text)).toMatch(/bob may use your likeness/);

    const references = bot.sim.receivedReferences().length;
    const made = await ask(BOB, `<@${ADA}> rowing a boat at dawn --duration 4`);
    const clip = await finished(bot, made.clip.id, 60_000);
    expect(clip.state).toBe('posted');
    // Routed to a model that takes references, and the card names her.
    expect(clip.options.model).toBe('fal-ai/veo3.1');
    const card = bot.fake.state.message(CHANNEL, made.card.ts)!;
    expect(shown(card)).toContain('with ada’s likeness');
    // The simulator got her picture, with no metadata left (read by the JPEG segment parser).
    const received = bot.sim.receivedReferences().slice(references);
    expect(received).toHaveLength(1);
    const layout = readJpeg(received[0]!.bytes);
    expect(layout).toBeDefined();
    expect(metadataSegments(layout!)).toEqual([]);
    expect(Buffer.from(received[0]!.bytes).includes(GPS_MARK)).toBe(false);
    // Her picture was never posted: every file the bot uploaded is a video, no text holds it.
    for (const file of bot.fake.state.files.values()) expect(isMp4(file.bytes)).toBe(true);
    for (const text of bot.fake.state.postedTexts()) {
      expect(text).not.toContain(GPS_MARK);
      expect(text).not.toContain('data:image');
      expect(text).not.toContain('/files-pri/');
    }

    // Ada deletes Bob's clip from its card, as its author could.
    await until('the posted card', () =>
      shown(bot.fake.state.message(CHANNEL, made.card.ts)!).includes('reelbot_delete'),
    );
    const pressed = await bot.driver.button({
      user: ADA,
      channel: CHANNEL,
      messageTs: made.card.ts,
      threadTs: made.root.ts,
      actionId: ACTION_IDS.delete,
      value: clip.id,
    });
    expect(pressed.status).toBe(200);
    await until(
      'the clip deleted',
      async () => (await bot.app.store.clips.get(clip.id))?.deletedAt !== undefined,
    );

    // Bob starts another (`[slow]`: the simulator takes ten times as long); Ada withdraws meanwhile.
    const next = await ask(BOB, `<@${ADA}> juggling oranges [slow] --duration 4`);
    await until('the clip rendering', async () =>
      ['submitted', 'rendering'].includes((await bot.app.store.clips.get(next.clip.id))?.state ?? ''),
    );
    const removed = await slashAnswer(bot, ADA, 'cast remove');
    expect(String(removed.text)).toMatch(/1 clip still on its way was cancelled and refunded/);
    expect((await finished(bot, next.clip.id)).state).toBe('cancelled');
    expect(await pictures(ADA)).toBe(0);
    const books = await bobsBooks();
    // Every reservation is closed: the posted clip's settled at its price, the cancelled one's refunded.
    expect(books.releasedCents).toBe(books.reservedCents);
    expect(books.settledCents).toBe(Math.round(clip.estimatedCostUsd * 100));
    expect(books.reservedCents).toBe(Math.round((clip.estimatedCostUsd + next.clip.estimatedCostUsd) * 100));
  }, 120_000);

  it.each([
    { what: 'a PDF named like a photo', bytes: () => PDF, refusal: /not a picture reelbot can use/ },
    { what: 'an HTML page', bytes: () => HTML, refusal: /not a picture reelbot can use/ },
    {
      what: 'a polyglot that starts like a JPEG',
      bytes: () => JPEG_MAGIC_PDF,
      refusal: /not a picture reelbot can use/,
    },
  ])('refuses $what with its message, and stores nothing', async ({ bytes, refusal }) => {
    const { answer, downloads } = await addPicture(ADMIN, bytes());
    expect(answer).toMatch(refusal);
    expect(downloads).toHaveLength(1);
    expect(await pictures(ADMIN)).toBe(0);
  });

  it('refuses a picture over 10 MiB by its size without reading it, and one that lies about its size past 10 MiB read', async () => {
    const big = overLimit();
    const declared = await addPicture(ADMIN, big);
    expect(declared.answer).toMatch(/at most 10 MiB/);
    expect(declared.downloads).toEqual([]);
    // Declares 1 KiB but is 30 MiB: the read stops after 10 MiB, long before the end.
    const huge = Buffer.concat([big, Buffer.alloc(20 * 1024 * 1024)]);
    const lying = await addPicture(ADMIN, huge, { size: 1024 });
    expect(lying.answer).toMatch(/at most 10 MiB/);
    expect(lying.downloads[0]!.sent).toBeLessThan(huge.length);
    expect(await pictures(ADMIN)).toBe(0);
  });

  it('refuses a fourth picture, a handle already taken and one shaped like a mention, storing nothing more', async () => {
    for (let i = 1; i <= 3; i++) {
      expect((await addPicture(BOB, ffmpegPicture('mjpeg', 64 + i, 64))).answer).toMatch(
        `${i} of 3 pictures`,
      );
    }
    expect(
      (await addPicture(BOB, ffmpegPicture('png', 64, 64), { name: 'four.png', mimetype: 'image/png' }))
        .answer,
    ).toMatch(/already have 3 pictures/);
    expect(await pictures(BOB)).toBe(3);

    await addPicture(ADA, ffmpegPicture('mjpeg', 80, 80), { handle: 'ada' });
    const taken = await addPicture(ADMIN, ffmpegPicture('mjpeg', 64, 64), { handle: 'ada' });
    expect(taken.answer).toMatch(/@ada is already another member's handle/);
    const mention = await addPicture(ADMIN, ffmpegPicture('mjpeg', 64, 64), { handle: `<@${BOB}>` });
    expect(mention.answer).toMatch(/looks like a mention/);
    expect(await pictures(ADMIN)).toBe(0);
  });

  it('the fake serves a member’s file only to the bot token: anything else is sent to sign in', async () => {
    const file = bot.fake.memberFile(ADA, 'me.jpg', ffmpegPicture('mjpeg', 64, 64), {
      mimetype: 'image/jpeg',
    });
    const url = String(file.url_private_download);
    const anonymous = await fetch(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    const wrong = await fetch(url, {
      redirect: 'manual',
      headers: { authorization: 'Bearer xoxb-not-ours' },
    });
    expect(wrong.status).toBe(302);
    const signIn = await fetch(url, { headers: { authorization: 'Bearer xoxb-not-ours' } });
    expect(signIn.headers.get('content-type')).toMatch(/text\/html/);
    const ours = await fetch(url, { headers: { authorization: `Bearer ${bot.fake.botToken}` } });
    expect(ours.status).toBe(200);
    expect(Buffer.from(await ours.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('the bot sends its token to Slack’s file hosts only: a file object pointing elsewhere is not read', async () => {
    const seen: (string | undefined)[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('x');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/me.jpg`;
    try {
      const warnings: string[] = [];
      await expect(
        downloadPicture(
          { url_private_download: url, size: 10 },
          bot.fake.botToken,
          [new URL(bot.fake.url).origin],
          (m) => warnings.push(m),
        ),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      expect(seen).toEqual([]);
      expect(warnings).toEqual(['slack file not on a Slack file host; not read']);
    } finally {
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    }
  });
});
