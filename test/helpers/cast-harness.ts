import { CardPresenter } from '../../src/core/card/card-presenter.ts';
import { CastService } from '../../src/core/cast/cast-service.ts';
import { Admission } from '../../src/core/clip/admission.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import { ClipService } from '../../src/core/clip/clip-service.ts';
import { Moderation } from '../../src/core/moderation.ts';
import type { Place } from '../../src/core/place.ts';
import type { JobOutcome } from '../../src/core/ports/job-queue.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Store } from '../../src/core/ports/store.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import { createRenderJob } from '../../src/core/render/render-job.ts';
import { intakeImage } from '../../src/media/image.ts';
import { settings } from './core-harness.ts';
import { createFakeMedia } from './fake-media.ts';
import { FakeProvider } from './fake-provider.ts';
import { RecordingMessenger } from './recording-messenger.ts';
import { NOON, recordingQueue } from './safety-harness.ts';

/** Every log line as JSON text (what a log shipper would store), with its message. */
export function recordingLogger(lines: string[], bindings: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push(JSON.stringify({ level, ...bindings, ...fields, msg: message }));
  };
  return {
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
    debug: write('debug'),
    error: write('error'),
    info: write('info'),
    warn: write('warn'),
  };
}

/**
 * The core with admission on and two providers: `plain` first (its model takes no reference
 * pictures, so it is the default) and `refs` (takes 3), over the given store, with the real
 * picture intake (ffmpeg) and a job handler the test runs by hand.
 */
export function castSetup(store: Store, options: { refs?: boolean } = {}) {
  let now = NOON;
  const clock = { now: () => now };
  const plain = new FakeProvider('plain', { id: 'plain-1', label: 'Plain One' });
  const refs = new FakeProvider('refs', { id: 'ref-1', label: 'Ref One', references: 3, durationsS: [4, 8] });
  const providers = new ProviderRegistry(options.refs === false ? [plain] : [plain, refs]);
  const queue = recordingQueue();
  const messenger = new RecordingMessenger('test');
  const messengers = { get: (s: string) => (s === 'test' ? messenger : undefined) };
  const lines: string[] = [];
  const logger = recordingLogger(lines);
  const moderation = new Moderation({ blocklist: [], clock, logger });
  const admission = new Admission({
    store,
    providers,
    clock,
    logger,
    defaults: { ratePerMinute: 10_000 },
    moderation,
    commandName: 'sora',
  });
  const cards = new CardPresenter({ store, messengers, clock, logger, minIntervalMs: 0 });
  const clips = new ClipService({ store, queue, providers, clock, logger, cards, admission });
  const cast = new CastService({
    store,
    clips,
    clock,
    logger,
    intake: (b) => intakeImage(b),
    commandName: 'sora',
  });
  const handler = createRenderJob({
    store,
    providers,
    messengers,
    media: createFakeMedia(),
    clock,
    logger,
    settings,
  });
  const workspaceId = `w-${Math.random().toString(36).slice(2, 10)}`;
  const place: Place = { surface: 'test', workspaceId, channelId: 'c1' };

  /** Run a clip's job until it is done, jumping the clock by each delay it asks for. */
  async function run(clipId: string, steps = 100): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = [];
    for (let i = 0; i < steps; i++) {
      const outcome = await handler({ id: clipId, data: { clipId } });
      outcomes.push(outcome);
      if (outcome.kind === 'done') return outcomes;
      now += outcome.delayMs;
    }
    return outcomes;
  }

  const ada: Actor = { id: 'U-ada', name: 'Ada' };
  const bob: Actor = { id: 'U-bob', name: 'Bob' };
  const cy: Actor = { id: 'U-cy', name: 'Cy' };
  const admin: Actor = { id: 'U-admin', name: 'Grace', admin: true };
  const ask = (author: Actor, prompt: string, extra: { model?: string } = {}) =>
    clips.request({ prompt, options: { durationS: 4, ...extra }, author, place });
  /** The member's books for the day: reserved, released (refunded), settled, clips. */
  const books = async (memberId: string) =>
    (
      await store.ledger.usage({
        scope: `test:${workspaceId}`,
        memberId,
        day: '2026-10-01',
        month: '2026-10',
      })
    ).day.member;

  return {
    store,
    plain,
    refs,
    providers,
    queue,
    messenger,
    lines,
    clips,
    cast,
    run,
    place,
    ada,
    bob,
    cy,
    admin,
    ask,
    books,
  };
}
