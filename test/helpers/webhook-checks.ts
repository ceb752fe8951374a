import { expect } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Member } from '../../src/core/clip.ts';
import type { Simulator } from '../../src/providers/simulator/types.ts';
import { waitForEnd } from './pipeline.ts';

/** A 4-second landscape clip asked for in the webhook tests' one channel. */
export function askFor(app: App, prompt: string, author: Member = { id: 'u1', name: 'Ada' }) {
  return app.services.clips.request({
    prompt,
    options: { durationS: 4, size: '1280x720' },
    author,
    place: { surface: 'test', workspaceId: 'w', channelId: 'c' },
  });
}

/**
 * A clip posted within seconds, with the app's first poll 20 s or more away: only the provider's
 * webhook can have woken it. `statusCalls`: 1 where the webhook only wakes (the status call
 * decides), 0 where a signed completion is trusted.
 */
export async function expectWokenByWebhook(app: App, sim: Simulator, statusCalls: 0 | 1): Promise<void> {
  const clip = await askFor(app, 'a heron lifting off a misty lake');
  const done = await waitForEnd(app, clip.id, 12_000);
  expect(done.state).toBe('posted');
  expect(done.statusCalls).toBe(statusCalls);
  expect(sim.stats().webhooksDelivered).toBeGreaterThanOrEqual(1);
}
