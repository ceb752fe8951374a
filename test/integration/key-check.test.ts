import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { loadConfig } from '../../src/config.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { KeyProvider } from '../../src/core/keys/key-service.ts';
import { createKeyCheck } from '../../src/providers/key-check.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * A workspace key is checked with its provider's cheapest authenticated call before it is saved:
 * through the real SDKs (Runway, OpenAI) and fal's queue, against the simulator, which takes only
 * its one configured key.
 */
const RIGHT = 'right-key-0123456789';
let sim: Simulator;

beforeAll(async () => {
  sim = await createSimulator({ mediaDir: simTempDir('key-check'), renderMs: 1000, apiKey: RIGHT });
});
afterAll(() => sim.close());

const check = () =>
  createKeyCheck(
    loadConfig({
      VIDEO_PROVIDER: 'fal,runway,openai',
      FAL_KEY: 'operator-fal',
      FAL_BASE_URL: sim.falUrl,
      RUNWAYML_API_SECRET: 'operator-runway',
      RUNWAY_BASE_URL: sim.runwayUrl,
      OPENAI_API_KEY: 'operator-openai',
      OPENAI_BASE_URL: sim.url,
      MODERATION: 'off',
    }),
  );

describe.each(['fal', 'runway', 'openai'] as KeyProvider[])('checking a %s key', (provider) => {
  it('accepts a key the provider takes, creating nothing', async () => {
    const before = sim.stats().createRequests;
    await expect(check()(provider, RIGHT)).resolves.toBeUndefined();
    expect(sim.stats().createRequests).toBe(before);
    expect(sim.stats().creates).toBe(0);
  });

  it('refuses a key the provider refuses, saying so without the key', async () => {
    const wrong = `wrong-${provider}-key-987654321`;
    const error = await check()(provider, wrong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReelbotError);
    expect((error as ReelbotError).code).toBe(ErrorCode.ProviderAuth);
    expect((error as ReelbotError).userMessage).toMatch(
      new RegExp(`^${provider} refused that key \\(401\\)`),
    );
    expect((error as ReelbotError).userMessage).not.toContain(wrong);
    expect((error as Error).message).not.toContain(wrong);
  });
});

describe('checking a key for a provider the operator has no key for', () => {
  it('checks it at the operator’s base URL for that provider: a workspace’s key brings its provider', async () => {
    const only = createKeyCheck(
      loadConfig({
        FAL_KEY: 'operator-fal',
        FAL_BASE_URL: sim.falUrl,
        RUNWAY_BASE_URL: sim.runwayUrl,
        MODERATION: 'off',
      }),
    );
    await expect(only('runway', RIGHT)).resolves.toBeUndefined();
    await expect(only('runway', 'wrong-runway-key-987654321')).rejects.toMatchObject({
      code: ErrorCode.ProviderAuth,
    });
  });

  it('says it could not check, not that the key is bad, when the provider cannot be reached', async () => {
    const gone = createKeyCheck(
      loadConfig({
        OPENAI_API_KEY: 'x-operator',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        MODERATION: 'off',
      }),
    );
    await expect(gone('openai', RIGHT)).rejects.toMatchObject({ code: ErrorCode.ProviderUnavailable });
  });
});
