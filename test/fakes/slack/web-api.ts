import { type BlockProblem, messageBlockProblems, slackMessageOf, viewProblems } from './block-kit.ts';
import type { FakeSlackState, FakeUser } from './state.ts';

export const BOT_USER_ID = 'U_BOT';
export const BOT_ID = 'B_BOT';
export const TEAM_ID = 'T_FAKE';

/** Slack's views.open rule: a trigger_id is good for 3 seconds (bolt-js creating-modals.md). */
export const TRIGGER_LIFE_MS = 3000;

type Params = Record<string, unknown>;
type Answer = Record<string, unknown>;

/**
 * A method refused the way Slack refuses: HTTP 200 with `ok: false`, and for bad blocks or views
 * the lines Slack adds in `response_metadata.messages` (`[ERROR] … [json-pointer:/blocks/0/text/text]`).
 */
class Refusal extends Error {
  readonly error: string;
  readonly messages: string[];
  constructor(error: string, problems: BlockProblem[] = []) {
    super(error);
    this.error = error;
    this.messages = problems.map(slackMessageOf);
  }
}

const str = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || value === '') throw new Refusal(`invalid_arguments: ${name}`);
  return value;
};

/** Users listed per reaction by reactions.get without `full` (50 in practice, per Slack's forums). */
export const REACTION_USERS_SHOWN = 50;

/** Fields WebClient sends JSON-encoded inside a form body. */
const JSON_FIELDS = ['blocks', 'files', 'view', 'attachments'];

export function decodeParams(params: Params): Params {
  const out: Params = { ...params };
  for (const field of JSON_FIELDS) {
    if (typeof out[field] === 'string') {
      try {
        out[field] = JSON.parse(out[field] as string);
      } catch {
        throw new Refusal(`invalid_${field}`);
      }
    }
  }
  return out;
}

/**
 * The Web API methods the bot uses, with the checks Slack makes that a bot could trip on:
 * unknown messages, expired triggers, text limits in blocks and views, uploads never sent.
 */
