import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../simulator/types.ts';
import { loadConfig } from '../../src/config.ts';
import type { ClipCard } from '../../src/core/card/card.ts';
import type { VideoProvider } from '../../src/core/ports/video-provider.ts';
import { createFalProvider } from '../../src/providers/fal/index.ts';
import { createOpenAIProvider } from '../../src/providers/openai/index.ts';
import { waitForEnd } from '../helpers/pipeline.ts';
import { startProviderPipeline } from '../helpers/provider-checks.ts';

/**
 * A place in line that means something (issue 14). A render waiting for its next status poll
 * holds no worker slot, so reelbot's own line drains at once; the wait is at the provider. With
 * SIMULATOR_MAX_CONCURRENT=1 the simulator renders one video at a time and queues the rest, as
 * providers do, and nine clips are asked for at once: the ninth card's place starts near nine,
 * counts down, and is gone once it renders. Through the OpenAI-compatible API (which only says
 * `queued`: the place is among this deployment's clips waiting there) and through fal's (which
 * reports its own `queue_position`).
 */

const CLIPS = 9;
const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
// Read the way an operator sets it.
const maxConcurrentVideos = loadConfig({ SIMULATOR_MAX_CONCURRENT: '1' }).simulator.maxConcurrent;

let p: Awaited<ReturnType<typeof startProviderPipeline>> | undefined;
afterEach(async () => {
  await p?.close();
  p = undefined;
});

async function nineAtOnce(name: string, makeProvider: (sim: Simulator) => VideoProvider, model: string) {
  p = await startProviderPipeline(name, makeProvider, {
    // Long enough that the line is still full when the ninth is handed over on a busy machine.
    renderMs: 2500,
    simulator: { maxConcurrentVideos },
    // An operator account past fal's starting tier: all nine are handed over at once, to wait in
    // the provider's own line (our pacing of the operator's key has its own test,
    // operator-key-pacing.test.ts).
    env: { PROVIDER_CONCURRENCY: 'fal:100' },
  });
  const clips = [];
  for (let i = 0; i < CLIPS; i++) {
    const clip = await p.app.services.clips.request({
      // One prompt: the simulator makes the MP4 once and serves it to all nine.
      prompt: 'a queue of paper boats',
      options: { model, durationS: 4 },
      author: { id: `u${i}`, name: `Member ${i}` },
      place,
    });
    clips.push(clip);
    // Each handed to the provider before the next is asked for, so "the ninth" is ninth there.
    await handedOver(clip.id);
  }
  const done = await Promise.all(clips.map((clip) => waitForEnd(p!.app, clip.id, 90_000)));
  expect(done.map((c) => c.state)).toEqual(Array(CLIPS).fill('posted'));
  expect(p.sim.stats().creates).toBe(CLIPS);
  return clips.map((clip) => p!.messenger.cardsFor(clip.id));
}

async function handedOver(clipId: string) {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    if ((await p!.app.store.clips.get(clipId))?.state !== 'queued') return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${clipId} was not submitted`);
}

/** The places the ninth card showed: from near nine, counting down, none once it renders. */
function expectCountdown(cards: ClipCard[]) {
  const places = cards.flatMap((c) => (c.queuePosition === undefined ? [] : [c.queuePosition]));
  expect(places[0]).toBeGreaterThanOrEqual(7);
  expect(places[0]).toBeLessThanOrEqual(CLIPS);
  expect(places).toEqual([...places].sort((a, b) => b - a));
  // It counts down, not just shows one number.
  expect(new Set(places).size).toBeGreaterThanOrEqual(3);
  const rendering = cards.findIndex((c) => c.state === 'rendering');
  expect(rendering).toBeGreaterThan(0);
  expect(cards.slice(rendering).every((c) => c.queuePosition === undefined)).toBe(true);
  // Waiting at the provider, in words.
  expect(cards.some((c) => c.state === 'submitted' && c.queuePosition === places[0])).toBe(true);
}

describe('nine clips at a provider that renders one at a time', () => {
  it('counts the ninth down through the OpenAI-compatible API', { timeout: 120_000 }, async () => {
    const cards = await nineAtOnce(
      'queue-openai',
      (sim) => createOpenAIProvider({ apiKey: 'sk-test-queue', baseURL: sim.url }),
      'sora-2',
    );
    expectCountdown(cards[CLIPS - 1]!);
    // The first waited behind nobody: no place on any of its cards.
    expect(cards[0]!.every((c) => c.queuePosition === undefined)).toBe(true);
  });

  it("counts the ninth down through fal's queue", { timeout: 120_000 }, async () => {
    const cards = await nineAtOnce(
      'queue-fal',
      (sim) => createFalProvider({ apiKey: 'fal-key-id:fal-key-secret', baseUrl: sim.falUrl }),
      'fal-ai/veo3.1',
    );
    expectCountdown(cards[CLIPS - 1]!);
    expect(cards[0]!.every((c) => c.queuePosition === undefined)).toBe(true);
  });
});
