import { createHmac } from 'node:crypto';
import type { FakeSlack } from './server.ts';
import { ENVELOPE_ACK_MS } from './socket.ts';
import { BOT_USER_ID, TEAM_ID } from './web-api.ts';

/** How to sign a request: correctly, with the wrong secret, too old, or not at all. */
export type Signing = 'valid' | 'bad' | 'stale' | 'none';

/** Slack's answer deadline for every request it sends an app (bolt-js docs, acknowledge.md). */
export const ACK_DEADLINE_MS = 3000;
/** Bolt refuses timestamps more than 5 minutes old (verify-request.ts); stale is well past that. */
const STALE_S = 6 * 60;

export interface Delivery {
  /** HTTP status (Socket Mode: 200 once acked). */
  status: number;
  /** The response body (the listener's ack() argument), parsed when JSON. */
  body: unknown;
  /** True when Slack would have given up waiting (over 3 s). */
  timedOut: boolean;
}

export interface Transport {
  deliver(
    kind: 'command' | 'event' | 'interactive',
    payload: Record<string, unknown>,
    options: { signing?: Signing; retryNum?: number },
  ): Promise<Delivery>;
  /**
   * Send the last delivery again, byte for byte: over HTTP the same body, timestamp and
   * signature (a captured request replayed within Slack's 5 minutes still verifies); over Socket
   * Mode the same payload in a new envelope.
   */
  replayLast(): Promise<Delivery>;
}

/** Slack's HTTP delivery: signed POSTs to the app's /slack/events (bolt-js HTTPReceiver.ts). */
export function httpTransport(fake: FakeSlack, eventsUrl: string, signingSecret: string): Transport {
  let last: { kind: string; headers: Record<string, string>; body: string } | undefined;
  const post = async (kind: string, headers: Record<string, string>, body: string): Promise<Delivery> => {
    last = { kind, headers, body };
    const started = Date.now();
    const response = await fetch(eventsUrl, { method: 'POST', headers, body });
    const text = await response.text();
    const timedOut = Date.now() - started > ACK_DEADLINE_MS;
    fake.state.timeline.push(`ack:${kind}`);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {}
    return { status: response.status, body: parsed, timedOut };
  };
  return {
    replayLast() {
      if (!last) throw new Error('nothing delivered yet');
      return post(last.kind, last.headers, last.body);
    },
    async deliver(kind, payload, { signing = 'valid', retryNum }) {
      const form = kind === 'command';
      const body =
        kind === 'event'
          ? JSON.stringify(payload)
          : new URLSearchParams(
              form
                ? Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, String(v)]))
                : { payload: JSON.stringify(payload) },
            ).toString();
      const now = Math.floor(Date.now() / 1000);
      const timestamp = signing === 'stale' ? now - STALE_S : now;
      const secret = signing === 'bad' ? `${signingSecret}-wrong` : signingSecret;
      const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      const headers: Record<string, string> = {
        'content-type': kind === 'event' ? 'application/json' : 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
      };
      if (signing !== 'none') headers['x-slack-signature'] = signature;
      if (retryNum) {
        headers['x-slack-retry-num'] = String(retryNum);
        headers['x-slack-retry-reason'] = 'http_timeout';
      }
      return post(kind, headers, body);
    },
  };
}

/** Slack's Socket Mode delivery: envelopes over the fake's WebSocket. */
export function socketTransport(fake: FakeSlack): Transport {
  type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';
  let last: { type: EnvelopeType; payload: Record<string, unknown> } | undefined;
  const send = async (type: EnvelopeType, payload: Record<string, unknown>, attempt: number) => {
    last = { type, payload };
    const ack = await fake.socket.send(type, payload, { attempt });
    return { status: ack.timedOut ? 0 : 200, body: ack.payload, timedOut: ack.timedOut };
  };
  return {
    replayLast() {
      if (!last) throw new Error('nothing delivered yet');
      return send(last.type, last.payload, 0);
    },
    async deliver(kind, payload, { retryNum }) {
      const type = kind === 'event' ? 'events_api' : kind === 'command' ? 'slash_commands' : 'interactive';
      return send(type, payload, retryNum ?? 0);
    },
  };
}

export { ENVELOPE_ACK_MS };

/**
 * Builds what Slack sends an app (slash commands, events, button clicks, shortcuts, modal
 * submissions) and delivers it through a transport. Every trigger_id it makes is registered with
 * the fake, so views.open can enforce Slack's 3-second trigger life.
 */
export class SlackDriver {
  readonly #fake: FakeSlack;
  readonly #transport: Transport;

  constructor(fake: FakeSlack, transport: Transport) {
    this.#fake = fake;
    this.#transport = transport;
  }

  /** Replay the last request exactly as it was sent (see Transport.replayLast). */
  replayLast(): Promise<Delivery> {
    return this.#transport.replayLast();
  }

