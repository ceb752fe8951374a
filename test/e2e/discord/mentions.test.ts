import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordE2E } from './harness.ts';

let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('mentions', { renderMs: 800 });
});
afterAll(async () => {
  await e?.close();
});

/** Every piece of text a message body shows: content, embed title, description, fields, footer. */
function textsOf(body: Record<string, unknown>): string[] {
  const embeds = (body.embeds ?? []) as {
    title?: string;
    description?: string;
    footer?: { text?: string };
    fields?: { name: string; value: string }[];
  }[];
  return [
    String(body.content ?? ''),
    ...embeds.flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

/** Mention syntax Discord would render as a mention: not preceded by an escaping backslash. */
const RAW_MENTION = /(?<!\\)<(?:@[!&]?|#)\d+>|@everyone|@here/;

describe('nothing a member types can ping anyone', () => {
  it('sends every body with mentions disabled and never renders a mention raw', async () => {
    const { fake } = e;
    const { mallory, bob } = fake.world.users;
    // Bob agrees to be named first (issue 8's consent gate), so the prompt goes through.
    const consent = fake.runSlashCommand({ user: bob, subcommand: 'consent', options: { choice: 'on' } });
    await fake.waitForMessage((m) => m.id === consent.originalId && m.content.startsWith('Done.'));
    const prompt = `@everyone look: <@&${fake.world.roles.mods.id}> and <@${bob.id}> in <#${fake.world.channels.clips.id}> **now** @here`;

    const run = fake.runSlashCommand({
      user: mallory,
      subcommand: 'generate',
      options: { prompt, duration: 4 },
    });
    await fake.waitForAck(run);
    const card = fake.message(run.originalId!)!;
    const clip = await e.waitForEnd((await e.clipOfMessage(card.channelId, card.id)).id);
    expect(clip.prompt).toBe(prompt); // stored as typed: escaping is the renderer's job
    const video = await fake.waitForMessage((m) => m.referenceId === card.id && m.attachments.length > 0);

    // A Remix of it, through the modal, and a refusal that echoes the author's name.
    const remix = fake.clickButton(bob, video.id, `reelbot:remix:${clip.id}`);
    await fake.waitForAck(remix);
    const submit = fake.submitModal(bob, remix);
    await fake.waitForAck(submit);
    const child = await e.clipOfMessage(card.channelId, fake.message(submit.originalId!)!.id);
    await e.waitForEnd(child.id);
    const refusal = fake.clickButton(bob, video.id, `reelbot:delete:${clip.id}`);
    await fake.waitForMessage((m) => m.id === refusal.originalId && m.content !== '');
    await e.settled();

    const bodies = fake.state.sentBodies;
    expect(bodies.length).toBeGreaterThan(8);
    for (const { path, body } of bodies) {
      const allowed = body.allowed_mentions as { parse: string[]; users?: string[] };
      // The one ping allowed: the remix notice to the original author (issue 7), by id.
      expect({ path, allowed }).toEqual({
        path,
        allowed: allowed.users ? { parse: [], users: [mallory.id] } : { parse: [] },
      });
      for (const text of textsOf(body)) {
        expect(text.replace(`<@${mallory.id}>\n`, allowed.users ? '' : `<@${mallory.id}>\n`)).not.toMatch(
          RAW_MENTION,
        );
      }
    }
    // Exactly one message pinged anyone: Mallory, once, about Bob's remix; the prompt's own
    // @everyone, role, and Bob mentions pinged no one.
    const pinging = fake.messages().filter((m) => m.pinged.length > 0);
    expect(pinging.map((m) => m.pinged)).toEqual([[mallory.id]]);
    expect(pinging[0]!.content).toContain('remixed your clip');
    // The prompt is still readable: the mentions show as their literal text.
    expect(card.embeds[0]!.description).toContain(`\\<@${bob.id}>`);
    expect(card.embeds[0]!.description).toContain('@\u200beveryone');
    const fields = card.embeds[0]!.fields as { name: string; value: string }[];
    expect(fields.find((f) => f.name === 'Requested by')?.value).toBe('@\u200beveryone \\*\\*Mallory\\*\\*');
    expect(fake.message(refusal.originalId!)!.content).toContain('Only @\u200beveryone \\*\\*Mallory\\*\\*');
  });
});
