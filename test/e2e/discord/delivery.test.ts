import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index.ts';
import { toRef } from '../../../adapters/discord/refs.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { cardFor } from '../../../src/core/card/card.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import type { FakeMessage } from '../../fakes/discord/records.ts';
import { DEFAULT_UPLOAD_LIMIT } from '../../fakes/discord/state.ts';
import { tempDir } from '../../helpers/pipeline.ts';
import { DiscordE2E, until } from './harness.ts';

let e: DiscordE2E;

beforeAll(async () => {
  e = await DiscordE2E.start('delivery', { renderMs: 2500 });
});
afterAll(async () => {
  await e?.close();
});
beforeEach(() => {
  e.fake.setUploadLimit(DEFAULT_UPLOAD_LIMIT);
});

const titleOf = (body: Record<string, unknown>) =>
  (body.embeds as { title?: string }[] | undefined)?.[0]?.title;

async function generate(prompt: string, options: Record<string, string | number> = {}) {
  const run = e.fake.runSlashCommand({
    user: e.fake.world.users.alice,
    subcommand: 'generate',
    options: { prompt, duration: 4, ...options },
  });
  await e.fake.waitForAck(run);
  const card = e.fake.message(run.originalId!)!;
  const clip = await e.clipOfMessage(card.channelId, card.id);
  return { run, card, clip };
}

const videoFor = (card: FakeMessage) =>
  e.fake.uploadedFiles().filter((f) => e.fake.message(f.messageId)!.referenceId === card.id);

describe('the upload limit', () => {
  it('re-encodes a clip over the channel limit to fit, and it arrives as one MP4 under it', async () => {
    const limit = 150 * 1024;
    e.fake.setUploadLimit(limit);
    const { card, clip } = await generate(`a lighthouse in a storm at night, waves ${Math.random()}`, {
      duration: 8,
      aspect: 'portrait',
    });
    const done = await e.waitForEnd(clip.id);
    expect(done.state).toBe('posted');
    expect(done.media?.reencoded).toBe(true);
    const [file, ...more] = videoFor(card);
    expect(more).toHaveLength(0);
    expect(file!.size).toBeLessThanOrEqual(limit);
    expect(file!.data.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(e.fake.state.requests.filter((r) => r.status === 413)).toHaveLength(0);
    await e.settled();
  });

  it('says so plainly on the card when even a re-encode cannot fit', async () => {
    e.fake.setUploadLimit(2 * 1024);
    const { card, clip } = await generate(`a hummingbird ${Math.random()}`);
    const done = await e.waitForEnd(clip.id);
    expect(done.failure?.code).toBe('TOO_LARGE');
    await until(() => titleOf(card.history.at(-1)!)?.includes('Failed'), 5000, 'the failed card');
    const fields = (card.embeds[0]!.fields ?? []) as { name: string; value: string }[];
    expect(fields.find((f) => f.name === 'What happened')?.value).toMatch(/accepts at most/);
    expect(videoFor(card)).toHaveLength(0);
    await e.settled();
  });
});

describe('jobs that outlive the 15-minute interaction token', () => {
  it('carries on with bot-token channel edits after the token expires mid-render, and delivers', async () => {
    const { fake } = e;
    const { run, card, clip } = await generate(`a slow glacier calving ${Math.random()}`);
    await until(() => card.history.some((b) => titleOf(b)?.includes('Rendering')), 10_000, 'rendering');
    // Requests are recorded as they are answered: everything after this index was answered
    // after the expiry (a timestamp taken here could split a request caught mid-flight).
    const recordedBefore = fake.state.requests.length;
    fake.expireInteractionTokens();
    const done = await e.waitForEnd(clip.id);
    expect(done.state).toBe('posted');
    await until(() => titleOf(card.history.at(-1)!)?.includes('Done'), 5000, 'the done card');

    const afterExpiry = fake.state.requests.slice(recordedBefore);
    const tokenCalls = afterExpiry.filter((r) => r.path.includes(run.token));
    // One refusal teaches the messenger; it does not keep collecting 401s. (An edit already in
    // flight when the token expired may still have been answered 200.)
    expect(tokenCalls.filter((r) => r.status === 401)).toHaveLength(1);
    expect(tokenCalls.every((r) => r.status === 401 || r.status === 200)).toBe(true);
    expect(tokenCalls.at(-1)?.status).toBe(401);
    const botEdits = afterExpiry.filter(
      (r) => r.method === 'PATCH' && r.path === `/channels/${card.channelId}/messages/${card.id}`,
    );
    expect(botEdits.length).toBeGreaterThan(0);
    expect(botEdits.every((r) => r.botAuth && r.status === 200)).toBe(true);
    expect(card.edits.at(-1)?.via).toBe('bot');
    expect(videoFor(card)).toHaveLength(1);
    await e.settled();
  });

  it('goes straight to the bot token for a card whose interaction is over 14 minutes old', async () => {
    const { fake, app } = e;
    const place = {
      surface: 'discord',
      workspaceId: fake.world.guildId,
      channelId: fake.world.channels.clips.id,
    };
    const posted = await e.adapter.messenger.post(place, sampleCard());
    const [, channelId, messageId] = posted.id.split(':');
    const old = toRef({
      kind: 'interaction',
      channelId: channelId!,
      messageId: messageId!,
      createdAt: app.clock.now() - 15 * 60_000,
      token: 'an-old-interaction-token',
    });
    const before = fake.state.requests.length;
    await e.adapter.messenger.edit(old, { ...sampleCard(), state: 'rendering', progress: 40 });
    const calls = fake.state.requests.slice(before);
    expect(calls.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `PATCH /channels/${channelId}/messages/${messageId} 200`,
    ]);
  });
});

