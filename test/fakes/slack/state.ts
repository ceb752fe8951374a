/** What the fake Slack remembers, for tests to inspect. */

export interface FakeMessage {
  channel: string;
  ts: string;
  /** The thread root's ts for a reply; absent for a channel message. */
  threadTs?: string;
  /** Who posted it: the bot's user id, or a member's. */
  user: string;
  text: string;
  blocks?: unknown[];
  /** `file_share` for the message a completed upload created. */
  subtype?: 'file_share';
  fileIds?: string[];
  deleted: boolean;
  /** chat.update calls that changed it. */
  updates: number;
  /** Every version it has shown, first to last. */
  versions: { text: string; blocks?: unknown[] }[];
  /** Reactions on it, as Slack keeps them: one entry per name, its users in the order they reacted. */
  reactions?: { name: string; users: string[] }[];
}

export interface FakeFile {
  id: string;
  filename: string;
  /** The length announced in files.getUploadURLExternal. */
  length: number;
  bytes?: Buffer;
  /** How the bytes arrived at the upload URL. */
  uploadedAs?: 'raw' | 'multipart';
  completed: boolean;
  title?: string;
  channel?: string;
  threadTs?: string;
  shareTs?: string;
  initialComment?: string;
  deleted: boolean;
}

/** A file a member attached in a form's file_input (Slack hosts it; the bot reads it with its token). */
export interface MemberFile {
  id: string;
  name: string;
  user: string;
  bytes: Buffer;
  mimetype: string;
  /** What the file object says its size is (Slack's own count; a test may make it lie). */
  size: number;
  /** Download attempts: [authorized, bytes sent]. */
  downloads: { authorized: boolean; sent: number }[];
}

export interface FakeUser {
  id: string;
  name: string;
  real_name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  profile?: { display_name?: string; real_name?: string };
  /** The member's Slack language (`es-ES`); users.info says en-US when none was set. */
  locale?: string;
}

/** One Web API call as the fake saw it. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** HTTP status answered: 200, or 429 when a rate limit was injected. */
  status: number;
  /** The `error` of an `ok: false` answer. */
  error?: string;
}

export interface Ephemeral {
  channel: string;
  user: string;
  threadTs?: string;
  text: string;
  blocks?: unknown[];
}

export interface OpenedView {
  triggerId: string;
  view: Record<string, unknown>;
  id: string;
}

export class FakeSlackState {
  readonly messages: FakeMessage[] = [];
  readonly files = new Map<string, FakeFile>();
  /** Files members attached in forms, by id, served at their url_private_download. */
  readonly memberFiles = new Map<string, MemberFile>();
  readonly calls: ApiCall[] = [];
  readonly ephemerals: Ephemeral[] = [];
  readonly views: OpenedView[] = [];
  /** Bodies posted to response_url, by response id. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  readonly users = new Map<string, FakeUser>();
  /** trigger_id -> when it was issued (ms), for the 3-second views.open rule. */
  readonly triggers = new Map<string, number>();
  /** Ordered record of what happened: `api:<method>`, `ack:<kind>`, `upload:<fileId>`. */
  readonly timeline: string[] = [];
  /** Channels the bot was never invited to. */
  readonly closedChannels = new Set<string>();
  /** Largest length files.getUploadURLExternal accepts. */
  uploadLimit = 1_000_000_000;
  /** When true, completeUploadExternal already lists the share; Slack often does not. */
  sharesInCompletion = false;
  /** Answer this many of the next POSTs to an upload URL with HTTP 500. */
  failUploads = 0;
  readonly #limits: { method: string; remaining: number; retryAfterS: number }[] = [];
  #seq = 0;

  next(): number {
    return ++this.#seq;
  }

  /** A message ts: unique and increasing, in Slack's `seconds.micro` form. */
  nextTs(): string {
    const n = this.next();
    return `${1_800_000_000 + n}.${String(n).padStart(6, '0')}`;
  }

  /** Answer the next `count` calls of `method` with HTTP 429 and `Retry-After: retryAfterS`. */
  rateLimit(method: string, count = 1, retryAfterS = 0): void {
    this.#limits.push({ method, remaining: count, retryAfterS });
  }

  /** The Retry-After to answer this call with, when a limit was injected for it. */
  takeRateLimit(method: string): number | undefined {
    const limit = this.#limits.find((l) => l.method === method && l.remaining > 0);
    if (!limit) return undefined;
    limit.remaining--;
    return limit.retryAfterS;
  }

  /**
   * A member reacts to a message. Slack records it whether or not any app is listening, so a
   * reaction added here without an event is one cast while the bot was down. Reacting twice with
   * the same name changes nothing (Slack answers already_reacted).
   */
  react(channel: string, ts: string, user: string, name: string): void {
    const message = this.message(channel, ts);
    if (!message || message.deleted) throw new Error(`no message ${channel}/${ts} to react to`);
    message.reactions ??= [];
    let reaction = message.reactions.find((r) => r.name === name);
    if (!reaction) {
      reaction = { name, users: [] };
      message.reactions.push(reaction);
    }
    if (!reaction.users.includes(user)) reaction.users.push(user);
  }

  /** A member takes a reaction back; the name disappears with its last user. */
  unreact(channel: string, ts: string, user: string, name: string): void {
    const message = this.message(channel, ts);
    const reaction = message?.reactions?.find((r) => r.name === name);
    if (!message?.reactions || !reaction) return;
    reaction.users = reaction.users.filter((u) => u !== user);
    if (reaction.users.length === 0) message.reactions = message.reactions.filter((r) => r !== reaction);
  }

  message(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  /** Live messages in a thread (replies only), oldest first. */
  thread(channel: string, rootTs: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.threadTs === rootTs && !m.deleted);
  }

  /** Successful calls of a method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200 && !c.error);
  }

  /** Every text the bot put in front of people: messages (all versions), ephemerals, replies. */
  postedTexts(): string[] {
    const texts: string[] = [];
    for (const m of this.messages)
      for (const v of m.versions) texts.push(v.text, JSON.stringify(v.blocks ?? []));
    for (const e of this.ephemerals) texts.push(e.text, JSON.stringify(e.blocks ?? []));
    for (const r of this.responses) texts.push(JSON.stringify(r.body));
    return texts;
  }
}
