import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * A contest run from the studio's command box through its whole life, on real timers: the phase
 * jobs fire from the queue on their own. Windows are seconds long (CONTEST_MIN_WINDOW_S=1).
 */
let run: StudioRun;

const post = (path: string, body: unknown) =>
  fetch(`${run.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const command = async (member: string, text: string) => {
  const res = await post('/studio/api/commands', { channel: 'general', member, text });
  return { status: res.status, body: (await res.json()) as CommandResult & { error?: { message: string } } };
};
const react = (member: string, message: string) =>
  post('/studio/api/actions', { action: 'react', member, message, on: true });
const messages = async () =>
  (
    (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    }
  ).messages;
async function waitForText(part: string, timeoutMs = 20_000): Promise<MessageView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await messages()).find((m) => m.kind === 'text' && m.text?.includes(part));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no message with “${part}” after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  run = await startStudio(studioEnv({ CONTEST_MIN_WINDOW_S: '1', SIMULATOR_RENDER_MS: '300' }));
});
afterAll(async () => {
  await run?.close();
});

describe('a contest in the studio', () => {
  it('runs start → entries → voting → results from the command box, phases on their own', async () => {
    // Only an admin (Cy) may start one.
    const refused = await command('ada', '/sora contest start theme:tiny robots submit:4s vote:3s');
    expect(refused.status).toBe(403);
    expect(refused.body.error!.message).toMatch(/^Only admins can start a contest here/);

    const elsewhere = await command('cy', '/sora contest start tiny robots channel:#random');
    expect(elsewhere.body.error!.message).toBe(
      'I could not post in that channel, so the contest was not started. Check the channel and that I may post there. The studio has no #random; its channels: #general.',
    );

    const started = await command('cy', '/sora contest start tiny robots submit:5s vote:3s entries:1');
    expect(started.body).toMatchObject({ kind: 'text', private: true });
    await waitForText('Contest started by Cy: “tiny robots”');

    const enter = async (member: string, prompt: string) => {
      const reply = await command(member, `/sora generate prompt:${prompt} duration:4 contest:yes`);
      expect(reply.status).toBe(200);
      return reply.body.message!.card!.clipId;
    };
    const ids = await Promise.all([
      enter('ada', 'a tiny robot waving'),
      enter('bob', 'a tiny robot dancing'),
    ]);
    // Still inside the submission window: a second entry is over Ada's limit of 1.
    const second = await command('ada', '/sora generate prompt:another robot duration:4 contest:yes');
    expect(second.body.error!.message).toContain('You already have 1 entry in contest “tiny robots”');
    const [adas, bobs] = await Promise.all([waitForEnd(run.app, ids[0]), waitForEnd(run.app, ids[1])]);
    expect(adas).toMatchObject({ state: 'posted', contestId: expect.any(String) });
    expect(bobs.state).toBe('posted');

    // Votes once voting opens: two for Ada's entry, one for Bob's, and Ada's own (not counted).
    await waitForText('Voting is open');
    const clipMessage = async (clipId: string) =>
      (await messages()).find((m) => m.kind === 'clip' && m.card?.clipId === clipId)!.id;
    const adaMessage = await clipMessage(adas.id);
    const bobMessage = await clipMessage(bobs.id);
    for (const [member, message] of [
      ['bob', adaMessage],
      ['cy', adaMessage],
      ['ada', bobMessage],
      ['ada', adaMessage],
    ] as const) {
      expect((await react(member, message)).status).toBe(200);
    }

    const results = await waitForText('is over');
    expect(results.text).toBe(
      [
        // The studio names the members it notifies up front (its mention syntax).
        '@Ada @Bob Contest “tiny robots” is over. 2 entries; the top:',
        `1st: clip ${adas.id} by Ada, 2 votes /#clip-${adas.id}`,
        `2nd: clip ${bobs.id} by Bob, 1 vote /#clip-${bobs.id}`,
        'How votes were counted: 3 votes counted; 1 self-vote not counted. Ties go to the earlier entry.',
      ].join('\n'),
    );

    const status = await command('bob', '/sora contest status');
    expect(status.body).toMatchObject({ kind: 'text' });
    expect((status.body as { text: string }).text).toContain(`Winner: clip ${adas.id} by Ada with 2 votes.`);
    const hall = await command('bob', '/sora top period:hall');
    expect((hall.body as { text: string }).text).toContain('won “tiny robots”');
    expect((hall.body as { message: MessageView }).message.board?.entries).toEqual([
      expect.objectContaining({
        rank: 1,
        clipId: adas.id,
        authorName: 'Ada',
        votes: 2,
        contestTheme: 'tiny robots',
      }),
    ]);
  });
});
