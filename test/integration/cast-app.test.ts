import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import type { Simulator } from '../../simulator/types.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../../src/core/errors.ts';
import type { Place } from '../../src/core/place.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { createLogger } from '../../src/logging.ts';
import { metadataSegments, readJpeg } from '../../src/media/jpeg-segments.ts';
import { mountOpsRoutes } from '../../src/ops/http.ts';
import { Readiness } from '../../src/ops/readiness.ts';
import { GPS_MARK, jpegWithGps } from '../helpers/pictures.ts';
import { tempDir, waitForEnd } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

/**
 * Issue 16 through the whole app on Redis, with fal served by the simulator and the real pino
 * logger: Ada lends her likeness, Bob is refused, then approved and rendered with her picture on
 * the model that takes references; Ada deletes the clip, then removes her cast while Bob's next
 * one renders. No log line, metric, card or /readyz answer holds her picture or a link to it.
 */

const prefix = uniquePrefix('cast-app');
const FAL_KEY = 'cast-app-key:0123456789abcdef';
const lines: string[] = [];
let sim: Simulator;
let app: App;
let messenger: RecordingMessenger;
let http: HttpRouter;
let readiness: Readiness;
let base: string;

const place: Place = { surface: 'test', workspaceId: 'w-cast', channelId: 'c1' };
const ada: Actor = { id: 'U0ADA00001', name: 'Ada' };
const bob: Actor = { id: 'U0BOB00001', name: 'Bob' };

beforeAll(async () => {
  sim = await createSimulator({ port: 0, renderMs: 1500, mediaDir: tempDir('cast-app-sim') });
  const logger = createLogger({
    level: 'debug',
    secrets: [FAL_KEY],
    destination: { write: (line: string) => void lines.push(line) },
  });
  const config = loadConfig({
    REDIS_URL,
    REDIS_PREFIX: prefix,
    VIDEO_PROVIDER: 'fal',
    FAL_KEY,
    FAL_BASE_URL: sim.falUrl,
    // The default model takes no pictures: a clip with a likeness must be routed to Veo 3.1.
    FAL_MODELS: 'fal-ai/veo3.1/fast,fal-ai/veo3.1',
    MEDIA_DIR: tempDir('cast-app-media'),
  });
  messenger = new RecordingMessenger('test');
  app = await createApp(config, logger, { messengers: [messenger], moderation: null });
  await app.startWorker();
  http = new HttpRouter(logger);
  readiness = new Readiness({ adapters: [], providers: ['fal'], metrics: app.metrics });
  mountOpsRoutes(http, { metrics: app.metrics, readiness, logger });
  base = await http.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await http?.close();
  await readiness?.close();
  await app?.close();
  await sim?.close();
  await dropPrefix(prefix);
});

const refusal = async (promise: Promise<unknown>) =>
  (await promise.then(
    () => expect.unreachable('accepted'),
    (e: unknown) => e,
  )) as ReelbotError;

async function waitForState(clipId: string, states: string[]) {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    const clip = await app.store.clips.get(clipId);
    if (clip && states.includes(clip.state)) return clip;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`clip ${clipId} never reached ${states.join('/')}`);
}

describe('a likeness through the app', () => {
  it('is refused, approved, rendered with the clean picture, deleted by Ada, and cancelled with a refund when she removes it', async () => {
    const { cast, clips } = app.services;
    await cast.add(ada, place, jpegWithGps(), 'ada');
    const [stored] = await app.store.cast.pictures('test:w-cast', ada.id);

    const refused = await refusal(
      clips.request({ prompt: '@ada on a tandem bicycle', options: {}, author: bob, place }),
    );
    expect(refused.code).toBe(ErrorCode.ConsentRequired);

    await cast.approve(ada, place, bob);
    const before = sim.receivedReferences().length;
    const clip = await clips.request({ prompt: '@ada on a tandem bicycle', options: {}, author: bob, place });
    expect(clip.options.model).toBe('fal-ai/veo3.1');
    expect((await waitForEnd(app, clip.id, 20_000)).state).toBe('posted');
    const received = sim.receivedReferences().slice(before);
    expect(received).toHaveLength(1);
    expect(metadataSegments(readJpeg(received[0]!.bytes)!)).toEqual([]);
    expect(Buffer.from(received[0]!.bytes).includes(GPS_MARK)).toBe(false);
    expect(Buffer.from(received[0]!.bytes).equals(Buffer.from(stored!.bytes))).toBe(true);
    // Ada is told once, named; she deletes Bob's clip as its author could.
    expect(messenger.said.filter((s) => s.notify.some((m) => m.id === ada.id))).toHaveLength(1);
    expect((await clips.delete(clip.id, ada)).deletedAt).toBeDefined();

    // `[slow]`: the simulator takes ten times as long, so the clip is still rendering when she removes.
    const next = await clips.request({
      prompt: '@ada juggling oranges [slow]',
      options: {},
      author: bob,
      place,
    });
    await waitForState(next.id, ['submitted', 'rendering']);
    const cancelled = await cast.remove(ada, place);
    expect(cancelled.map((c) => c.id)).toEqual([next.id]);
    expect((await app.store.clips.get(next.id))?.state).toBe('cancelled');
    const books = await app.store.ledger.usage({
      scope: 'test:w-cast',
      memberId: bob.id,
      day: new Date().toISOString().slice(0, 10),
      month: new Date().toISOString().slice(0, 7),
    });
    // Every reservation is closed: the posted clip's settled at its price, the cancelled one's refunded.
    expect(books.day.member.releasedCents).toBe(books.day.member.reservedCents);
    expect(books.day.member.settledCents).toBe(Math.round(clip.estimatedCostUsd * 100));
    expect(books.day.member.reservedCents).toBe(
      Math.round((clip.estimatedCostUsd + next.estimatedCostUsd) * 100),
    );

    // Nothing that leaves the process holds the picture or a link to it.
    const picture = Buffer.from(stored!.bytes);
    const fingerprints = [
      picture.toString('base64').slice(100, 160),
      picture.subarray(100, 140).toString('hex'),
      'data:image',
      GPS_MARK,
    ];
    const metrics = await app.metrics.registry.metrics();
    const readyz = await (await fetch(`${base}/readyz`)).text();
    const cards = JSON.stringify(messenger);
    expect(lines.length).toBeGreaterThan(10);
    for (const [name, text] of [
      ['logs', lines.join('')],
      ['metrics', metrics],
      ['readyz', readyz],
      ['cards', cards],
    ] as const) {
      for (const mark of fingerprints)
        expect(text.includes(mark), `${name} holds ${mark.slice(0, 12)}`).toBe(false);
    }
  });
});
