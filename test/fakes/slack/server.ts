import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './socket.ts';
import { FakeSlackState } from './state.ts';
import { BOT_USER_ID, createWebApi, decodeParams, TEAM_ID } from './web-api.ts';

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
}

export interface FakeSlack {
  /** Base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** What SLACK_API_URL should be. */
  apiUrl: string;
  state: FakeSlackState;
  socket: FakeSocketMode;
  botToken: string;
  appToken: string;
  /**
   * A file a member attached in a form: its file object as a view_submission carries it in
   * `state.values` (https://docs.slack.dev/reference/block-kit/block-elements/file-input-element),
   * its bytes served at `url_private_download` to the bot token only.
   */
  memberFile(
    user: string,
    name: string,
    bytes: Uint8Array,
    options?: { mimetype?: string; size?: number },
  ): Record<string, unknown>;
  /** A member the bot can look up with users.info. */
  addUser(user: {
    id: string;
    name: string;
    is_admin?: boolean;
    is_owner?: boolean;
    is_bot?: boolean;
    /** Their Slack language, as users.info with include_locale returns it (default en-US). */
    locale?: string;
  }): void;
  /** A member changes the language of their Slack. */
  setUserLocale(id: string, locale: string): void;
  /** A message a member posted (so mentions, threads and shortcuts have something to point at). */
  memberMessage(channel: string, user: string, text: string, threadTs?: string): string;
  close(): Promise<void>;
}

