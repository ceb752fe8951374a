import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../adapters/studio/web/types.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * The default aspect through the studio's API, as members use it: landscape out of the box, an
 * admin's `aspect` setting used for every clip that names no aspect or size, a member's own
 * aspect still winning, and /sora help saying which shape clips take here.
 */
let run: StudioRun;

type Answer = { status: number; body: CommandResult & { error?: { code: string; message: string } } };
async function command(member: 'ada' | 'cy', text: string): Promise<Answer> {
  const res = await fetch(`${run.url}/studio/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'general', member, text }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const text = (answer: Answer) => (answer.body.kind === 'text' ? answer.body.text : '');

/** Ask for a clip and return the size it was queued with, once it has finished. */
async function sizeOf(prompt: string): Promise<string> {
  const answer = await command('ada', `/sora generate prompt:${prompt} duration:4`);
  expect(answer.status).toBe(200);
  const clipId = answer.body.message!.card!.clipId;
  await waitForEnd(run.app, clipId);
  return (await run.app.store.clips.get(clipId))!.options.size;
}

beforeAll(async () => {
  run = await startStudio(studioEnv({ RATE_LIMIT_PER_MINUTE: '100' }));
});
afterAll(async () => {
  await run?.close();
});

describe('the default aspect', () => {
  it('is landscape out of the box, and help says so', async () => {
    expect(text(await command('ada', '/sora help'))).toContain(
      'Clips here are landscape (16:9) unless you name an aspect or size; admins change that with /sora settings setting:aspect.',
    );
    // The simulated Sora 2 lists portrait first; the default picks its landscape size.
    expect(await sizeOf('a lighthouse at dawn')).toBe('1280x720');
  });

  it('is an admin’s setting, used for clips that name no aspect, and shown in help', async () => {
    const refused = await command('ada', '/sora settings setting:aspect value:portrait');
    expect(refused.body.error?.code).toBe('FORBIDDEN');
    expect((await command('cy', '/sora settings setting:aspect value:tall')).body.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Give the default aspect as landscape, portrait or square, or "default".',
    });

    const changed = await command('cy', '/sora settings setting:aspect value:9:16');
    expect(text(changed)).toBe(
      'aspect is now portrait (9:16) (was landscape (16:9, default)). The change is logged with your name.',
    );
    expect(text(await command('cy', '/sora settings'))).toContain('• aspect: portrait (9:16) (set here)');
    expect(text(await command('ada', '/sora help'))).toContain('Clips here are portrait (9:16) unless');
    expect(await sizeOf('a heron in reeds')).toBe('720x1280');

    // A member who names a shape gets it; the setting is only the default.
    const landscape = await command('ada', '/sora generate prompt:a wide valley duration:4 aspect:landscape');
    await waitForEnd(run.app, landscape.body.message!.card!.clipId);
    const clip = await run.app.store.clips.get(landscape.body.message!.card!.clipId);
    expect(clip!.options.size).toBe('1280x720');

    await command('cy', '/sora settings setting:aspect value:default');
    expect(await sizeOf('a kite on a beach')).toBe('1280x720');
  });
});
