import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits as P } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction } from '../../fakes/discord/records.ts';
import { describeOffenders, offendersIn } from '../../helpers/pseudo-check.ts';
import { DiscordE2E, until } from './harness.ts';

/**
 * Issue 18's pseudo-locale run on Discord: the server's `language` is `en-XA` and every member's
 * client too, and the main flows run end to end. Every request the bot sent the fake Discord
 * (which refuses what Discord refuses: oversize titles, labels, content) must have been taken,
 * and no catalog text may have reached Discord in plain English: in en-XA every message is
 * accented, so three plain ASCII words in a row are English that skipped a catalog. Member input
 * (the prompts, theme, shots and names below) is left out of that check, as are ids and URLs.
 */
let e: DiscordE2E;

const PROMPT = 'a red kite over the dunes';
const SHOTS = ['a lighthouse keeper wakes', 'she climbs the stairs'];
const LOOK = 'oil painting, warm lamplight';
const THEME = 'night markets';
const ENTRY = 'lanterns over a night market';
const KEY = 'sk-pseudo-test-key-0000000000000000000000';

beforeAll(async () => {
  e = await DiscordE2E.start('pseudo', {
    renderMs: 500,
    env: { CONTEST_MIN_WINDOW_S: '1', REELBOT_MASTER_KEY: randomBytes(32).toString('base64') },
  });
  for (const user of Object.values(e.fake.world.users)) e.fake.setMemberLocale(user.id, 'en-XA');
}, 60_000);
afterAll(async () => {
  await e?.close();
});

/** The names the fake server's members go by: member input like prompts. */
function memberNames(): string[] {
  return Object.values(e.fake.world.users).flatMap((u) => [u.username, u.global_name ?? ''].filter(Boolean));
}

async function answered(run: FakeInteraction) {
  await e.fake.waitForAck(run);
  return run;
}

describe('the pseudo-locale run on Discord (en-XA server, en-XA clients)', () => {
  it('runs the main flows within Discord’s limits and without plain English', async () => {
    const { fake } = e;
    const { admin, alice, bob } = fake.world.users;

    // Settings: an admin sets the server's language, then reads the settings back.
    await e.privateAnswer(
      fake.runSlashCommand({
        user: admin,
        subcommand: 'settings',
        options: { setting: 'language', value: 'en-XA' },
      }),
    );
    await e.privateAnswer(fake.runSlashCommand({ user: admin, subcommand: 'settings' }));

    // Help and usage, privately.
    await e.privateAnswer(fake.runSlashCommand({ user: alice, subcommand: 'help' }));
    await e.privateAnswer(fake.runSlashCommand({ user: alice, subcommand: 'usage' }));

    // A clip: queued, rendering, posted with its buttons.
    const run = await answered(
      fake.runSlashCommand({ user: alice, subcommand: 'generate', options: { prompt: PROMPT, duration: 4 } }),
    );
    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    expect((await e.waitForEnd(clip.id)).state).toBe('posted');
    const [upload] = await e.uploadsReplyingTo(card, 'the posted clip');
    const video = fake.message(upload!.messageId)!;

    // Refusals: one the platform causes (the bot lacks a right here), one the core makes (not an admin),
    // a button that no longer does anything, and a command that does not exist.
    await e.privateAnswer(
      fake.runSlashCommand({
        user: bob,
        subcommand: 'generate',
        options: { prompt: PROMPT },
        appPermissions: P.ViewChannel | P.SendMessages | P.EmbedLinks | P.ReadMessageHistory,
      }),
    );
    await e.privateAnswer(
      fake.runSlashCommand({
        user: bob,
        subcommand: 'settings',
        options: { setting: 'language', value: 'en' },
      }),
    );
    await e.privateAnswer(fake.pressStale(bob, card.id, 'reelbot:nothing:here'));
    await e.privateAnswer(fake.runSlashCommand({ user: bob, subcommand: 'nonsense' }));

    // The Remix form on the posted clip.
    const remixButton = video.components
      .flatMap((row) => (row.components ?? []) as { custom_id?: string }[])
      .find((b) => b.custom_id?.includes(':remix:'));
    expect(remixButton?.custom_id).toBeDefined();
    const remix = await answered(fake.clickButton(bob, video.id, remixButton!.custom_id!));
    expect(remix.modal).toBeDefined();

    // Top.
    await e.publicAnswer(fake.runSlashCommand({ user: bob, subcommand: 'top', options: { period: 'all' } }));

    // Story: the form, then its card to the end.
    const opener = await answered(
      fake.runSlashCommand({ user: alice, subcommand: 'story', options: { seconds: 4 } }),
    );
    expect(opener.modal).toBeDefined();
    const submitted = await answered(
      fake.submitModal(alice, opener, { shot1: SHOTS[0]!, shot2: SHOTS[1]!, look: LOOK }),
    );
    expect(submitted.originalId).toBeDefined();
    const storyCard = fake.message(submitted.originalId!)!;
    const story = await e.clipOfMessage(storyCard.channelId, storyCard.id);
    expect((await e.waitForEnd(story.id, 90_000)).state).toBe('posted');

    // The keys form.
    await answered(
      fake.runSlashCommand({
        user: admin,
        group: 'keys',
        subcommand: 'add',
        options: { provider: 'openai' },
      }),
    ).then((form) => (form.modal ? answered(fake.submitModal(admin, form, { key: KEY })) : undefined));

    // A contest, start to results.
    await e.privateAnswer(
      fake.runSlashCommand({
        user: admin,
        group: 'contest',
        subcommand: 'start',
        options: { theme: THEME, submit: '8s', vote: '3s' },
      }),
    );
    const entry = await answered(
      fake.runSlashCommand({
        user: bob,
        subcommand: 'generate',
        options: { prompt: ENTRY, duration: 4, contest: 'yes' },
      }),
    );
    const entryCard = fake.message(entry.originalId!)!;
    const entryClip = await e.clipOfMessage(entryCard.channelId, entryCard.id);
    await e.waitForEnd(entryClip.id);
    await until(
      async () =>
        (await e.app.store.contests.openIn(`discord:${fake.world.guildId}:${card.channelId}`)) === undefined,
      30_000,
      'the contest to close',
    );
    await e.settled();

    // Every request the bot sent was taken (the fake refuses what Discord refuses).
    const sent = fake.state.requests.filter((r) => r.method !== 'GET' && !/\/commands\b/.test(r.path));
    expect(sent.filter((r) => r.status === 400).map((r) => `${r.method} ${r.path}`)).toEqual([]);

    // And none of it was plain English.
    const offenders = offendersIn(
      sent.map((r) => ({ where: `${r.method} ${r.path}`, body: r.json })),
      [PROMPT, ...SHOTS, LOOK, THEME, ENTRY, KEY, ...memberNames()],
    );
    expect(offenders, `plain English reached Discord:\n${describeOffenders(offenders)}`).toEqual([]);
  }, 240_000);
});
