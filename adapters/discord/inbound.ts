import { once } from 'node:events';
import {
  type BaseInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  Partials,
  type RESTOptions,
  Status,
} from 'discord.js';
import type { CommandDefinition } from '../../commands/types.ts';
import type { Config } from '../../src/config.ts';
import type { OpsMetrics } from '../../src/ops/metrics.ts';
import { type ActionDeps, clickButton, submitModal } from './actions.ts';
import type { AttachmentFetch } from './attachments.ts';
import { NO_MENTIONS } from './escape.ts';
import { answerPrivately } from './interactions.ts';
import { isFormId } from './key-form.ts';
import { submitForm } from './key-form-submit.ts';
import { lazyTranslators } from './languages.ts';
import { watchRateLimits } from './rate-limits.ts';
import { runCommand } from './run-command.ts';
import type { VoteEmojis } from './vote-emoji.ts';
import { VoteCounter } from './votes.ts';

export interface InboundDeps extends ActionDeps {
  config: Config;
  /** Platform 429s are reported here. */
  metrics: OpsMetrics;
  /** REST settings shared with the messenger (API base, timeout). */
  rest: Partial<RESTOptions>;
  /** Each server's vote emoji. */
  voteEmojis: VoteEmojis;
  /** The commands to serve instead of commands/ (tests add their own). */
  commands?: readonly CommandDefinition[];
  /** Downloads a command's attachment (cast pictures) through the guard. */
  fetchAttachment: AttachmentFetch;
}

/**
 * The gateway side: slash commands, buttons, the Remix modal and vote reactions, on discord.js.
 * Only the bot role starts it; workers use the messenger alone. A handler that throws is logged
 * and, where the member is waiting, answered; it never takes the bot down.
 */
export class DiscordInbound {
  readonly #deps: InboundDeps;
  #client: Client | undefined;

  constructor(deps: InboundDeps) {
    this.#deps = deps;
  }

  async start(): Promise<void> {
    const { config, logger } = this.#deps;
    const discord = config.discord!;
    const client = new Client({
      // Guilds for the channel cache; reactions for votes. No message content is read
      // (only MESSAGE_CONTENT is privileged, gateway.mdx "Gateway Intents"), so none is needed.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessageReactions],
      // Votes on messages from before a restart arrive only with these (discord.js guide, reactions.mdx).
      partials: [Partials.Message, Partials.Channel, Partials.Reaction, Partials.User],
      allowedMentions: NO_MENTIONS,
      rest: this.#deps.rest,
      ...shardOptions(discord.shards),
    });
    const votes = new VoteCounter({
      services: this.#deps.services,
      emojis: this.#deps.voteEmojis,
      rest: client.rest,
      logger,
    });
    client.on(Events.InteractionCreate, (interaction) => void this.#interaction(interaction));
    client.on(Events.MessageReactionAdd, (reaction, user) => {
      votes.added(reaction, user).catch((error) => this.#failed('vote', error));
    });
    client.on(Events.MessageReactionRemove, (reaction, user) => {
      votes.removed(reaction, user).catch((error) => this.#failed('unvote', error));
    });
    client.on(Events.Error, (error) => this.#failed('client', error));
    client.on(Events.ShardError, (error) => this.#failed('gateway', error));
    watchRateLimits(client.rest, this.#deps.metrics, logger);
    this.#client = client;
    try {
      await Promise.all([once(client, Events.ClientReady), client.login(discord.token)]);
    } catch (error) {
      await this.stop();
      throw error;
    }
    logger.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'discord gateway ready');
  }

  /** Logged in, and every shard's gateway connection is up (a resuming shard counts as down). */
  ready(): boolean {
    const client = this.#client;
    return client?.isReady() === true && client.ws.status === Status.Ready;
  }

  async stop(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    if (client) await client.destroy();
  }

  async #interaction(interaction: BaseInteraction): Promise<void> {
    const deps = this.#deps;
    try {
      if (interaction.isChatInputCommand()) {
        if (interaction.commandName === deps.commandName) await runCommand(deps, interaction);
      } else if (interaction.isButton()) {
        await clickButton(deps, interaction);
      } else if (interaction.isModalSubmit()) {
        if (isFormId(interaction.customId)) await submitForm(deps, interaction);
        else await submitModal(deps, interaction);
      }
    } catch (error) {
      this.#failed('interaction', error, interaction.id);
      if (interaction.isRepliable()) {
        const speak = lazyTranslators(deps.services, interaction);
        await speak
          .member()
          .then((t) => answerPrivately(interaction, t('surface.discord.failed'), speak.channel))
          .catch(() => {});
      }
    }
  }

  #failed(what: string, error: unknown, interactionId?: string) {
    this.#deps.logger.warn(
      { what, err: (error as Error)?.message ?? String(error), ...(interactionId ? { interactionId } : {}) },
      'discord handler failed',
    );
  }
}

/**
 * Internal sharding: this process runs every shard, each a gateway connection for the servers
 * with `(guild_id >> 22) % shards` equal to its id (API docs, gateway.mdx "Sharding"). `auto`
 * takes Discord's recommendation from GET /gateway/bot, through the REST base (so it works
 * against a fake too, unlike ShardingManager's hard-coded fetch in discord.js src/util/Util.js).
 */
function shardOptions(shards: number | 'auto' | undefined): Partial<ClientOptions> {
  if (shards === 'auto') return { shards: 'auto' };
  if (shards !== undefined && shards > 1) return { shardCount: shards };
  return {};
}
