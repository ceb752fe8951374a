import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { VideoProvider } from '../../src/core/ports/video-provider.ts';
import { createFalProvider } from '../../src/providers/fal/index.ts';
import { createOpenAIProvider } from '../../src/providers/openai/index.ts';
import { createRunwayProvider } from '../../src/providers/runway/index.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * The simulator counts jobs per bearer key and, told a per-key limit, answers a create past it
 * with the API's own 429: driven through reelbot's real adapters, one client per key.
 */

let now = Date.UTC(2026, 11, 5, 12);
let sim: Simulator;

beforeAll(async () => {
  sim = await createSimulator({
    mediaDir: simTempDir('sim-keys'),
    renderMs: 10_000,
    clock: { now: () => now },
  });
});
beforeEach(() => sim.reset());
afterAll(() => sim.close());

const clients: Record<string, (key: string) => VideoProvider> = {
  openai: (apiKey) => createOpenAIProvider({ apiKey, baseURL: sim.url, logger: silentLogger }),
  fal: (apiKey) => createFalProvider({ apiKey, baseUrl: sim.falUrl, logger: silentLogger }),
  runway: (apiKey) => createRunwayProvider({ apiKey, baseUrl: sim.runwayUrl, logger: silentLogger }),
};

async function submit(provider: VideoProvider, n: number) {
  const model = provider.capabilities().models[0]!;
  return provider.submit({
    prompt: `a lighthouse at dusk ${n}`,
    model: model.id,
    durationS: model.durationsS[0]!,
    size: model.sizes[0]!,
    idempotencyKey: `clip-${n}-${Math.random()}`,
  });
}

describe.each(Object.keys(clients))('per-key counts and limits: %s', (api) => {
  it('refuses a create past a key’s limit with 429, counts each key apart, and admits again once one finishes', async () => {
    const capped = `${api}-capped-key-0001`;
    const free = `${api}-free-key-0002`;
    sim.faults.set({ keyLimits: { [capped]: 2 } });
    const a = clients[api]!(capped);
    const b = clients[api]!(free);
    await submit(a, 1);
    await submit(a, 2);
    const refused = await submit(a, 3).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReelbotError);
    expect((refused as ReelbotError).code).toBe(ErrorCode.ProviderRateLimited);
    for (let n = 0; n < 4; n++) await submit(b, 10 + n);

    let stats = sim.stats().byKey;
    expect(stats[capped]).toEqual({ api, creates: 2, inFlight: 2, peakInFlight: 2, rejected: 1 });
    expect(stats[free]).toEqual({ api, creates: 4, inFlight: 4, peakInFlight: 4, rejected: 0 });

    // The renders finish: the capped key has room again.
    now += 60_000;
    await submit(a, 4);
    stats = sim.stats().byKey;
    expect(stats[capped]).toMatchObject({ creates: 3, inFlight: 1, peakInFlight: 2, rejected: 1 });
    expect(stats[free]).toMatchObject({ inFlight: 0 });
  });
});

describe('key limits control', () => {
  it('is set and cleared through the faults control, over HTTP too', async () => {
    const set = await fetch(`${sim.origin}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keyLimits: { 'k-1': 1 } }),
    });
    expect(set.status).toBe(200);
    expect(sim.faults.current().keyLimits).toEqual({ 'k-1': 1 });
    const bad = await fetch(`${sim.origin}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keyLimits: { 'k-1': 0 } }),
    });
    expect(bad.status).toBe(400);
    sim.faults.set({ keyLimits: null });
    expect(sim.faults.current().keyLimits).toEqual({});
  });
});
