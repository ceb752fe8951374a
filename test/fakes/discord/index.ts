import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIUser } from 'discord.js';
import { FakeGateway } from './gateway.ts';
import { MemberFiles } from './member-files.ts';
import type { FakeInteraction, FakeMessage } from './records.ts';
import { createRestHandler } from './router.ts';
import { channelRoutes } from './routes-channels.ts';
import { interactionRoutes } from './routes-interactions.ts';
import { FakeState } from './state.ts';
import { textInputsOf } from './validate-modal.ts';
import { BOT_PERMISSIONS } from './world.ts';

export interface FakeDiscordOptions {
  token?: string;
  uploadLimit?: number;
  /** How long an interaction token works ("15 minutes"; shorten it to test expiry). */
  tokenLifetimeMs?: number;
  /** GET /gateway/bot: the recommended shard count, and identifies allowed at once. */
  recommendedShards?: number;
  maxConcurrency?: number;
}

export interface SlashCommandRun {
  user: APIUser;
  /** A subcommand group (`contest` in `/sora contest start`). */
  group?: string;
  subcommand: string;
  options?: Record<string, string | number>;
  /**
   * Attachment options: name -> the file the member picked. With `data` the fake CDN serves it at
   * the attachment's signed `url`; `size` defaults to its length (a client could claim less).
   */
  attachments?: Record<string, { filename: string; contentType: string; size?: number; data?: Uint8Array }>;
  channelId?: string;
  /** The command's name (default `sora`). */
  name?: string;
  /** What the bot may do in the channel (default: everything it needs). */
  appPermissions?: bigint;
}

/**
 * A local Discord for the real discord.js client: REST under /api/v10 and the gateway on one
 * node:http server (reference "A. Fake Discord"), plus the driver tests use to act as members.
 * It refuses what Discord refuses: late or repeated acks, expired tokens, oversize uploads,
 * bodies over Discord's limits; and it can answer 429 on demand.
 */
export class FakeDiscord {
  readonly state: FakeState;
  readonly #server: Server;
  readonly #payloads = new Map<string, Record<string, unknown>>();
  /** Files members attached to commands, on the fake CDN. */
  readonly memberFiles: MemberFiles;
  /**
   * The server's community language, sent as every interaction's `guild_locale`, and each
   * member's client language, sent as `locale` (en-US unless a test picks another): Discord
   * sends both with every interaction in a server
   * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
   */
  guildLocale = 'en-US';
  readonly memberLocales = new Map<string, string>();
  /** REST base for discord.js (`rest.api`; `/v10` is added by the client). */
  readonly url: string;

