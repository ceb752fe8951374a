import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordE2E, until } from './harness.ts';

/** The shipped default: at most one edit per card every 2 s (CARD_EDIT_INTERVAL_MS). */
const CADENCE_MS = 2000;
/** Timer and network jitter between the bot finishing one edit and the fake stamping the next. */
const TOLERANCE_MS = 100;

let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('cadence', {
    renderMs: 7000,
    env: { CARD_EDIT_INTERVAL_MS: String(CADENCE_MS), POLL_MIN_MS: '300', POLL_MAX_MS: '600' },
  });
});
afterAll(async () => {
  await e?.close();
});

describe('card edits under rate limits', () => {
  it('retries injected 429s and keeps every edit of a card at least the cadence apart', async () => {
    const { fake } = e;
    const run = fake.runSlashCommand({
      user: fake.world.users.alice,
      subcommand: 'generate',
      options: { prompt: `a time-lapse of a city at dusk ${Math.random()}`, duration: 4 },
    });
    await fake.waitForAck(run);
    const card = fake.message(run.originalId!)!;
    const clip = await e.clipOfMessage(card.channelId, card.id);
    await until(() => card.edits.length >= 2, 10_000, 'two card edits');
    // Two 429s on the card's webhook edits, one on the upload: discord.js must wait and retry.
    fake.inject429({ method: 'PATCH', path: /^\/webhooks\//, count: 2, retryAfterMs: 700 });
    fake.inject429({ method: 'POST', path: /^\/channels\/\d+\/messages$/, count: 1, retryAfterMs: 500 });

    const done = await e.waitForEnd(clip.id, 60_000);
    expect(done.state).toBe('posted');
    await until(() => String(card.embeds[0]?.title).includes('Done'), 10_000, 'the done card');
    await e.settled();

    expect(fake.state.rateLimited).toBe(3);
    const gaps = card.edits.slice(1).map((edit, i) => edit.at - card.edits[i]!.at);
    expect(card.edits.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(CADENCE_MS - TOLERANCE_MS);
    // Each 429 was answered once; nothing was sent again inside its Retry-After window.
    const limited = fake.state.requests.filter((r) => r.status === 429);
    for (const hit of limited) {
      const retry = fake.state.requests.find(
        (r) => r.at > hit.at && r.method === hit.method && r.path === hit.path,
      );
      expect(retry!.at - hit.at).toBeGreaterThanOrEqual(400);
    }
    // The upload's retry did not post the clip twice.
    const videos = fake.uploadedFiles().filter((f) => fake.message(f.messageId)!.referenceId === card.id);
    expect(videos).toHaveLength(1);
  });
});
