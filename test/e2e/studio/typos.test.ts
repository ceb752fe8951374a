import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../adapters/studio/web/types.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * Typos never cost money in the studio: the server (not the page) reads the composer's line, and
 * a word written like an option the command does not have, or a prompt over the limit, is
 * refused with a sentence that says what to write, before anything is made or spent.
 */
let run: StudioRun;
const WORKSPACE = 'studio:local';

type Answer = { status: number; body: CommandResult & { error?: { code: string; message: string } } };
async function command(text: string): Promise<Answer> {
  const res = await fetch(`${run.url}/studio/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'general', member: 'ada', text }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** What nothing-made-or-spent is measured by: provider creates, clips, messages, the books. */
async function footprint() {
  const origin = new URL(run.app.simulatorUrl!).origin;
  const { creates } = (await (await fetch(`${origin}/_sim/stats`)).json()) as { creates: number };
  const day = new Date().toISOString().slice(0, 10);
  const books = await run.app.store.ledger.usage({
    scope: WORKSPACE,
    memberId: 'ada',
    day,
    month: day.slice(0, 7),
  });
  const messages = (
    (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as { messages: unknown[] }
  ).messages.length;
  return { creates, reserved: books.month.workspace.reservedCents, messages };
}

beforeAll(async () => {
  run = await startStudio(studioEnv({ RATE_LIMIT_PER_MINUTE: '100' }));
});
afterAll(async () => {
  await run?.close();
});

describe('typos and over-long prompts in the studio', () => {
  it.each([
    [
      '/sora generate a fox in the snow duraton:8',
      'Unknown option duraton: did you mean duration? To keep “duraton:8” as words, put a space after the colon or quote them. Nothing was made.',
    ],
    [
      '/sora generate prompt:a fox stlye:noir duration:4',
      'Unknown option stlye: did you mean style? To keep “stlye:noir” as words, put a space after the colon or quote them. Nothing was made.',
    ],
    [
      '/sora generate a fox mood:grim',
      'Unknown option mood: /sora generate takes prompt, duration, aspect, size, model, style, image, contest. To keep “mood:grim” as words, put a space after the colon or quote them. Nothing was made.',
    ],
    [
      '/sora generate a fox --duration 4',
      'Options are written name:value here, like duration:…, not --duration. Nothing was made.',
    ],
    [
      '/sora contest start theme:robots sumbit:2h',
      'Unknown option sumbit: did you mean submit? To keep “sumbit:2h” as words, put a space after the colon or quote them. Nothing was made.',
    ],
    [
      `/sora generate prompt:${'x'.repeat(4001)}`,
      // The command's own schema states the limit (Discord and Slack show the same sentence).
      'Keep the prompt under 4000 characters.',
    ],
    [
      `/sora generate prompt:${'x'.repeat(9000)}`,
      'That command is too long: a prompt may have at most 4000 characters. Shorten it and try again.',
    ],
  ])('refuses %#, and nothing is made or spent', async (text, message) => {
    const before = await footprint();
    const answer = await command(text);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ code: ErrorCode.InvalidInput, message });
    expect(await footprint()).toEqual(before);
  });

  it('refuses a body too large to read with the prompt limit', async () => {
    const res = await fetch(`${run.url}/studio/api/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'general',
        member: 'ada',
        text: `/sora generate ${'x'.repeat(70_000)}`,
      }),
    });
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'That request is too large for the studio: a prompt may have at most 4000 characters.',
    );
  });

  it('keeps prose with colons in the prompt and makes the clip, reading options in any case', async () => {
    const before = await footprint();
    const answer = await command(
      '/sora generate a clock at 10:30, ratio 16:9, note: it rains "warning:wet floor" Duration:4',
    );
    expect(answer.status).toBe(200);
    const clipId = answer.body.message!.card!.clipId;
    const clip = await waitForEnd(run.app, clipId);
    expect(clip).toMatchObject({
      state: 'posted',
      prompt: 'a clock at 10:30, ratio 16:9, note: it rains "warning:wet floor"',
      options: { durationS: 4 },
    });
    const after = await footprint();
    expect(after.creates - before.creates).toBe(1);
    expect(after.reserved - before.reserved).toBe(40);

    // Remix's box: an over-long prompt is told the limit there too, and nothing is made.
    for (const [length, message] of [
      [4001, 'The prompt is 4001 characters; the limit is 4000. Shorten it and try again.'],
      [9000, 'The prompt is 9000 characters; the limit is 4000. Shorten it and try again.'],
    ] as const) {
      const res = await fetch(`${run.url}/studio/api/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          action: 'remix',
          member: 'bob',
          message: answer.body.message!.id,
          prompt: 'y'.repeat(length),
          nonce: `remix-long-${length}`,
        }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(message);
      expect(await footprint()).toEqual(after);
    }
  });
});
