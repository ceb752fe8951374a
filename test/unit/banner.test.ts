import { describe, expect, it } from 'vitest';
import { startBanner } from '../../adapters/studio/banner.ts';
import { loadConfig } from '../../src/config.ts';

/** The start-up banner's video line names today's providers, as configured. */
describe('start-up banner', () => {
  it('with nothing configured: the simulator, and the variables for fal.ai, Runway and a gateway', () => {
    const text = startBanner(loadConfig({}), { simulated: true, providers: ['simulator'] });
    expect(text).toContain('video    built-in simulator (a render takes 8 s)');
    for (const words of [
      'FAL_KEY (fal.ai',
      'RUNWAYML_API_SECRET (Runway)',
      'OPENAI_API_KEY and OPENAI_BASE_URL',
      'OpenAI-compatible gateway',
      'VIDEO_PROVIDER',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('with real providers: each by name in failover order, the gateway by host only', () => {
    const secrets = {
      FAL_KEY: 'fal-key-123456',
      RUNWAYML_API_SECRET: 'rw-secret-123456',
      OPENAI_API_KEY: 'sk-123456',
    };
    const config = loadConfig({
      ...secrets,
      OPENAI_BASE_URL: 'https://user:hunter22@gateway.example.com:8443/v1?token=abc',
    });
    const text = startBanner(config, { simulated: false, providers: ['fal', 'runway', 'openai'] });
    expect(text).toContain(
      'video    fal.ai, then Runway, then an OpenAI-compatible gateway at gateway.example.com:8443\n' +
        '           a clip moves down this list when a provider is down',
    );
    expect(text).not.toContain('FAL_KEY');
    expect(text).not.toContain('simulator');
    for (const secret of [...Object.values(secrets), 'hunter22', 'token=abc'])
      expect(text).not.toContain(secret);
  });

  it('names the one provider there is, and a simulator listed next to a real one', () => {
    const runway = startBanner(loadConfig({ RUNWAYML_API_SECRET: 'rw-secret-123456' }), {
      simulated: false,
      providers: ['runway'],
    });
    expect(runway).toMatch(/ {2}video {4}Runway\n {2}storage/);
    const both = loadConfig({ FAL_KEY: 'fal-key-123456', VIDEO_PROVIDER: 'fal,simulator' });
    expect(startBanner(both, { simulated: true, providers: ['fal', 'simulator'] })).toContain(
      'video    fal.ai, then the built-in simulator (a render takes 8 s)',
    );
  });
});
