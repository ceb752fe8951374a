import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consent } from '../../commands/consent.ts';
import { generate } from '../../commands/generate.ts';
import { parseOptions, type RawOptions } from '../../commands/parse.ts';
import type { CommandContext } from '../../commands/types.ts';
import type { Member } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { spendOf } from '../../src/core/ports/ledger.ts';
import { createOpenAIModeration } from '../../src/providers/openai/moderation.ts';
import { startPipeline, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';

/**
 * Screening before spending, through the real app on Redis: the blocklist, OpenAI's moderation
 * endpoint (the simulator's /v1/moderations flags "gore" and "blocked-word"), consent to be
 * named, and the provider's own refusal. A refused prompt costs nothing and says why.
 */
const messenger = new RecordingMessenger('test');
let p: Awaited<ReturnType<typeof startPipeline>>;
const place = { surface: 'test', workspaceId: 'w-moderation', channelId: 'c1' };
const ada: Member = { id: 'U0ADA00001', name: 'Ada' };
const bob: Member = { id: 'U0BOB00002', name: 'Bobby Tables' };

beforeAll(async () => {
  p = await startPipeline('moderation', [messenger], {
    renderMs: 500,
    env: { BLOCKLIST: 'forbidden fruit, spoiler', MODERATION: 'openai' },
  });
});
afterAll(async () => {
  await p.close();
});

const context = (actor: Member): CommandContext => ({
  services: p.app.services,
  actor,
  place,
  commandName: 'sora',
});
const run = async (command: typeof generate | typeof consent, actor: Member, raw: RawOptions) =>
  (command as typeof generate).handle(parseOptions(command as typeof generate, raw), context(actor));

/** Everything a refused request could have touched. */
async function footprint() {
  const books = await p.app.store.ledger.usage({
    scope: 'test:w-moderation',
    memberId: ada.id,
    day: new Date().toISOString().slice(0, 10),
    month: new Date().toISOString().slice(0, 7),
  });
  return {
    creates: p.sim.stats().creates,
    createRequests: p.sim.stats().createRequests,
    clips: await p.storedClips(),
    // Jobs BullMQ still holds once it settles: an earlier clip's job may retire meanwhile.
    jobs: await p.jobsLeft(),
    reserved: books.month.workspace.reservedCents,
    posts: messenger.posts.length,
  };
}

describe('screening a prompt before anything is spent', () => {
  it('refuses what the content check flags, naming the category, at no cost', async () => {
    const before = await footprint();
    await expect(
      run(generate, ada, { prompt: 'a gore-soaked battlefield', duration: 4 }),
    ).rejects.toMatchObject({
      code: ErrorCode.ModerationBlocked,
      userMessage:
        'This prompt was flagged for graphic violence by the content check, so nothing was made or charged. Change it and try again.',
    });
    expect(await footprint()).toEqual(before);
  });

  it('refuses blocklisted words however they are spelled, without naming the list, at no cost', async () => {
    const before = await footprint();
    for (const prompt of [
      'ＦＯＲＢＩＤＤＥＮ fruit in a bowl',
      'a sp\u200boiler for the finale',
      'a spоiler (Cyrillic o)',
    ]) {
      const refusal = run(generate, ada, { prompt, duration: 4 });
      await expect(refusal).rejects.toMatchObject({ code: ErrorCode.ModerationBlocked });
      const message = ((await refusal.catch((e: unknown) => e)) as { userMessage: string }).userMessage;
      expect(message).not.toMatch(/forbidden|spoiler/i);
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses a prompt naming a member who has not opted in, until they do', async () => {
    // Bob is known once he has used the bot here; Ada then names him.
    const bobs = await run(generate, bob, { prompt: 'a lighthouse at dusk', duration: 4 });
    if (bobs.kind !== 'clip') throw new Error('expected a clip');
    await waitForEnd(p.app, bobs.clip.id);
    const before = await footprint();
    for (const prompt of ['bobby tables surfing a wave', `<@${bob.id}> surfing a wave`]) {
      await expect(run(generate, ada, { prompt, duration: 4 })).rejects.toMatchObject({
        code: ErrorCode.ConsentRequired,
        userMessage:
          'Your prompt names Bobby Tables, who has not agreed to appear in clips here. Members opt in with /sora consent on; until then, leave their names out.',
      });
    }
    // A mention the surface resolved counts even for someone the bot has never met.
    await expect(
      p.app.services.clips.request({
        prompt: 'a stranger waving',
        options: { durationS: 4 },
        author: ada,
        place,
        mentions: [{ id: 'U0NEW00003', name: 'Newcomer' }],
      }),
    ).rejects.toMatchObject({ code: ErrorCode.ConsentRequired });
    expect(await footprint()).toEqual(before);

    const answer = await run(consent, bob, { choice: 'on' });
    expect(answer).toEqual({
      kind: 'text',
      private: true,
      text: 'Done. Others may name you in their prompts here. Turn it off any time with /sora consent off.',
    });
    const made = await run(generate, ada, { prompt: 'Bobby Tables surfing a wave', duration: 4 });
    expect(made.kind).toBe('clip');
    // And one may always name oneself.
    expect((await run(generate, ada, { prompt: 'Ada on a tightrope', duration: 4 })).kind).toBe('clip');
  });

  it('keeps the provider’s own refusal, and refunds it', async () => {
    const reply = await run(generate, ada, { prompt: 'a quiet street [fail:moderation]', duration: 4 });
    if (reply.kind !== 'clip') throw new Error('expected a clip');
    const done = await waitForEnd(p.app, reply.clip.id);
    expect(done.failure?.code).toBe(ErrorCode.ModerationBlocked);
    // The refund is written just after the failure is recorded; give it a moment.
    const deadline = Date.now() + 5000;
    while (
      (await p.app.store.ledger.reservation(reply.clip.id))?.status !== 'released' &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await p.app.store.ledger.reservation(reply.clip.id)).toMatchObject({ status: 'released' });
  });

  it('charges a clean prompt its real cost once it is posted', async () => {
    const reply = await run(
      generate,
      { id: 'U0CY000004', name: 'Cy' },
      { prompt: 'a calm lake', duration: 4 },
    );
    if (reply.kind !== 'clip') throw new Error('expected a clip');
    const done = await waitForEnd(p.app, reply.clip.id);
    expect(done).toMatchObject({ state: 'posted', costUsd: 0.4 });
    expect(await p.app.store.ledger.reservation(reply.clip.id)).toMatchObject({
      status: 'settled',
      settledCents: 40,
    });
    const books = await p.app.store.ledger.usage({
      scope: 'test:w-moderation',
      memberId: 'U0CY000004',
      day: new Date().toISOString().slice(0, 10),
      month: new Date().toISOString().slice(0, 7),
    });
    expect(spendOf(books.day.member)).toBe(40);
  });
});

describe('the OpenAI moderation client', () => {
  it('reads the flagged categories through the SDK', async () => {
    const screen = createOpenAIModeration({ apiKey: 'sk-test-moderation-key-000000', baseURL: p.sim.url });
    expect(await screen.screen('a blocked-word here')).toEqual({
      flagged: true,
      categories: ['violence', 'violence/graphic'],
    });
    expect(await screen.screen('a calm lake')).toEqual({ flagged: false, categories: [] });
  });

  it('fails as PROVIDER_UNAVAILABLE without the key in any message when it cannot connect', async () => {
    const key = 'sk-test-moderation-key-111111';
    const screen = createOpenAIModeration({ apiKey: key, baseURL: 'http://127.0.0.1:9/v1', timeoutMs: 2000 });
    const error = (await screen.screen('a calm lake').catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe(ErrorCode.ProviderUnavailable);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain(key);
  });
});
