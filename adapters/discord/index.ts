import { REST, type RESTOptions } from 'discord.js';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Config } from '../../src/config.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { AdapterContext, SurfaceAdapter } from '../types.ts';
import { attachmentFetch } from './attachments.ts';
import { EditPacer } from './edit-pacer.ts';
import { DiscordInbound } from './inbound.ts';
import { DiscordMessenger } from './messenger.ts';
import { watchRateLimits } from './rate-limits.ts';
import { SURFACE } from './refs.ts';
import { discordRestAgent } from './rest-agent.ts';
import { createDiscordState } from './state.ts';
import { VoteEmojis } from './vote-emoji.ts';

export interface DiscordAdapterOptions {
  /** The commands to serve instead of commands/ (tests add their own). */
  commands?: readonly CommandDefinition[];
}

/**
 * Discord on discord.js v14. The messenger speaks REST only (any worker can post, edit and
 * upload); `start()` connects the gateway for commands, buttons and votes (bot role only).
 */
export async function createDiscordAdapter(
  context: AdapterContext,
  config: Config,
  options: DiscordAdapterOptions = {},
): Promise<SurfaceAdapter> {
  const discord = config.discord;
  if (!discord) throw new ConfigError('DISCORD_TOKEN: required for the Discord adapter');
  const { services } = context;
  const logger = context.logger.child({ surface: SURFACE });
  const state = createDiscordState(context.keyValue, logger);
  const agent = discordRestAgent();
  const restOptions: Partial<RESTOptions> = {
    ...(discord.apiUrl ? { api: discord.apiUrl } : {}),
    agent,
    // Uploads can reach the 25 MiB request cap (API docs, Create Message limitations); the
    // default 15 s timeout (@discordjs/rest utils/constants.ts) is too short for that on a slow link.
    timeout: 60_000,
  };
  const rest = new REST(restOptions).setToken(discord.token);
  watchRateLimits(rest, context.metrics, logger);
  const pacer = new EditPacer({
    intervalMs: config.worker.cardEditIntervalMs,
    marks: state,
    clock: context.clock,
  });
  const voteEmojis = new VoteEmojis({ services, fallback: config.votes.discordEmoji, logger });
  const messenger = new DiscordMessenger({
    rest,
    applicationId: discord.applicationId,
    state,
    pacer,
    clock: context.clock,
    logger,
    voteEmoji: async (place, clipId) =>
      voteEmojis.forClip(await services.clips.find(clipId), place.workspaceId),
    cardOf: async (clipId) => (await services.clips.find(clipId))?.card,
    clipOfMessage: (key) => services.clips.clipForMessage(key),
    thumbnailOf: (clipId) => services.clips.thumbnail(clipId),
  });

  let inbound: DiscordInbound | undefined;
  let stopped = false;
  return {
    surface: SURFACE,
    messenger,
    async start() {
      if (inbound) return;
      const next = new DiscordInbound({
        services,
        commandName: config.commandName,
        metrics: context.metrics,
        config,
        messenger,
        state,
        logger,
        rest: restOptions,
        voteEmojis,
        fetchAttachment: attachmentFetch(discord.apiUrl),
        ...(options.commands ? { commands: options.commands } : {}),
      });
      await next.start();
      inbound = next;
    },
    async ready() {
      return inbound?.ready() ?? false;
    },
    async stop() {
      await inbound?.stop();
      inbound = undefined;
      // Stopping twice (a signal during shutdown, a test's restart) closes the agent once.
      if (stopped) return;
      stopped = true;
      await agent.close();
    },
  };
}
