import { expect } from 'vitest';
import { createAdapters } from '../../../adapters/index.ts';
import { PROMPT_ACTION, PROMPT_BLOCK } from '../../../adapters/slack/modal.ts';
import type { SurfaceAdapter } from '../../../adapters/types.ts';
import { createSimulator } from '../../../simulator/index.ts';
import type { Simulator } from '../../../simulator/types.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { type App, createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Clip } from '../../../src/core/clip/clip.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import {
  type FakeMessage,
  type FakeSlack,
  httpTransport,
  SlackDriver,
  socketTransport,
  startFakeSlack,
} from '../../fakes/slack/index.ts';
import { pipelineEnv, tempDir } from '../../helpers/pipeline.ts';
import { dropPrefix, uniquePrefix } from '../../helpers/redis.ts';

export const SIGNING_SECRET = 'fake-signing-secret-for-tests';
export const CHANNEL = 'C_GENERAL';
/** Members of the fake workspace. */
export const ADA = 'U_ADA';
export const BOB = 'U_BOB';
export const ADMIN = 'U_ADMIN';
export const OTHER_BOT = 'U_OTHERBOT';

export interface SlackBot {
  fake: FakeSlack;
  sim: Simulator;
  app: App;
  adapter: SurfaceAdapter;
  driver: SlackDriver;
  /** The bot's HTTP base URL (the shared router). */
  url: string;
  close(): Promise<void>;
}

/**
 * The whole bot as main.ts builds it, against the fake Slack: the real app on Redis with the
 * simulator as provider, the Slack adapter with the real Bolt, its HTTP route on the shared
 * router (or Socket Mode), and a worker. Renders are short (renderMs) and clips 4 s.
 */
export async function startSlackBot(
  name: string,
  options: {
    socketMode?: boolean;
    renderMs?: number;
    /** Extra settings; a function when they name the simulator (its fal or Runway URL). */
    env?: Record<string, string> | ((sim: Simulator) => Record<string, string>);
  } = {},
): Promise<SlackBot> {
  const fake = await startFakeSlack();
  fake.addUser({ id: ADA, name: 'ada' });
  fake.addUser({ id: BOB, name: 'bob' });
  fake.addUser({ id: ADMIN, name: 'grace', is_admin: true });
  fake.addUser({ id: OTHER_BOT, name: 'otherbot', is_bot: true });
  const sim = await createSimulator({
    port: 0,
    renderMs: options.renderMs ?? 1000,
    mediaDir: tempDir('sim'),
  });
  const prefix = uniquePrefix(name);
  const config = loadConfig(
    pipelineEnv(sim, prefix, {
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      CARD_EDIT_INTERVAL_MS: '250',
      STUDIO: 'off',
      ...(options.socketMode ? { SLACK_APP_TOKEN: fake.appToken } : {}),
      ...(typeof options.env === 'function' ? options.env(sim) : options.env),
    }),
  );
  const app = await createApp(config, silentLogger);
  const http = new HttpRouter(silentLogger);
  // As main.ts does: the adapters this config switches on (here only Slack), messengers
  // registered with the worker, inbound started, then the shared server listens.
  const adapters = await createAdapters(adapterContext(app, http), config);
  const adapter = adapters.find((a) => a.surface === 'slack');
  if (!adapter || adapters.length !== 1) throw new Error('expected the Slack adapter alone');
  app.messengers.register(adapter.messenger);
  await adapter.start();
  const url = await http.listen(0, '127.0.0.1');
  await app.startWorker();
  const transport = options.socketMode
    ? socketTransport(fake)
    : httpTransport(fake, `${url}/slack/events`, SIGNING_SECRET);
  return {
    fake,
    sim,
    app,
    adapter,
    driver: new SlackDriver(fake, transport),
    url,
    async close() {
      await adapter.stop();
      await http.close();
      await app.close();
      await sim.close();
      await fake.close();
      await dropPrefix(prefix);
    },
  };
}

/** Poll until `check` returns a value (not undefined/false), or fail after `timeoutMs`. */
export async function until<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Run `/sora <text>` as `user`; the body of the bot's answer (its response_url post). */
export async function slashAnswer(
  bot: SlackBot,
  user: string,
  text: string,
): Promise<Record<string, unknown>> {
  const res = await bot.driver.slashCommand({ text, user, channel: CHANNEL });
  expect(res.status).toBe(200);
  const answer = await until('the answer', () =>
    bot.fake.state.responses.find((r) => r.id === res.responseId),
  );
  return answer.body;
}

/** The modal a button or shortcut opened with this trigger. */
export function openedModal(bot: SlackBot, opened: { triggerId: string }) {
  return until('the modal', () => bot.fake.state.views.find((v) => v.triggerId === opened.triggerId));
}

/** Submit an opened prompt modal (Remix, Edit) as `user` with `prompt` typed in its box. */
export function submitPrompt(
  bot: SlackBot,
  user: string,
  modal: Awaited<ReturnType<typeof openedModal>>,
  prompt: string,
) {
  return bot.driver.submitView({
    user,
    view: {
      id: modal.id,
      callback_id: String(modal.view.callback_id),
      private_metadata: String(modal.view.private_metadata),
    },
    values: { [PROMPT_BLOCK]: { [PROMPT_ACTION]: prompt } },
  });
}

/** The clip whose card is the given message. */
export async function clipOfMessage(bot: SlackBot, message: FakeMessage): Promise<Clip> {
  return until('the clip of a message', () =>
    bot.app.services.clips.clipForMessage(`slack:${message.channel}:${message.ts}`),
  );
}

/** Wait for a clip to end; returns it. */
export async function finished(bot: SlackBot, clipId: string, timeoutMs = 40_000): Promise<Clip> {
  return until(
    `clip ${clipId} to finish`,
    async () => {
      const clip = await bot.app.store.clips.get(clipId);
      return clip && ['posted', 'failed', 'cancelled'].includes(clip.state) ? clip : undefined;
    },
    timeoutMs,
  );
}

/** The bot's messages in a thread, in order: [status card, …, file share]. */
export function threadMessages(bot: SlackBot, rootTs: string, channel = CHANNEL): FakeMessage[] {
  return bot.fake.state.thread(channel, rootTs);
}

/** The text of the last version of a message's blocks, for assertions. */
export function shown(message: FakeMessage): string {
  return JSON.stringify(message.versions.at(-1)?.blocks ?? []) + (message.versions.at(-1)?.text ?? '');
}

/** True when the bytes are an MP4 (an `ftyp` box at offset 4). */
export function isMp4(bytes: Buffer | undefined): boolean {
  return Boolean(bytes && bytes.length > 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp');
}

/** A fal key of the shape fal's client expects (`id:secret`); the simulator takes any such key. */
export const FAL_TEST_KEY = '0f8a7c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b:8f14e45fceea167a5a36dedd4bea2543';

/** Settings for a bot with the simulator's OpenAI API first and its fal queue second. */
export const withFal = (sim: Simulator): Record<string, string> => ({
  VIDEO_PROVIDER: 'openai,fal',
  FAL_KEY: FAL_TEST_KEY,
  FAL_BASE_URL: sim.falUrl,
});