export function createWebApi(state: FakeSlackState, base: () => string) {
  const blocksOk = (blocks: unknown) => {
    if (blocks === undefined) return;
    // Block Kit's own limits (block-kit.ts), answered as Slack answers them.
    const problems = messageBlockProblems(blocks);
    if (problems.length) throw new Refusal('invalid_blocks', problems);
    for (const block of blocks as { accessory?: { type?: string; slack_file?: { id?: string } } }[]) {
      // A slack_file image must be an uploaded png, jpg or gif (Slack file object reference).
      const fileId = block.accessory?.type === 'image' ? block.accessory.slack_file?.id : undefined;
      if (fileId !== undefined) {
        const file = state.files.get(fileId);
        if (!file?.completed || file.deleted || !/\.(png|jpe?g|gif)$/i.test(file.filename))
          throw new Refusal('invalid_blocks');
      }
    }
  };

  const postable = (channel: string) => {
    if (state.closedChannels.has(channel)) throw new Refusal('not_in_channel');
  };

  const methods: Record<string, (p: Params) => Answer> = {
    'auth.test': () => ({
      url: 'https://fake.slack.test/',
      team: 'Fake Team',
      user: 'reelbot',
      team_id: TEAM_ID,
      user_id: BOT_USER_ID,
      bot_id: BOT_ID,
    }),

    'chat.postMessage': (p) => {
      const channel = str(p.channel, 'channel');
      postable(channel);
      if (!p.text && !p.blocks) throw new Refusal('no_text');
      blocksOk(p.blocks);
      const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
      if (threadTs && !state.message(channel, threadTs)) throw new Refusal('thread_not_found');
      const text = String(p.text ?? '');
      const blocks = p.blocks as unknown[] | undefined;
      const message = {
        channel,
        ts: state.nextTs(),
        ...(threadTs ? { threadTs } : {}),
        user: BOT_USER_ID,
        text,
        ...(blocks ? { blocks } : {}),
        deleted: false,
        updates: 0,
        versions: [{ text, ...(blocks ? { blocks } : {}) }],
      };
      state.messages.push(message);
      return { channel, ts: message.ts, message: { text, ts: message.ts, user: BOT_USER_ID } };
    },

    'chat.update': (p) => {
      const message = state.message(str(p.channel, 'channel'), str(p.ts, 'ts'));
      if (!message || message.deleted) throw new Refusal('message_not_found');
      if (message.user !== BOT_USER_ID) throw new Refusal('cant_update_message');
      blocksOk(p.blocks);
      message.text = String(p.text ?? message.text);
      if (p.blocks) message.blocks = p.blocks as unknown[];
      message.updates++;
      message.versions.push({ text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
      return { channel: message.channel, ts: message.ts, text: message.text };
    },

    'chat.delete': (p) => {
      const message = state.message(str(p.channel, 'channel'), str(p.ts, 'ts'));
      if (!message || message.deleted) throw new Refusal('message_not_found');
      if (message.user !== BOT_USER_ID) throw new Refusal('cant_delete_message');
      message.deleted = true;
      return { channel: message.channel, ts: message.ts };
    },

    'chat.postEphemeral': (p) => {
      const channel = str(p.channel, 'channel');
      postable(channel);
      blocksOk(p.blocks);
      state.ephemerals.push({
        channel,
        user: str(p.user, 'user'),
        text: String(p.text ?? ''),
        ...(typeof p.thread_ts === 'string' ? { threadTs: p.thread_ts } : {}),
        ...(p.blocks ? { blocks: p.blocks as unknown[] } : {}),
      });
      return { message_ts: state.nextTs() };
    },

    'views.open': (p) => {
      const triggerId = str(p.trigger_id, 'trigger_id');
      const issued = state.triggers.get(triggerId);
      if (issued === undefined) throw new Refusal('invalid_trigger_id');
      if (Date.now() - issued > TRIGGER_LIFE_MS) throw new Refusal('expired_trigger_id');
      const view = p.view as Record<string, unknown>;
      // Slack answers a bad view with invalid_arguments and the same [ERROR] lines as for blocks.
      const problems = viewProblems(view);
      if (problems.length) throw new Refusal('invalid_arguments', problems);
      const opened = { triggerId, view, id: `V${state.next()}` };
      state.views.push(opened);
      return { view: { id: opened.id, ...view } };
    },

    'chat.getPermalink': (p) => {
      const channel = str(p.channel, 'channel');
      const message = state.message(channel, str(p.message_ts, 'message_ts'));
      if (!message || message.deleted) throw new Refusal('message_not_found');
      return {
        channel,
        permalink: `https://fake.slack.test/archives/${channel}/p${message.ts.replace('.', '')}`,
      };
    },

    'reactions.get': (p) => {
      const channel = str(p.channel, 'channel');
      const message = state.message(channel, str(p.timestamp, 'timestamp'));
      if (!message || message.deleted) throw new Refusal('message_not_found');
      // Without full=true Slack may cut a reaction's user list short while `count` stays whole
      // ("If true always return the complete reaction list", reactions.get reference); the fake
      // always cuts at REACTION_USERS_SHOWN, so a reader that forgets `full` is caught.
      const full = p.full === true || p.full === 'true' || p.full === '1';
      const reactions = (message.reactions ?? []).map((r) => ({
        name: r.name,
        count: r.users.length,
        users: full ? [...r.users] : r.users.slice(0, REACTION_USERS_SHOWN),
      }));
      return {
        type: 'message',
        channel,
        message: {
          type: 'message',
          ts: message.ts,
          user: message.user,
          text: message.text,
          ...(reactions.length ? { reactions } : {}),
        },
      };
    },

    'users.info': (p) => {
      const user = state.users.get(str(p.user, 'user'));
      if (!user) throw new Refusal('user_not_found');
      // `locale` comes only when asked for (https://api.slack.com/methods/users.info, include_locale).
      const withLocale = p.include_locale === true || p.include_locale === 'true' || p.include_locale === '1';
      return { user: { ...userJson(user), ...(withLocale ? { locale: user.locale ?? 'en-US' } : {}) } };
    },

    'files.getUploadURLExternal': (p) => {
      const filename = str(p.filename, 'filename');
      const length = Number(p.length);
      if (!Number.isInteger(length) || length <= 0) throw new Refusal('invalid_arguments: length');
      if (length > state.uploadLimit) throw new Refusal('file_size_too_large');
      const id = `F${state.next()}`;
      state.files.set(id, { id, filename, length, completed: false, deleted: false });
      return { upload_url: `${base()}/upload/v1/${id}`, file_id: id };
    },

    'files.completeUploadExternal': (p) => {
      const list = p.files as { id: string; title?: string }[] | undefined;
      if (!Array.isArray(list) || list.length === 0) throw new Refusal('invalid_arguments: files');
      const channel = typeof p.channel_id === 'string' ? p.channel_id : undefined;
      if (channel) postable(channel);
      const threadTs = typeof p.thread_ts === 'string' ? p.thread_ts : undefined;
      if (channel && threadTs && !state.message(channel, threadTs)) throw new Refusal('thread_not_found');
      const files = list.map(({ id, title }) => {
        const file = state.files.get(id);
        if (!file || file.deleted) throw new Refusal('file_not_found');
        if (!file.bytes) throw new Refusal('upload_not_completed');
        return { file, title };
      });
      const comment = typeof p.initial_comment === 'string' ? p.initial_comment : '';
      let shareTs: string | undefined;
      if (channel) {
        shareTs = state.nextTs();
        state.messages.push({
          channel,
          ts: shareTs,
          ...(threadTs ? { threadTs } : {}),
          user: BOT_USER_ID,
          text: comment,
          subtype: 'file_share',
          fileIds: files.map((f) => f.file.id),
          deleted: false,
          updates: 0,
          versions: [{ text: comment }],
        });
      }
      for (const { file, title } of files) {
        Object.assign(file, {
          completed: true,
          title: title ?? file.filename,
          initialComment: comment,
          ...(channel ? { channel } : {}),
          ...(threadTs ? { threadTs } : {}),
          ...(shareTs ? { shareTs } : {}),
        });
      }
      return { files: files.map(({ file }) => fileJson(file, state.sharesInCompletion)) };
    },

    'files.info': (p) => {
      const file = state.files.get(str(p.file, 'file'));
      if (!file) throw new Refusal('file_not_found');
      if (file.deleted) throw new Refusal('file_deleted');
      return { file: fileJson(file, true) };
    },

    'files.delete': (p) => {
      const file = state.files.get(str(p.file, 'file'));
      if (!file || file.deleted) throw new Refusal('file_not_found');
      file.deleted = true;
      for (const m of state.messages) if (m.fileIds?.includes(file.id)) m.deleted = true;
      return {};
    },
  };

  return {
    /** The error Slack gives for these blocks (e.g. on a response_url post), or undefined. */
    checkBlocks(blocks: unknown): string | undefined {
      try {
        blocksOk(blocks);
        return undefined;
      } catch (error) {
        if (error instanceof Refusal) return error.error;
        throw error;
      }
    },
    /** Answer one call: the JSON body, or an `ok: false` refusal. Unknown methods: unknown_method. */
    call(method: string, params: Params): Answer {
      const handler = methods[method];
      if (!handler) return { ok: false, error: 'unknown_method' };
      try {
        return { ok: true, ...handler(decodeParams(params)) };
      } catch (error) {
        if (error instanceof Refusal) {
          const metadata = error.messages.length ? { response_metadata: { messages: error.messages } } : {};
          return { ok: false, error: error.error, ...metadata };
        }
        throw error;
      }
    },
  };
}

function userJson(user: FakeUser) {
  return {
    id: user.id,
    name: user.name,
    real_name: user.real_name ?? user.name,
    is_admin: user.is_admin ?? false,
    is_owner: user.is_owner ?? false,
    is_bot: user.is_bot ?? false,
    profile: {
      display_name: user.profile?.display_name ?? '',
      real_name: user.profile?.real_name ?? user.name,
    },
  };
}

function fileJson(file: import('./state.ts').FakeFile, withShares: boolean) {
  const shares =
    withShares && file.channel && file.shareTs
      ? {
          public: {
            [file.channel]: [{ ts: file.shareTs, ...(file.threadTs ? { thread_ts: file.threadTs } : {}) }],
          },
        }
      : {};
  return {
    id: file.id,
    name: file.filename,
    title: file.title ?? file.filename,
    mimetype: file.filename.endsWith('.mp4') ? 'video/mp4' : 'application/octet-stream',
    size: file.bytes?.length ?? file.length,
    shares,
  };
}
