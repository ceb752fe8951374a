import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { World } from './world.ts';

interface Session {
  ws: WebSocket;
  id: string;
  seq: number;
  ready: boolean;
  /** [shard_id, num_shards] from IDENTIFY ([0, 1] when the client sent none). */
  shard: [number, number];
}

/** The shard a server's events go to: (guild_id >> 22) % num_shards (API docs, gateway.mdx "Sharding"). */
export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

/**
 * The gateway on the same HTTP server (path /gateway), the minimum discord.js 14 needs (@discordjs/ws
 * WebSocketShard.ts, discord.js READY.js): HELLO, an ACK for every heartbeat (or the shard dies as a zombie),
 * IDENTIFY -> READY -> one GUILD_CREATE per guild, RESUME answered with "invalid session" so the
 * client identifies again. JSON text frames only: binary frames would be read as zlib.
 */
export class FakeGateway {
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sessions = new Set<Session>();
  readonly #world: World;
  readonly #token: string;
  readonly #url: () => string;
  #sessionSeq = 0;
  /** IDENTIFY payloads received, for tests (intents, shard). */
  readonly identifies: { intents: number; shard: [number, number] }[] = [];
  /** Dispatches sent, by shard id, for tests (`INTERACTION_CREATE`, …). */
  readonly sent: { shard: number; event: string }[] = [];

  constructor(server: Server, world: World, token: string, url: () => string) {
    this.#world = world;
    this.#token = token;
    this.#url = url;
    server.on('upgrade', (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://fake').pathname.replace(/\/$/, '') !== '/gateway') {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#connect(ws));
    });
  }

  /** Sessions that finished READY. */
  get connected(): number {
    return [...this.#sessions].filter((s) => s.ready).length;
  }

  /** Shard ids of the sessions that finished READY. */
  get readyShards(): [number, number][] {
    return [...this.#sessions].filter((s) => s.ready).map((s) => s.shard);
  }

  /**
   * Send a dispatch event to every ready session that carries it: a server's events go only to the
   * shard that server belongs to, as Discord routes them.
   */
  dispatch(event: string, data: unknown): number {
    const guildId = (data as { guild_id?: string } | null)?.guild_id;
    let sent = 0;
    for (const session of this.#sessions) {
      if (!session.ready) continue;
      if (guildId && shardOf(guildId, session.shard[1]) !== session.shard[0]) continue;
      this.#send(session, { op: 0, t: event, s: ++session.seq, d: data });
      this.sent.push({ shard: session.shard[0], event });
      sent++;
    }
    return sent;
  }

  close(): void {
    for (const session of this.#sessions) session.ws.terminate();
    this.#sessions.clear();
    this.#wss.close();
  }

  #connect(ws: WebSocket) {
    const session: Session = {
      ws,
      id: `session-${++this.#sessionSeq}`,
      seq: 0,
      ready: false,
      shard: [0, 1],
    };
    this.#sessions.add(session);
    ws.on('close', () => this.#sessions.delete(session));
    ws.on('message', (raw) => this.#receive(session, raw.toString()));
    this.#send(session, { op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null });
  }

  #receive(session: Session, raw: string) {
    const payload = JSON.parse(raw) as { op: number; d: Record<string, unknown> };
    switch (payload.op) {
      case 1:
        this.#send(session, { op: 11, d: null, s: null, t: null });
        return;
      case 2: {
        if (String(payload.d.token).replace(/^Bot /, '') !== this.#token) {
          session.ws.close(4004, 'Authentication failed');
          return;
        }
        const shard = (payload.d.shard as [number, number] | undefined) ?? [0, 1];
        // Discord closes with 4010 Invalid shard for a shard id outside [0, num_shards).
        if (!Number.isInteger(shard[0]) || !(shard[1] >= 1) || shard[0] < 0 || shard[0] >= shard[1]) {
          session.ws.close(4010, 'Invalid shard');
          return;
        }
        session.shard = [shard[0], shard[1]];
        this.identifies.push({ intents: Number(payload.d.intents), shard: session.shard });
        this.#ready(session);
        return;
      }
      case 6:
        this.#send(session, { op: 9, d: false, s: null, t: null });
        return;
      default:
        return;
    }
  }

  #ready(session: Session) {
    const w = this.#world;
    const [shardId, shards] = session.shard;
    const guilds = w.guilds.filter((g) => shardOf(g.id, shards) === shardId);
    const dispatch = (t: string, d: unknown) => this.#send(session, { op: 0, t, s: ++session.seq, d });
    dispatch('READY', {
      v: 10,
      user: w.bot,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#url(),
      application: { id: w.applicationId, flags: 0 },
      shard: session.shard,
    });
    // discord.js waits for a GUILD_CREATE per READY guild before it is ready (WebSocketShard.js).
    for (const guild of guilds) {
      dispatch('GUILD_CREATE', {
        id: guild.id,
        name: guild.name,
        icon: null,
        owner_id: w.users.admin.id,
        afk_channel_id: null,
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 0,
        explicit_content_filter: 0,
        roles: guild.roles,
        emojis: [],
        stickers: [],
        features: [],
        mfa_level: 0,
        system_channel_id: null,
        premium_tier: 0,
        preferred_locale: 'en-US',
        nsfw_level: 0,
        joined_at: new Date(0).toISOString(),
        large: false,
        unavailable: false,
        member_count: Object.keys(w.members).length,
        members: Object.values(w.members),
        channels: Object.values(w.channels).filter((c) => w.guildOf(c.id) === guild.id),
        threads: [],
        presences: [],
        voice_states: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
      });
    }
    session.ready = true;
  }

  #send(session: Session, payload: unknown) {
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify(payload));
  }
}