  #trigger(): string {
    const id = `trigger-${this.#fake.state.next()}`;
    this.#fake.state.triggers.set(id, Date.now());
    return id;
  }

  async slashCommand(
    options: { text: string; user: string; userName?: string; channel: string; command?: string },
    signing?: Signing,
  ) {
    const triggerId = this.#trigger();
    const responseId = `r${this.#fake.state.next()}`;
    const delivery = await this.#transport.deliver(
      'command',
      {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        team_domain: 'fake',
        channel_id: options.channel,
        channel_name: 'general',
        user_id: options.user,
        user_name: options.userName ?? options.user.toLowerCase(),
        command: options.command ?? '/sora',
        text: options.text,
        api_app_id: 'A_FAKE',
        response_url: `${this.#fake.url}/response/${responseId}`,
        trigger_id: triggerId,
      },
      { ...(signing ? { signing } : {}) },
    );
    return { ...delivery, triggerId, responseId };
  }

  /** An Events API event; `eventId` is what Slack repeats on a retry. */
  async event(
    event: Record<string, unknown>,
    options: { eventId?: string; retryNum?: number; signing?: Signing } = {},
  ) {
    const eventId = options.eventId ?? `Ev${this.#fake.state.next()}`;
    const delivery = await this.#transport.deliver(
      'event',
      {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        api_app_id: 'A_FAKE',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
        event: { event_ts: `${Date.now() / 1000}`, ...event },
      },
      {
        ...(options.retryNum ? { retryNum: options.retryNum } : {}),
        ...(options.signing ? { signing: options.signing } : {}),
      },
    );
    return { ...delivery, eventId };
  }

  /** A member mentions the bot (in a thread when `threadTs` is set). */
  mention(
    options: { user: string; channel: string; text: string; ts: string; threadTs?: string },
    extra = {},
  ) {
    return this.event(
      {
        type: 'app_mention',
        user: options.user,
        channel: options.channel,
        text: `<@${BOT_USER_ID}> ${options.text}`,
        ts: options.ts,
        ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
      },
      extra,
    );
  }

  /** A member reacts (or takes it back): Slack records it, then sends the event. */
  reaction(
    type: 'reaction_added' | 'reaction_removed',
    options: { user: string; reaction: string; channel: string; ts: string },
  ) {
    const { channel, ts, user, reaction } = options;
    if (type === 'reaction_added') this.#fake.state.react(channel, ts, user, reaction);
    else this.#fake.state.unreact(channel, ts, user, reaction);
    return this.event({
      type,
      user: options.user,
      reaction: options.reaction,
      item: { type: 'message', channel: options.channel, ts: options.ts },
    });
  }

  /** A member presses a button on a message. */
  async button(options: {
    user: string;
    channel: string;
    messageTs: string;
    threadTs?: string;
    actionId: string;
    value: string;
  }) {
    const triggerId = this.#trigger();
    const delivery = await this.#transport.deliver(
      'interactive',
      {
        type: 'block_actions',
        team: { id: TEAM_ID, domain: 'fake' },
        user: { id: options.user, username: options.user.toLowerCase(), team_id: TEAM_ID },
        api_app_id: 'A_FAKE',
        token: 'legacy-verification-token',
        trigger_id: triggerId,
        response_url: `${this.#fake.url}/response/r${this.#fake.state.next()}`,
        channel: { id: options.channel, name: 'general' },
        container: {
          type: 'message',
          message_ts: options.messageTs,
          channel_id: options.channel,
          is_ephemeral: false,
          ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
        },
        message: {
          type: 'message',
          ts: options.messageTs,
          ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
        },
        actions: [
          {
            type: 'button',
            action_id: options.actionId,
            block_id: 'reelbot_actions',
            value: options.value,
            action_ts: `${Date.now() / 1000}`,
          },
        ],
      },
      {},
    );
    return { ...delivery, triggerId };
  }

  /** A member runs a message shortcut on a message. */
  async shortcut(options: {
    user: string;
    channel: string;
    callbackId: string;
    message: { ts: string; text: string; user: string; thread_ts?: string };
  }) {
    const triggerId = this.#trigger();
    const delivery = await this.#transport.deliver(
      'interactive',
      {
        type: 'message_action',
        callback_id: options.callbackId,
        trigger_id: triggerId,
        message_ts: options.message.ts,
        response_url: `${this.#fake.url}/response/r${this.#fake.state.next()}`,
        message: { type: 'message', ...options.message },
        user: { id: options.user, name: options.user.toLowerCase(), team_id: TEAM_ID },
        channel: { id: options.channel, name: 'general' },
        team: { id: TEAM_ID, domain: 'fake' },
        token: 'legacy-verification-token',
        action_ts: `${Date.now() / 1000}`,
      },
      {},
    );
    return { ...delivery, triggerId };
  }

  /** A member submits a modal the bot opened, with `values` typed into its inputs. */
  submitView(options: {
    user: string;
    view: { id: string; callback_id?: string; private_metadata?: string };
    /**
     * Per block and action: a string is what was typed in a plain_text_input; an object is sent
     * as Slack sends that element's state (a static_select's `selected_option`, a file_input's
     * `files`: https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload).
     */
    values: Record<string, Record<string, string | Record<string, unknown>>>;
  }) {
    const values = Object.fromEntries(
      Object.entries(options.values).map(([block, actions]) => [
        block,
        Object.fromEntries(
          Object.entries(actions).map(([action, value]) => [
            action,
            typeof value === 'string' ? { type: 'plain_text_input', value } : value,
          ]),
        ),
      ]),
    );
    return this.#transport.deliver(
      'interactive',
      {
        type: 'view_submission',
        team: { id: TEAM_ID, domain: 'fake' },
        user: { id: options.user, name: options.user.toLowerCase(), team_id: TEAM_ID },
        api_app_id: 'A_FAKE',
        token: 'legacy-verification-token',
        trigger_id: this.#trigger(),
        view: {
          id: options.view.id,
          type: 'modal',
          callback_id: options.view.callback_id,
          private_metadata: options.view.private_metadata ?? '',
          state: { values },
          hash: 'h',
        },
      },
      {},
    );
  }
}