  private constructor(state: FakeState, server: Server, memberFiles: MemberFiles) {
    this.memberFiles = memberFiles;
    this.state = state;
    this.#server = server;
    this.url = `${state.baseUrl}/api`;
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const state = new FakeState(options.token ?? `fake-bot-token-${randomBytes(12).toString('hex')}`);
    if (options.uploadLimit !== undefined) state.uploadLimit = options.uploadLimit;
    if (options.tokenLifetimeMs !== undefined) state.tokenLifetimeMs = options.tokenLifetimeMs;
    if (options.recommendedShards !== undefined) state.recommendedShards = options.recommendedShards;
    if (options.maxConcurrency !== undefined) state.maxConcurrency = options.maxConcurrency;
    const rest = createRestHandler(state, [...interactionRoutes(state), ...channelRoutes(state)]);
    const memberFiles = new MemberFiles();
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname.startsWith('/api/v10/')) {
        void rest(req, res, url);
        return;
      }
      if (memberFiles.serve(req, res, url)) return;
      const file = /^\/attachments\/\d+\/(\d+)\//.exec(url.pathname);
      const attachment = file
        ? [...state.messages.values()].flatMap((m) => m.attachments).find((a) => a.id === file[1])
        : undefined;
      if (attachment) res.writeHead(200, { 'content-type': attachment.content_type }).end(attachment.data);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    state.gateway = new FakeGateway(
      server,
      state.world,
      state.token,
      () => `${state.baseUrl.replace(/^http/, 'ws')}/gateway`,
    );
    return new FakeDiscord(state, server, memberFiles);
  }

  get world() {
    return this.state.world;
  }

  get token(): string {
    return this.state.token;
  }

  async close(): Promise<void> {
    this.state.gateway?.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // --- Acting as members ---------------------------------------------------------------------

  /** A member runs `/sora <subcommand>`; resolves once the gateway delivered it. */
  runSlashCommand(run: SlashCommandRun): FakeInteraction {
    const options = Object.entries(run.options ?? {}).map(([name, value]) => ({
      name,
      type: typeof value === 'number' ? 4 : 3,
      value,
    }));
    const attachments: Record<string, Record<string, unknown>> = {};
    for (const [name, file] of Object.entries(run.attachments ?? {})) {
      const id = this.state.ids.next();
      const channelId = run.channelId ?? this.world.channels.general.id;
      const path = file.data
        ? this.memberFiles.add(channelId, id, {
            filename: file.filename,
            contentType: file.contentType,
            data: file.data,
          })
        : `/attachments/${channelId}/${id}/${file.filename}`;
      attachments[id] = {
        id,
        filename: file.filename,
        content_type: file.contentType,
        size: file.size ?? file.data?.byteLength ?? 0,
        url: `${this.state.baseUrl}${path}`,
        proxy_url: `${this.state.baseUrl}${path}`,
      };
      options.push({ name, type: 11, value: id });
    }
    const subcommand = { type: 1, name: run.subcommand, options };
    const resolved = {
      ...this.#resolvedMentions(options.flatMap((o) => (typeof o.value === 'string' ? [o.value] : []))),
      ...(Object.keys(attachments).length ? { attachments } : {}),
    };
    return this.#dispatch(2, run.user, run.channelId, run.appPermissions, {
      data: {
        id: this.state.ids.next(),
        name: run.name ?? 'sora',
        type: 1,
        guild_id: this.world.guildOf(run.channelId ?? this.world.channels.general.id),
        options: run.group ? [{ type: 2, name: run.group, options: [subcommand] }] : [subcommand],
        ...(Object.keys(resolved).length ? { resolved } : {}),
      },
    });
  }

  /**
   * Users mentioned in string options, as Discord resolves them into `resolved.users` and
   * `resolved.members` (members without their user; API docs, Resolved Data Structure).
   */
  #resolvedMentions(texts: string[]): Record<string, Record<string, unknown>> {
    const users: Record<string, unknown> = {};
    const members: Record<string, unknown> = {};
    for (const text of texts) {
      for (const [, id] of text.matchAll(/<@!?(\d+)>/g)) {
        const member = this.world.members[id!];
        if (!member?.user) continue;
        users[id!] = member.user;
        const { user: _user, deaf: _deaf, mute: _mute, ...rest } = member;
        members[id!] = { ...rest, permissions: this.world.permissionsOf(id!).toString() };
      }
    }
    return Object.keys(users).length ? { users, members } : {};
  }

  /** A member presses a button that is on the message (it must be there, as in a real client). */
  clickButton(user: APIUser, messageId: string, customId: string): FakeInteraction {
    const message = this.state.liveMessage(messageId);
    const present = message.components.some((row) =>
      ((row.components ?? []) as { custom_id?: string }[]).some((b) => b.custom_id === customId),
    );
    if (!present) throw new Error(`message ${messageId} has no button ${customId}`);
    return this.pressStale(user, messageId, customId);
  }

  /**
   * A button press with any custom_id on a message, whether or not the message shows it now: what
   * a client still drawing an older version of the message sends (or a tampered one).
   */
  pressStale(user: APIUser, messageId: string, customId: string): FakeInteraction {
    const message = this.state.liveMessage(messageId);
    return this.#dispatch(3, user, message.channelId, undefined, {
      data: { custom_id: customId, component_type: 2 },
      message: this.state.api(message),
    });
  }

  /** A modal submit with any custom_id and text inputs, as a stale or tampered client sends it. */
  submitStaleModal(
    user: APIUser,
    customId: string,
    values: Record<string, string>,
    channelId?: string,
  ): FakeInteraction {
    return this.#dispatch(5, user, channelId, undefined, {
      data: {
        custom_id: customId,
        components: Object.entries(values).map(([id, value], i) => ({
          type: 18,
          id: i * 2 + 1,
          component: { type: 4, id: i * 2 + 2, custom_id: id, value },
        })),
      },
    });
  }

  /** A member submits the modal shown in answer to `opener`, changing the given fields. */
  submitModal(user: APIUser, opener: FakeInteraction, values: Record<string, string> = {}): FakeInteraction {
    const modal = opener.modal;
    if (!modal) throw new Error(`interaction ${opener.id} showed no modal`);
    const inputs = textInputsOf((modal.components ?? []) as Record<string, unknown>[]);
    return this.#dispatch(5, user, opener.channelId, undefined, {
      data: {
        custom_id: modal.custom_id,
        components: inputs.map((input, i) => ({
          type: 18,
          id: i * 2 + 1,
          component: {
            type: 4,
            id: i * 2 + 2,
            custom_id: input.custom_id,
            value: values[String(input.custom_id)] ?? input.value ?? '',
          },
        })),
      },
    });
  }

  /** The gateway delivers the same interaction again (a duplicate dispatch). */
  redeliver(interaction: FakeInteraction): void {
    const payload = this.#payloads.get(interaction.id);
    if (!payload || !this.state.gateway?.dispatch('INTERACTION_CREATE', payload)) {
      throw new Error('nothing to redeliver to');
    }
  }

  /** A new member joins the server (a plain user; `bot` for an app). */
  addMember(username: string, bot = false): APIUser {
    const user: APIUser = {
      id: this.state.ids.next(),
      username,
      global_name: bot ? null : username,
      discriminator: '0',
      avatar: null,
      ...(bot ? { bot: true } : {}),
    };
    this.world.members[user.id] = {
      user,
      nick: null,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0 as never,
    };
    return user;
  }

  /** The language a member's client is set to (Discord's locale codes: `ja`, `es-ES`, `pt-BR`…). */
  setMemberLocale(userId: string, locale: string): void {
    this.memberLocales.set(userId, locale);
  }

  react(userId: string, messageId: string, emoji = '👍'): void {
    this.state.react(userId, messageId, emoji);
  }

  unreact(userId: string, messageId: string, emoji = '👍'): void {
    this.state.unreact(userId, messageId, emoji);
  }

  // --- Controls ------------------------------------------------------------------------------

  /** The server's upload limit (per attachment), also reported in new interactions. */
  setUploadLimit(bytes: number): void {
    this.state.uploadLimit = bytes;
  }

  /** Every interaction token issued so far stops working (as after 15 minutes). */
  expireInteractionTokens(): void {
    for (const interaction of this.state.interactions.values()) interaction.expired = true;
  }

  /** The next `count` requests matching get a 429 with Retry-After and X-RateLimit headers. */
  inject429(fault: {
    method?: string;
    path?: RegExp;
    count?: number;
    retryAfterMs?: number;
    global?: boolean;
  }) {
    this.state.rateLimits.push({
      count: fault.count ?? 1,
      retryAfterMs: fault.retryAfterMs ?? 500,
      global: fault.global ?? false,
      ...(fault.method ? { method: fault.method } : {}),
      ...(fault.path ? { path: fault.path } : {}),
    });
  }

  // --- Looking ------------------------------------------------------------------------------

  message(id: string): FakeMessage | undefined {
    return this.state.messages.get(id);
  }

  /** Messages still up (not deleted), oldest first. */
  messages(): FakeMessage[] {
    return [...this.state.messages.values()].filter((m) => !m.deleted);
  }

  /** Files the bot uploaded and that are still shown. */
  uploadedFiles() {
    return this.messages().flatMap((m) =>
      m.attachments.map((a) => ({ messageId: m.id, channelId: m.channelId, ...a })),
    );
  }

  interaction(id: string): FakeInteraction {
    const interaction = this.state.interactions.get(id);
    if (!interaction) throw new Error(`no interaction ${id}`);
    return interaction;
  }

  async waitForMessage(predicate: (m: FakeMessage) => boolean, timeoutMs = 20_000): Promise<FakeMessage> {
    return until(() => this.messages().find(predicate), timeoutMs, 'a matching message');
  }

  /** Wait until the bot answered the interaction (any callback type). */
  async waitForAck(interaction: FakeInteraction, timeoutMs = 5000): Promise<number> {
    return until(() => interaction.ackType, timeoutMs, `an answer to interaction ${interaction.id}`);
  }

  #dispatch(
    type: number,
    user: APIUser,
    channelId: string | undefined,
    appPermissions: bigint | undefined,
    extra: Record<string, unknown>,
  ): FakeInteraction {
    const { world, ids } = this.state;
    const channel = Object.values(world.channels).find(
      (c) => c.id === (channelId ?? world.channels.general.id),
    );
    if (!channel) throw new Error(`no channel ${channelId}`);
    const guildId = world.guildOf(channel.id);
    const interaction: FakeInteraction = {
      id: ids.next(),
      token: `aW50ZXJhY3Rpb246${randomBytes(48).toString('base64url')}`,
      type,
      userId: user.id,
      channelId: channel.id,
      dispatchedAt: Date.now(),
      ephemeral: false,
      resolved: false,
      expired: false,
      followupIds: [],
    };
    const payload = {
      id: interaction.id,
      application_id: world.applicationId,
      type,
      token: interaction.token,
      version: 1,
      guild_id: guildId,
      channel_id: channel.id,
      channel,
      member: { ...world.members[user.id], user, permissions: world.permissionsOf(user.id).toString() },
      app_permissions: (appPermissions ?? BOT_PERMISSIONS).toString(),
      locale: this.memberLocales.get(user.id) ?? 'en-US',
      guild_locale: this.guildLocale,
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: this.state.uploadLimit,
      ...extra,
    };
    this.state.interactions.set(interaction.id, interaction);
    this.#payloads.set(interaction.id, payload);
    if (!this.state.gateway?.dispatch('INTERACTION_CREATE', payload)) throw new Error('no gateway session');
    return interaction;
  }
}

/** Poll until `probe` returns something (25 ms steps; tests bound it with a timeout). */
export async function until<T>(
  probe: () => T | undefined | false,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
