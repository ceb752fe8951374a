import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/core/errors.ts';

describe('config', () => {
  it('runs with nothing set: simulator, in-memory, port 3000', () => {
    const config = loadConfig({});
    expect(config.providers).toEqual([{ kind: 'simulator' }]);
    expect(config.simulator).toEqual({ port: 4010, renderMs: 8000 });
    expect(config.redis).toBeUndefined();
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(config.role).toBe('all');
    expect(config.discord).toBeUndefined();
  });

  it('chooses OpenAI when a key is set', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1/' });
    expect(config.providers).toEqual([
      { kind: 'openai', apiKey: 'sk-test', baseUrl: 'http://127.0.0.1:9/v1' },
    ]);
  });

  it('uses every provider with credentials, live APIs first, or the order VIDEO_PROVIDER gives', () => {
    const env = {
      OPENAI_API_KEY: 'sk-1',
      FAL_KEY: 'fal-1',
      RUNWAYML_API_SECRET: 'rw-1',
      FAL_MODELS: 'fal-ai/veo3.1, x/y',
    };
    expect(loadConfig(env).providers.map((p) => p.kind)).toEqual(['fal', 'runway', 'openai']);
    expect(loadConfig(env).providers[0]).toMatchObject({ endpoints: ['fal-ai/veo3.1', 'x/y'] });
    expect(loadConfig({ ...env, VIDEO_PROVIDER: 'openai,simulator' }).providers.map((p) => p.kind)).toEqual([
      'openai',
      'simulator',
    ]);
  });

  it('lets the simulator render a bounded number of videos at once, unbounded by default', () => {
    expect(loadConfig({}).simulator.maxConcurrent).toBeUndefined();
    expect(loadConfig({ SIMULATOR_MAX_CONCURRENT: '2' }).simulator.maxConcurrent).toBe(2);
  });

  it('reads gateway models as JSON and names what is wrong', () => {
    const models = '[{"id":"muse-video","durationsS":[5,8,10],"sizes":["1280x720"],"usdPerSecond":0.06}]';
    const config = loadConfig({ OPENAI_API_KEY: 'k', OPENAI_MODELS: models });
    expect(config.providers[0]).toMatchObject({
      models: [{ id: 'muse-video', audio: true, imageInput: false }],
    });
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', OPENAI_MODELS: '{oops' })).toThrowError(
      /^OPENAI_MODELS: expected a JSON array/,
    );
    const badSize = '[{"id":"x","durationsS":[5],"sizes":["big"],"usdPerSecond":1}]';
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', OPENAI_MODELS: badSize })).toThrowError(
      /^OPENAI_MODELS: sizes look like/,
    );
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: expected a whole number/],
    [{ ROLE: 'boss' }, /^ROLE: expected all, bot or worker/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL: expected a redis:\/\/ URL/],
    [{ DISCORD_TOKEN: 'x' }, /^DISCORD_APPLICATION_ID: required when Discord is configured/],
    [{ VIDEO_PROVIDER: 'openai' }, /^OPENAI_API_KEY: required/],
    [{ VIDEO_PROVIDER: 'fal,sora' }, /^VIDEO_PROVIDER: expected names from fal, runway, openai, simulator/],
    [{ VIDEO_PROVIDER: 'runway' }, /^RUNWAYML_API_SECRET: required/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of/],
    [{ SIMULATOR_MAX_CONCURRENT: '0' }, /^SIMULATOR_MAX_CONCURRENT: expected a whole number from 1/],
  ])('stops on %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});

describe('config: download bounds (issue 12)', () => {
  it('defaults to 200 MiB and 5 minutes, and takes smaller ones', () => {
    expect(loadConfig({}).worker).toMatchObject({ maxClipBytes: 200 * 2 ** 20, downloadTimeoutMs: 300_000 });
    const set = loadConfig({ MAX_CLIP_BYTES: '1048576', DOWNLOAD_TIMEOUT_MS: '3000' }).worker;
    expect(set).toMatchObject({ maxClipBytes: 1_048_576, downloadTimeoutMs: 3000 });
  });

  it.each([
    [{ MAX_CLIP_BYTES: 'lots' }, /^MAX_CLIP_BYTES: expected a whole number/],
    [{ MAX_CLIP_BYTES: '0' }, /^MAX_CLIP_BYTES: expected a whole number/],
    [{ DOWNLOAD_TIMEOUT_MS: '10' }, /^DOWNLOAD_TIMEOUT_MS: expected a whole number/],
  ])('stops on %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
