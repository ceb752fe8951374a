import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/core/i18n/catalogs.ts';
import type { MessageValues } from '../../../src/core/i18n/message.ts';
import { type Translate, translator } from '../../../src/core/i18n/translator.ts';
import type { FakeMessage } from '../../fakes/discord/records.ts';
import { DiscordE2E, until } from './harness.ts';

/**
 * Issue 18's scenario: in a Spanish-speaking server (guild_locale es-ES), a member whose Discord
 * client is in Japanese and one whose client is in German each read their private answers in
 * their own language, and both see the channel's cards in Spanish. (register-commands sending the
 * localizations is test/e2e/discord/register.test.ts.)
 */
let e: DiscordE2E;
const es = translator('es');
const ja = translator('ja');
const de = translator('de');

/** A message's fixed words before its first argument: what any rendering of it starts with. */
function opening(t: Translate, key: MessageKey, values: MessageValues): string {
  const marker = '\u0000';
  const filled = Object.fromEntries(Object.keys(values).map((name) => [name, marker]));
  const text = t(key, { ...values, ...filled });
  return text.slice(0, text.indexOf(marker)).trim();
}

const titles = (m: FakeMessage) =>
  m.history
    .map((b) => (b.embeds as { title?: string }[] | undefined)?.[0]?.title)
    .filter(Boolean) as string[];
const fieldNames = (m: FakeMessage) =>
  m.history.flatMap((b) =>
    ((b.embeds as { fields?: { name: string }[] }[] | undefined)?.[0]?.fields ?? []).map((f) => f.name),
  );
const buttonLabels = (m: FakeMessage) =>
  m.components.flatMap((row) => ((row.components ?? []) as { label?: string }[]).map((b) => b.label ?? ''));

beforeAll(async () => {
  e = await DiscordE2E.start('languages-server', { renderMs: 800 });
  e.fake.guildLocale = 'es-ES';
  e.fake.setMemberLocale(e.fake.world.users.alice.id, 'ja');
  e.fake.setMemberLocale(e.fake.world.users.bob.id, 'de');
});
afterAll(async () => {
  await e?.close();
});

describe('a Japanese and a German member in a Spanish server', () => {
  it('each get their usage privately in their own language', async () => {
    const { fake } = e;
    const values = { day: 'x', month: 'y' };
    for (const [user, t, other] of [
      [fake.world.users.alice, ja, de],
      [fake.world.users.bob, de, ja],
    ] as const) {
      const answer = await e.privateAnswer(fake.runSlashCommand({ user, subcommand: 'usage' }));
      expect(answer.content).toContain(opening(t, 'reply.usage.member', values));
      expect(answer.content).not.toContain(opening(other, 'reply.usage.member', values));
      expect(answer.content).not.toContain(opening(es, 'reply.usage.member', values));
      expect(answer.content).not.toContain('You, today');
    }
  });

  it('are refused in their own language: an admin-only command', async () => {
    const { fake } = e;
    for (const [user, t] of [
      [fake.world.users.alice, ja],
      [fake.world.users.bob, de],
    ] as const) {
      const answer = await e.privateAnswer(fake.runSlashCommand({ user, subcommand: 'settings' }));
      expect(answer.content).toContain(t('reply.gate.admin.settings'));
    }
  });

  it('see the cards of clips either asks for in Spanish, the channel’s language', async () => {
    const { fake } = e;
    for (const user of [fake.world.users.alice, fake.world.users.bob]) {
      const run = fake.runSlashCommand({
        user,
        subcommand: 'generate',
        options: { prompt: 'un zorro en la nieve', duration: 4 },
      });
      expect(await fake.waitForAck(run)).toBe(5);
      const card = fake.message(run.originalId!)!;
      const clip = await e.clipOfMessage(card.channelId, card.id);
      expect(clip.locale).toBe('es');
      expect((await e.waitForEnd(clip.id)).state).toBe('posted');
      await until(() => titles(card).at(-1)?.includes(es('card.state.posted')), 10_000, 'the done card');
      expect(titles(card)).toContainEqual(expect.stringContaining(es('card.state.rendering')));
      expect(fieldNames(card)).toContain(es('card.field.model'));
      const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);
      expect(buttonLabels(video)).toEqual(
        expect.arrayContaining([es('card.button.remix'), es('card.button.reroll')]),
      );
      // Nothing on the card is in the member's own language or English.
      const shown = JSON.stringify([card.history, video.components]);
      for (const word of [ja('card.state.posted'), de('card.state.posted'), 'Rendering', 'Remix tree']) {
        expect(shown).not.toContain(word);
      }
    }
  });

  it('see the channel in another language once an admin sets it, and still read their own privately', async () => {
    const { fake } = e;
    const set = await e.privateAnswer(
      fake.runSlashCommand({
        user: fake.world.users.admin,
        subcommand: 'settings',
        options: { setting: 'language', value: 'fr' },
      }),
    );
    expect(set.flags & 64).toBe(64);
    const run = fake.runSlashCommand({
      user: fake.world.users.bob,
      subcommand: 'generate',
      options: { prompt: 'a lighthouse at dusk', duration: 4 },
    });
    await fake.waitForAck(run);
    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    expect(clip.locale).toBe('fr');
    await e.waitForEnd(clip.id);
    await until(() => titles(card).at(-1)?.includes(translator('fr')('card.state.posted')), 10_000, 'done');
    const usage = await e.privateAnswer(
      fake.runSlashCommand({ user: fake.world.users.bob, subcommand: 'usage' }),
    );
    expect(usage.content).toContain(opening(de, 'reply.usage.member', { day: 'x', month: 'y' }));
  });
});
