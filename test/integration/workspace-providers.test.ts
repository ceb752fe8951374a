import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { type Clip, isTerminal } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../helpers/redis.ts';

/**
 * Issue 17, "a workspace with its own keys makes its clips with them (its providers, its models,
 * its failover order)". The operator configured only the OpenAI-compatible gateway; fal and
 * Runway have only the operator's base URLs (each a simulator). Real app, Redis, BullMQ, the real
 * provider clients; the simulators count creates per bearer key.
 */
const OPERATOR_KEY = 'sk-test-pipeline-key';
const falKey = `fal-ws-${randomBytes(12).toString('hex')}`;
const runwayKey = `rw-ws-${randomBytes(12).toString('hex')}`;
const refusedFalKey = `fal-revoked-${randomBytes(12).toString('hex')}`;
const ada = { id: 'ada', name: 'Ada', admin: true };
const placeOf = (workspaceId: string) => ({ surface: 'test', workspaceId, channelId: 'c1' });

let sim: Simulator;
/** A fal account that refuses every key but its own: the one the failover workspace's key meets. */
let refusingFal: Simulator;
let app: App;
let failoverApp: App;
let prefix: string;
const messenger = new RecordingMessenger('test');

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 300, mediaDir: tempDir('ws-providers-sim') });
  refusingFal = await createSimulator({
    port: 0,
    renderMs: 300,
    mediaDir: tempDir('ws-providers-refusing'),
    apiKey: 'only-this-one',
  });
  prefix = uniquePrefix('ws-providers');
  const env = {
    REELBOT_MASTER_KEY: randomBytes(32).toString('base64'),
    WORKER_CONCURRENCY: '4',
    POLL_MIN_MS: '100',
    POLL_MAX_MS: '300',
    // Where requests for these providers go is the operator's choice, key or no key.
    FAL_BASE_URL: sim.falUrl,
    RUNWAY_BASE_URL: sim.runwayUrl,
  };
  app = await createApp(loadConfig(pipelineEnv(sim, prefix, env)), silentLogger, {
    messengers: [messenger],
    media: createFakeMedia(),
  });
  // The same deployment's settings, but its fal base URL is the refusing account.
  failoverApp = await createApp(
    loadConfig(pipelineEnv(sim, `${prefix}-fo`, { ...env, FAL_BASE_URL: refusingFal.falUrl })),
    silentLogger,
    { messengers: [messenger], media: createFakeMedia(), keyCheck: async () => {} },
  );
  await app.startWorker();
  await failoverApp.startWorker();
});

afterAll(async () => {
  await app?.close();
  await failoverApp?.close();
  await sim?.close();
  await refusingFal?.close();
  await dropPrefix(prefix);
  await dropPrefix(`${prefix}-fo`);
});

