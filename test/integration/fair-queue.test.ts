import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const place = { surface: 'test', workspaceId: 'w1', channelId: 'c1' };
const ada = { id: 'ada', name: 'Ada' };
const bob = { id: 'bob', name: 'Bob' };

let app: App | undefined;
let prefix: string | undefined;
afterEach(async () => {
  await app?.close();
  if (prefix) await dropPrefix(prefix);
  app = undefined;
  prefix = undefined;
});

async function build(env: Record<string, string>) {
  const provider = new FakeProvider();
  app = await createApp(
    loadConfig({
      WORKER_CONCURRENCY: '1',
      POLL_MIN_MS: '100',
      POLL_MAX_MS: '200',
      CARD_EDIT_INTERVAL_MS: '0',
      RATE_LIMIT_PER_MINUTE: '1000',
      MEDIA_DIR: tempDir('fair'),
      LOG_LEVEL: 'silent',
      ...env,
    }),
    silentLogger,
    { providers: [provider], media: createFakeMedia(), messengers: [new RecordingMessenger('test')] },
  );
  return { app, provider };
}

const ask = (a: App, author: typeof ada, prompt: string) =>
  a.services.clips.request({ prompt, options: { durationS: 4 }, author, place });

/** Wait until the provider has been asked for a prompt (the moment its job started). */
async function startedIndex(provider: FakeProvider, prompt: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const index = provider.submits.findIndex((s) => s.prompt === prompt);
    if (index >= 0) return index;
    if (Date.now() > deadline) throw new Error(`${prompt} never started`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const queues: [string, () => Record<string, string>][] = [
  ['the in-memory queue', () => ({})],
  [
    'BullMQ',
    () => {
      prefix = uniquePrefix('fair');
      return { REDIS_URL, REDIS_PREFIX: prefix };
    },
  ],
];

describe.each(queues)('a fair queue on %s, one render slot', (_name, envOf) => {
  it('starts a second member’s job after at most one of a 50-job burst', { timeout: 40_000 }, async () => {
    const { app, provider } = await build({ ...envOf(), MEMBER_MAX_ACTIVE: '100' });
    const burst: Clip[] = [];
    for (let i = 1; i <= 50; i++) burst.push(await ask(app, ada, `burst ${i}`));
    const single = await ask(app, bob, 'just one');

    // The line members see matches the order the queue will run: Bob is second, not 51st.
    expect(await app.store.clips.waitingPosition(single.id)).toBe(2);
    expect(await app.store.clips.waitingPosition(burst[0]!.id)).toBe(1);
    expect(await app.store.clips.waitingPosition(burst[49]!.id)).toBe(51);
    expect([burst[0]!.priority, burst[1]!.priority, burst[49]!.priority, single.priority]).toEqual([
      1, 2, 50, 1,
    ]);

    await app.startWorker();
    expect(await startedIndex(provider, 'just one')).toBeLessThanOrEqual(1);
    expect(provider.submits[0]?.prompt).toBe('burst 1');
  });

  it('refuses a member’s fourth clip in flight by default, with a sentence, and queues nothing', async () => {
    const { app } = await build(envOf());
    for (let i = 0; i < 3; i++) await ask(app, ada, `clip ${i}`);
    const refused = ask(app, ada, 'one too many');
    await expect(refused).rejects.toMatchObject({
      code: ErrorCode.BudgetExceeded,
      userMessage:
        'You already have 3 clips waiting or rendering, the most one member can have at once here. Try again when one of them is done.',
    });
    expect(await ask(app, bob, 'someone else')).toMatchObject({ state: 'queued', priority: 1 });
  });
});
