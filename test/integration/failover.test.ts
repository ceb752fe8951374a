import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { english } from '../../src/core/i18n/translator.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

/**
 * Two real adapters on their official SDKs, each against its own simulator: the OpenAI-compatible
 * one preferred, fal behind it. The preferred one starts answering "model not found" mid-run.
 */
let openaiSim: Simulator;
let falSim: Simulator;
let app: App;
const prefix = uniquePrefix('failover');
const messenger = new RecordingMessenger('test');
const warnings: string[] = [];

/** Keeps warn lines (the operator notice) and drops the rest. */
const logger: Logger = {
  child: () => logger,
  debug: () => {},
  info: () => {},
  error: () => {},
  warn: (_fields, message) => warnings.push(message),
};

beforeAll(async () => {
  openaiSim = await createSimulator({ port: 0, renderMs: 3000, mediaDir: tempDir('fo-openai') });
  falSim = await createSimulator({ port: 0, renderMs: 800, mediaDir: tempDir('fo-fal') });
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'openai,fal',
    OPENAI_API_KEY: 'sk-failover-test',
    OPENAI_BASE_URL: openaiSim.url,
    FAL_KEY: 'fal-failover-test',
    FAL_BASE_URL: falSim.falUrl,
    FAL_MODELS: 'fal-ai/veo3.1',
    POLL_MIN_MS: '200',
    POLL_MAX_MS: '500',
    CARD_EDIT_INTERVAL_MS: '0',
    MEDIA_DIR: tempDir('fo-media'),
    // One member makes several clips at once here, and the shut-down simulator would refuse the
    // content check too: neither is what this test is about.
    MEMBER_MAX_ACTIVE: '1000',
    MODERATION: 'off',
  });
  app = await createApp(config, logger, { messengers: [messenger] });
  await app.startWorker();
});

afterAll(async () => {
  await app.close();
  await openaiSim.close();
  await falSim.close();
  await dropPrefix(prefix);
});

// One prompt for every clip: the simulators render it once and reuse the file.
const ask = (_n: number) =>
  app.services.clips.request({
    prompt: 'a lantern festival over a river',
    options: { durationS: 4, size: '1280x720' },
    author: { id: 'u1', name: 'Ada' },
    place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
  });

describe('failover between providers', () => {
  it('moves rendering and queued clips to the next provider when the first says the model is gone', async () => {
    const rendering = await Promise.all([1, 2, 3].map(ask));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const states = await Promise.all(rendering.map((c) => app.store.clips.get(c.id)));
      if (states.every((c) => c?.state === 'rendering')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(openaiSim.stats().creates).toBe(3);

    openaiSim.faults.set({ shutdown: true });
    const createRequestsAtShutdown = openaiSim.stats().createRequests;
    const queued = await Promise.all([4, 5, 6].map(ask));

    const clips = await Promise.all([...rendering, ...queued].map((c) => waitForEnd(app, c.id, 30_000)));
    for (const clip of clips) {
      expect(clip).toMatchObject({ state: 'posted', provider: 'fal', options: { model: 'fal-ai/veo3.1' } });
      expect(clip.attempts).toHaveLength(1);
      expect(clip.attempts?.[0]).toMatchObject({ provider: 'openai', code: 'MODEL_NOT_FOUND' });
      expect(english(clip.notice!)).toMatch(/^Made with Veo 3\.1.*: Sora 2 was unavailable\.$/);
      expect(messenger.cardsFor(clip.id).at(-1)?.notice).toBe(english(clip.notice!));
    }
    // Nothing bought twice: one fal render per clip, and each queued clip asked the dead
    // provider at most once (they were picked up together, before it was marked down).
    expect(falSim.stats().creates).toBe(6);
    expect(openaiSim.stats().createRequests - createRequestsAtShutdown).toBeLessThanOrEqual(queued.length);
    expect(messenger.uploads).toHaveLength(6);

    // Once marked down, a new clip goes straight to the stand-in without asking the dead one.
    const asked = openaiSim.stats().createRequests;
    const later = await waitForEnd(app, (await ask(7)).id, 30_000);
    expect(later).toMatchObject({ state: 'posted', provider: 'fal' });
    expect(openaiSim.stats().createRequests).toBe(asked);
    // Operators are told once, not once per clip.
    expect(warnings.filter((w) => w.includes('failed over'))).toHaveLength(1);
  });
});
