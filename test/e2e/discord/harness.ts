import { Queue } from 'bullmq';
import { createDiscordAdapter } from '../../../adapters/discord/index.ts';
import type { SurfaceAdapter } from '../../../adapters/types.ts';
import type { CommandDefinition } from '../../../commands/types.ts';
import { createSimulator } from '../../../simulator/index.ts';
import type { Simulator } from '../../../simulator/types.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { type App, createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { type Clip, isTerminal } from '../../../src/core/clip/clip.ts';
import type { Place } from '../../../src/core/place.ts';
import type { Logger } from '../../../src/core/ports/logger.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { FakeDiscord, type FakeDiscordOptions, until } from '../../fakes/discord/index.ts';
import type { FakeInteraction, FakeMessage } from '../../fakes/discord/records.ts';
import { pipelineEnv, tempDir } from '../../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';

/** Discord's EPHEMERAL message flag (1 << 6). */
export const EPHEMERAL = 64;

export interface DiscordE2EOptions {
  renderMs?: number;
  /** Commands to serve instead of commands/ (a test's own, e.g. a grouped one). */
  commands?: readonly CommandDefinition[];
  /** Extra environment; a function gets the simulator (for its fal or Runway URL). */
  env?: Record<string, string> | ((sim: Simulator) => Record<string, string>);
  fake?: FakeDiscordOptions;
  /** OpenAI webhooks the simulator sends for finished renders (the delivery bench's). */
  simulatorWebhook?: { url: string; secret: string };
}

/**
 * The whole bot as it runs in production, offline: the real discord.js client against the fake
 * Discord, the real app on Redis with BullMQ, and the simulator behind the openai SDK.
 */
export class DiscordE2E {
  readonly fake: FakeDiscord;
  readonly sim: Simulator;
  readonly app: App;
  readonly prefix: string;
  /** Every log line the app and adapter wrote (message and fields), to check for secrets. */
  readonly logs: string[];
  adapter: SurfaceAdapter;
  readonly #queue: Queue;
  readonly #commands: readonly CommandDefinition[] | undefined;

  private constructor(parts: {
    fake: FakeDiscord;
    sim: Simulator;
    app: App;
    prefix: string;
    logs: string[];
    adapter: SurfaceAdapter;
    commands?: readonly CommandDefinition[];
  }) {
    this.#commands = parts.commands;
    this.fake = parts.fake;
    this.sim = parts.sim;
    this.app = parts.app;
    this.prefix = parts.prefix;
    this.logs = parts.logs;
    this.adapter = parts.adapter;
    this.#queue = new Queue('clips', { connection: { url: REDIS_URL }, prefix: parts.prefix });
  }

  static async start(name: string, options: DiscordE2EOptions = {}): Promise<DiscordE2E> {
    const fake = await FakeDiscord.start(options.fake);
    const sim = await createSimulator({
      port: 0,
      renderMs: options.renderMs ?? 1000,
      mediaDir: tempDir('sim'),
      ...(options.simulatorWebhook ? { webhook: options.simulatorWebhook } : {}),
    });
    const prefix = uniquePrefix(`discord-${name}`);
    const config = loadConfig(
      pipelineEnv(sim, prefix, {
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_API_URL: fake.url,
        STUDIO: 'off',
        ...(typeof options.env === 'function' ? options.env(sim) : options.env),
      }),
    );
    const logs: string[] = [];
    const app = await createApp(config, recordingLogger(logs));
    const adapter = await createDiscordAdapter(
      adapterContext(app, new HttpRouter(app.logger)),
      config,
      options.commands ? { commands: options.commands } : {},
    );
    app.messengers.register(adapter.messenger);
    await adapter.start();
    await app.startWorker();
    return new DiscordE2E({
      fake,
      sim,
      app,
      prefix,
      logs,
      adapter,
      ...(options.commands ? { commands: options.commands } : {}),
    });
  }

  /** Stop the bot's Discord side and start a new one, as a restarted process would. */
  async restart(): Promise<void> {
    await this.adapter.stop();
    this.adapter = await createDiscordAdapter(
      adapterContext(this.app, new HttpRouter(this.app.logger)),
      this.app.config,
      this.#commands ? { commands: this.#commands } : {},
    );
    this.app.messengers.register(this.adapter.messenger);
    await this.adapter.start();
  }

  /** The fake server's #clips channel as the core names it. */
  clipsPlace(): Place {
    return {
      surface: 'discord',
      workspaceId: this.fake.world.guildId,
      channelId: this.fake.world.channels.clips.id,
    };
  }

  /** The private answer an interaction got (its ephemeral reply, edit or follow-up). */
  privateAnswer(interaction: FakeInteraction): Promise<FakeMessage> {
    return this.#answer(interaction, (m) => (m.flags & EPHEMERAL) !== 0 && m.content !== '');
  }

  /**
   * A public answer: the direct reply, or (when the bot was slower than its one-second budget, as
   * on a busy machine) the public follow-up to its private deferral.
   */
  publicAnswer(interaction: FakeInteraction): Promise<FakeMessage> {
    return this.#answer(
      interaction,
      (m) => (m.flags & EPHEMERAL) === 0 && (m.content !== '' || m.embeds.length > 0),
    );
  }

  #answer(interaction: FakeInteraction, matches: (m: FakeMessage) => boolean): Promise<FakeMessage> {
    return this.fake.waitForMessage(
      (m) =>
        (m.id === interaction.originalId || interaction.followupIds.includes(m.id)) &&
        !m.loading &&
        matches(m),
    );
  }

  /** The clip a message shows (card or video), once the store knows it. */
  async clipOfMessage(channelId: string, messageId: string, timeoutMs = 10_000): Promise<Clip> {
    const key = `discord:${channelId}:${messageId}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const clip = await this.app.services.clips.clipForMessage(key);
      if (clip) return clip;
      if (Date.now() > deadline) throw new Error(`no clip for ${key}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Poll the store until the clip is posted, failed or cancelled. */
  async waitForEnd(clipId: string, timeoutMs = 40_000): Promise<Clip> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const clip = await this.app.store.clips.get(clipId);
      if (clip && isTerminal(clip.state)) return clip;
      if (Date.now() > deadline) throw new Error(`clip ${clipId} still ${clip?.state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The files uploaded in replies to a card, once there is at least one (a clip's MP4 replies to its card). */
  async uploadsReplyingTo(card: FakeMessage, what: string) {
    return until(
      () => {
        const found = this.fake
          .uploadedFiles()
          .filter((f) => this.fake.message(f.messageId)?.referenceId === card.id);
        return found.length > 0 && found;
      },
      20_000,
      what,
    );
  }

  /** Until BullMQ holds no unfinished job (so a test ends with nothing running). */
  async settled(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await this.#queue.getJobCounts('wait', 'delayed', 'active', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      if (Date.now() > deadline) throw new Error(`jobs still pending: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    await this.adapter.stop();
    await this.app.close();
    await this.#queue.close();
    await this.sim.close();
    await this.fake.close();
    await dropPrefix(this.prefix);
  }
}

/** A Logger that keeps each line as text. */
function recordingLogger(lines: string[], bindings: Record<string, unknown> = {}): Logger {
  const write = (level: string) => (fields: Record<string, unknown>, message: string) => {
    lines.push(`${level} ${message} ${JSON.stringify({ ...bindings, ...fields })}`);
  };
  return {
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
}

export { until };
