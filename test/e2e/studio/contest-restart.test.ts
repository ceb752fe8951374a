import { afterAll, describe, expect, it } from 'vitest';
import type { CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/**
 * A contest survives a restart: its phase jobs are BullMQ delayed jobs and its state lives in
 * Redis. The bot stops during submissions and is away when voting should open; the new process
 * runs the late phase job, then closes the contest on time, announcing each phase once.
 */
const prefix = uniquePrefix('contest-restart');
const env = studioEnv({
  REDIS_URL,
  REDIS_PREFIX: prefix,
  CONTEST_MIN_WINDOW_S: '1',
  SIMULATOR_RENDER_MS: '300',
  JOB_LOCK_MS: '5000',
});
let run: StudioRun | undefined;

afterAll(async () => {
  await run?.close();
  await dropPrefix(prefix);
});

const api = (path: string, body: unknown) =>
  fetch(`${run!.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const command = async (member: string, text: string) =>
  (await (await api('/studio/api/commands', { channel: 'general', member, text })).json()) as CommandResult;
const texts = async () =>
  (
    (await (await fetch(`${run!.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    }
  ).messages.filter((m) => m.kind === 'text');
async function waitForText(part: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await texts()).some((m) => m.text?.includes(part))) {
    if (Date.now() > deadline) throw new Error(`no message with “${part}” after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a contest across a restart, on Redis and BullMQ', () => {
  it('opens voting late after the restart and closes on time, each announcement once', async () => {
    run = await startStudio(env);
    await command('cy', '/sora contest start robots at sea submit:6s vote:4s');
    const started = Date.now();
    const entry = async (member: string, prompt: string) => {
      const reply = await command(member, `/sora generate prompt:${prompt} duration:4 contest:yes`);
      return waitForEnd(run!.app, (reply as { message: MessageView }).message.card!.clipId);
    };
    const [adas, bobs] = await Promise.all([entry('ada', 'a robot sailing'), entry('bob', 'a robot diving')]);
    expect([adas.state, bobs.state]).toEqual(['posted', 'posted']);

    // The bot stops before voting opens, and stays away past that moment.
    expect((await texts()).some((m) => m.text?.includes('Voting is open'))).toBe(false);
    await run.close();
    run = undefined;
    await new Promise((r) => setTimeout(r, Math.max(0, started + 6500 - Date.now())));
    run = await startStudio(env);
    await waitForText('Voting is open');

    const clipMessage = async (clipId: string) =>
      (
        (await (await fetch(`${run!.url}/studio/api/messages?channel=general`)).json()) as {
          messages: MessageView[];
        }
      ).messages.find((m) => m.kind === 'clip' && m.card?.clipId === clipId)!.id;
    for (const [member, clipId] of [
      ['bob', adas.id],
      ['cy', bobs.id],
      ['ada', bobs.id],
    ] as const) {
      await api('/studio/api/actions', {
        action: 'react',
        member,
        message: await clipMessage(clipId),
        on: true,
      });
    }

    await waitForText('is over');
    const all = (await texts()).map((m) => m.text!);
    expect(all.filter((t) => t.includes('Voting is open'))).toHaveLength(1);
    const results = all.filter((t) => t.includes('is over'));
    expect(results).toHaveLength(1);
    expect(results[0]).toContain(`1st: clip ${bobs.id} by Bob, 2 votes`);
    expect(results[0]).toContain(`2nd: clip ${adas.id} by Ada, 1 vote`);
    expect(results[0]).toContain('How votes were counted: 3 votes counted.');
  });
});