describe('the messenger on its own, as a worker uses it', () => {
  // That a repeated delivery shows once is the Messenger contract's (messenger-contract.test.ts).
  it('posts, edits and uploads over REST with no gateway', async () => {
    const { fake, app } = e;
    const sessions = fake.state.gateway!.connected;
    const identifies = fake.state.gateway!.identifies.length;
    // A worker process builds the adapter but never starts it (ROLE=worker).
    const worker = await createDiscordAdapter(adapterContext(app, new HttpRouter(app.logger)), app.config);
    try {
      const place = {
        surface: 'discord',
        workspaceId: fake.world.guildId,
        channelId: fake.world.channels.clips.id,
      };
      const card = await worker.messenger.post(place, sampleCard());
      await worker.messenger.edit(card, { ...sampleCard(), state: 'rendering', progress: 50 });
      const path = join(tempDir('upload'), 'clip.mp4');
      await writeFile(
        path,
        Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(64)]),
      );
      const file = { path, name: 'reelbot-c-sample.mp4', bytes: 76, contentType: 'video/mp4' };
      const posted = { ...sampleCard(), state: 'posted' as const, progress: 100 };
      const first = await worker.messenger.upload(place, file, posted, 'reelbot-c-sample-deliver');
      expect(first.key).toBe(`discord:${place.channelId}:${first.id.split(':')[2]}`);
      const copies = fake.uploadedFiles().filter((f) => f.filename === 'reelbot-c-sample.mp4');
      expect(copies).toHaveLength(1);
      expect(fake.state.gateway!.connected).toBe(sessions);
      expect(fake.state.gateway!.identifies.length).toBe(identifies);
    } finally {
      await worker.stop();
    }
  });
});

describe('secrets', () => {
  it('never logs the bot token or an interaction token', () => {
    const text = e.logs.join('\n');
    expect(e.logs.length).toBeGreaterThan(10);
    expect(text).not.toContain(e.fake.token);
    for (const interaction of e.fake.state.interactions.values())
      expect(text).not.toContain(interaction.token);
  });
});

function sampleCard() {
  return cardFor({
    id: 'c-sample',
    prompt: 'a sample',
    options: { model: 'sora-2', durationS: 4, size: '720x1280' },
    author: { id: '1', name: 'Ada' },
    place: { surface: 'discord', workspaceId: 'g', channelId: 'c' },
    origin: 'new',
    state: 'queued',
    provider: 'openai',
    progress: 0,
    estimatedCostUsd: 0.4,
    statusCalls: 0,
    retries: 0,
    createdAt: 0,
    updatedAt: 0,
  });
}