async function ended(target: App, id: string): Promise<Clip> {
  for (let i = 0; i < 600; i++) {
    const clip = await target.store.clips.get(id);
    if (clip && isTerminal(clip.state)) return clip;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('clip never ended');
}

const ask = (target: App, workspaceId: string, model?: string) =>
  target.services.clips.request({
    prompt: 'a paper boat in the rain',
    options: { durationS: 4, size: '1280x720', ...(model ? { model } : {}) },
    author: { id: `m-${workspaceId}`, name: 'Member' },
    place: placeOf(workspaceId),
  });

describe('a workspace’s keys bring their providers', () => {
  it('makes a fal clip with its own fal key on a deployment whose operator has no fal key', {
    timeout: 60_000,
  }, async () => {
    expect(app.providers.all().map((p) => p.name)).toEqual(['openai']);
    // Checked with fal (at the operator's fal base URL) before it is saved.
    await app.services.keys.add('test:F', 'fal', falKey, ada);

    // A model only its key brings, typed by name, and its default (its first provider's first model).
    const named = await ended(app, (await ask(app, 'F', 'fal-ai/veo3.1')).id);
    const byDefault = await ended(app, (await ask(app, 'F')).id);
    for (const clip of [named, byDefault]) {
      expect(clip).toMatchObject({ state: 'posted', provider: 'fal', madeWith: 'workspace-key' });
    }
    expect(named.options.model).toBe('fal-ai/veo3.1');
    expect(sim.stats().byKey[falKey]).toMatchObject({ api: 'fal', creates: 2, rejected: 0 });
    expect(sim.stats().byKey[OPERATOR_KEY]).toBeUndefined();
    // Its spend is on its fal key.
    const [view] = await app.services.keys.list('test:F');
    expect(view).toMatchObject({ provider: 'fal' });
    expect(view!.spentUsd).toBeGreaterThan(0);

    // Its settings accept its providers and models; another workspace's do not.
    const change = await app.services.workspace.change(ada, placeOf('F'), 'model', 'fal-ai/veo3.1/fast');
    expect(change.change.to).toBe('Veo 3.1 Fast');
    await app.services.workspace.change(ada, placeOf('F'), 'model', 'default');
    await app.services.workspace.change(ada, placeOf('F'), 'provider', 'fal');
    await expect(app.services.workspace.change(ada, placeOf('G'), 'provider', 'fal')).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    await expect(
      app.services.workspace.change(ada, placeOf('G'), 'model', 'fal-ai/veo3.1'),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidInput });

    // A workspace without a fal key cannot ask for a fal model; its clips use the operator's key.
    await expect(ask(app, 'G', 'fal-ai/veo3.1')).rejects.toMatchObject({ code: ErrorCode.InvalidInput });
    const operators = await ended(app, (await ask(app, 'G')).id);
    expect(operators).toMatchObject({ state: 'posted', provider: 'openai' });
    expect(operators.madeWith).toBeUndefined();
    expect(sim.stats().byKey[OPERATOR_KEY]).toMatchObject({ creates: 1 });
    expect(sim.stats().byKey[falKey]!.creates).toBe(2);
  });

  it('makes a story with its own fal key too: every shot on the model only its key brings', {
    timeout: 90_000,
  }, async () => {
    await app.services.keys.add('test:T', 'fal', falKey, ada);
    const before = sim.stats().byKey[falKey]?.creates ?? 0;
    const story = await app.services.stories.request({
      shots: ['a kite rises over the dunes', 'the kite dives toward the sea'],
      seconds: 4,
      // Shots side by side: the routing is what is checked here (flow's last frame: stories.test.ts).
      mode: 'cut',
      options: { model: 'fal-ai/veo3.1' },
      author: { id: 'ada', name: 'Ada' },
      place: placeOf('T'),
    });
    const done = await ended(app, story.id);
    expect(done).toMatchObject({ state: 'posted', provider: 'fal' });
    expect(sim.stats().byKey[falKey]!.creates - before).toBe(2);
    // Another workspace, without a fal key, cannot ask for one.
    await expect(
      app.services.stories.request({
        shots: ['a kite', 'a sea'],
        options: { model: 'fal-ai/veo3.1' },
        author: { id: 'ada', name: 'Ada' },
        place: placeOf('G'),
      }),
    ).rejects.toMatchObject({ code: ErrorCode.InvalidInput });
  });

  it('fails over through its own providers in the order its keys were added, before the operator’s', {
    timeout: 60_000,
  }, async () => {
    // fal first, then Runway: fal refuses its key, so the clip goes to its Runway key, not to
    // the operator's gateway (the operator's order would have been its only provider, openai).
    await failoverApp.services.keys.add('test:R', 'fal', refusedFalKey, ada);
    await failoverApp.services.keys.add('test:R', 'runway', runwayKey, ada);
    const operatorBefore = sim.stats().byKey[OPERATOR_KEY]?.creates ?? 0;

    const clip = await ended(failoverApp, (await ask(failoverApp, 'R')).id);
    expect(clip).toMatchObject({ state: 'posted', provider: 'runway', madeWith: 'workspace-key' });
    expect(clip.attempts?.map((a) => [a.provider, a.code])).toEqual([['fal', ErrorCode.ProviderAuth]]);
    expect(sim.stats().byKey[runwayKey]).toMatchObject({ api: 'runway', creates: 1 });
    expect(refusingFal.stats().creates).toBe(0);
    expect(sim.stats().byKey[OPERATOR_KEY]?.creates ?? 0).toBe(operatorBefore);

    // Its refused fal key is down for it alone: another workspace's fal key still makes clips.
    await failoverApp.services.keys.add('test:S', 'fal', 'only-this-one', ada);
    const other = await ended(failoverApp, (await ask(failoverApp, 'S', 'fal-ai/veo3.1')).id);
    expect(other).toMatchObject({ state: 'posted', provider: 'fal', madeWith: 'workspace-key' });
    expect(other.attempts ?? []).toEqual([]);
  });
});