/**
 * A fake Slack on one local HTTP server: the Web API under /api/<method> (form, JSON or
 * multipart bodies; bearer token checked; always HTTP 200 with `ok`, except injected 429s with
 * Retry-After), the upload URL that files.getUploadURLExternal hands out, a response_url catcher,
 * and a Socket Mode WebSocket for apps.connections.open.
 */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botToken = options.botToken ?? 'xoxb-fake-bot-token';
  const appToken = options.appToken ?? 'xapp-fake-app-token';
  const state = new FakeSlackState();
  let base = '';
  const api = createWebApi(state, () => base);
  const socket = new FakeSocketMode(state);

  const server = createServer((req, res) => {
    void route(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(error.message);
    });
  });
  server.on('upgrade', (req, sock, head) => socket.upgrade(req, sock, head));

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', base);
    const body = await readBody(req);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(value));

    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const params = readable(await parseParams(req, body));
      state.timeline.push(`api:${method}`);
      const wanted = method === 'apps.connections.open' ? appToken : botToken;
      if (req.headers.authorization !== `Bearer ${wanted}`) {
        state.calls.push({ method, params, status: 200, error: 'invalid_auth' });
        return json(200, { ok: false, error: 'invalid_auth' });
      }
      const retryAfter = state.takeRateLimit(method);
      if (retryAfter !== undefined) {
        state.calls.push({ method, params, status: 429 });
        return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfter) });
      }
      const answer = method === 'apps.connections.open' ? socket.open(base) : api.call(method, params);
      state.calls.push({
        method,
        params,
        status: 200,
        ...(answer.ok ? {} : { error: String(answer.error) }),
      });
      return json(200, answer);
    }

    if (req.method === 'POST' && url.pathname.startsWith('/upload/v1/')) {
      const file = state.files.get(url.pathname.slice('/upload/v1/'.length));
      if (!file) return res.writeHead(404).end('no such upload');
      if (state.failUploads > 0) {
        state.failUploads--;
        return res.writeHead(500, { 'content-type': 'text/plain' }).end('upload failed');
      }
      const multipart = /multipart\/form-data/.test(req.headers['content-type'] ?? '');
      file.bytes = multipart ? await multipartFile(req, body) : body;
      file.uploadedAs = multipart ? 'multipart' : 'raw';
      state.timeline.push(`upload:${file.id}`);
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${file.bytes.length}`);
    }

    // Private files: Slack serves url_private(_download) only with the token as a bearer header
    // (https://medium.com/slack-developer-blog/important-changes-to-files-in-the-web-api-eb38f2a9c1e7);
    // without it the answer is its sign-in page, HTML, never the file
    // (https://gist.github.com/ErikKalkoken/f3ab28617d5099531ded865d111dbac1, comments).
    if (req.method === 'GET' && url.pathname.startsWith('/files-pri/')) {
      const id = url.pathname.split('/')[2]?.split('-')[1] ?? '';
      const file = state.memberFiles.get(id);
      const authorized = req.headers.authorization === `Bearer ${botToken}`;
      if (!authorized) {
        file?.downloads.push({ authorized: false, sent: 0 });
        return res
          .writeHead(302, { location: `${base}/signin?redir=${encodeURIComponent(url.pathname)}` })
          .end();
      }
      if (!file)
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<html>File not found</html>');
      const record = { authorized: true, sent: 0 };
      file.downloads.push(record);
      res.writeHead(200, {
        'content-type': file.mimetype,
        'content-length': String(file.bytes.length),
      });
      // Sent in chunks, counted, so a test sees that a reader stopped early.
      for (let at = 0; at < file.bytes.length; at += 64 * 1024) {
        const chunk = file.bytes.subarray(at, at + 64 * 1024);
        const more = res.write(chunk);
        record.sent += chunk.length;
        if (res.destroyed) return;
        if (!more)
          await new Promise<void>((resolve) => {
            res.once('drain', resolve);
            res.once('close', resolve);
          });
        if (res.destroyed) return;
      }
      return res.end();
    }
    if (req.method === 'GET' && url.pathname === '/signin') {
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
    }

    if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      const posted = JSON.parse(body.toString('utf8') || '{}');
      // response_url checks blocks as chat.postMessage does, answering HTTP 400 with the error.
      const invalid = api.checkBlocks(posted.blocks);
      if (invalid) return res.writeHead(400, { 'content-type': 'text/plain' }).end(invalid);
      state.responses.push({ id, body: posted });
      return json(200, { ok: true });
    }
    return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    apiUrl: `${base}/api/`,
    state,
    socket,
    botToken,
    appToken,
    memberFile(user, name, bytes, options = {}) {
      const id = `F${state.next()}`;
      const buffer = Buffer.from(bytes);
      const mimetype = options.mimetype ?? 'application/octet-stream';
      state.memberFiles.set(id, {
        id,
        name,
        user,
        bytes: buffer,
        mimetype,
        size: options.size ?? buffer.length,
        downloads: [],
      });
      const path = `/files-pri/${TEAM_ID}-${id}/${encodeURIComponent(name)}`;
      // The fields of a file object the bot reads (https://docs.slack.dev/reference/objects/file-object).
      return {
        id,
        name,
        title: name,
        mimetype,
        filetype: name.split('.').pop() ?? '',
        user,
        size: options.size ?? buffer.length,
        is_external: false,
        url_private: `${base}${path}`,
        url_private_download: `${base}/files-pri/${TEAM_ID}-${id}/download/${encodeURIComponent(name)}`,
      };
    },
    addUser(user) {
      state.users.set(user.id, user);
    },
    setUserLocale(id, locale) {
      const user = state.users.get(id);
      if (!user) throw new Error(`no user ${id}`);
      user.locale = locale;
    },
    memberMessage(channel, user, text, threadTs) {
      const ts = state.nextTs();
      state.messages.push({
        channel,
        ts,
        ...(threadTs ? { threadTs } : {}),
        user,
        text,
        deleted: false,
        updates: 0,
        versions: [],
      });
      return ts;
    },
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Params as the calls log keeps them: JSON fields decoded where they parse. */
function readable(params: Record<string, unknown>): Record<string, unknown> {
  try {
    return decodeParams(params);
  } catch {
    return params;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseParams(req: IncomingMessage, body: Buffer): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(body.toString('utf8') || '{}');
  if (type.includes('multipart/form-data')) {
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(body),
    }).formData();
    const out: Record<string, unknown> = {};
    for (const [key, value] of form) out[key] = typeof value === 'string' ? value : '[binary]';
    return out;
  }
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

/** The bytes of the file part of a multipart upload (WebClient sends it in a field named `body`). */
async function multipartFile(req: IncomingMessage, body: Buffer): Promise<Buffer> {
  const form = await new Request('http://fake/', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: new Uint8Array(body),
  }).formData();
  for (const [, value] of form) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

export { BOT_USER_ID };
