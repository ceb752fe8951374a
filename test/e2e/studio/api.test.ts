import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapters } from '../../../adapters/index.ts';
import { startBanner } from '../../../adapters/studio/banner.ts';
import { parseRange } from '../../../adapters/studio/media.ts';
import { STUDIO_UPLOAD_LIMIT } from '../../../adapters/studio/messenger.ts';
import type { CommandResult, MessageView } from '../../../adapters/studio/web/types.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { loadConfig } from '../../../src/config.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { waitForEnd } from '../../helpers/pipeline.ts';
import { type StudioRun, startStudio, studioEnv } from './harness.ts';

/** The studio's HTTP surface without a browser: the API's answers, media ranges, events, set-up. */
let run: StudioRun;
let clip: MessageView;

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const command = (text: string, extra: Record<string, unknown> = {}) =>
  fetch(`${run.url}/studio/api/commands`, json({ channel: 'general', member: 'ada', text, ...extra }));
const messages = async () =>
  (
    (await (await fetch(`${run.url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    }
  ).messages;

beforeAll(async () => {
  run = await startStudio(studioEnv());
  // Another adapter's route registered after the studio's, as Slack mounts /slack/events.
  run.http.route('POST', '/slack/events', (_req, res) => void res.writeHead(200).end('slack'));
  const reply = (await (
    await command('/sora generate prompt:a tide pool duration:4', { nonce: 'setup-0001' })
  ).json()) as CommandResult;
  await waitForEnd(run.app, reply.message!.card!.clipId);
  clip = (await messages()).find((m) => m.kind === 'clip')!;
});
afterAll(async () => {
  await run?.close();
});

describe('the page and its code', () => {
  it('serves the page with a policy that allows no inline script', async () => {
    const res = await fetch(`${run.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<script type="module" src="/studio/assets/app.ts"></script>');
  });

  it('serves browser TypeScript stripped to JavaScript, only from web/, with revalidation', async () => {
    const res = await fetch(`${run.url}/studio/assets/hints.ts`);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await res.text();
    expect(code).toContain("from './command-text.ts'");
    expect(code).not.toMatch(/import type|: Hint\[\]|interface /);
    const again = await fetch(`${run.url}/studio/assets/hints.ts`, {
      headers: { 'if-none-match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    for (const path of ['..%2Fmessenger.ts', '../messenger.ts', 'missing.ts', '%2E%2E/index.ts']) {
      expect((await fetch(`${run.url}/studio/assets/${path}`)).status).toBe(404);
    }
  });

  it('leaves other adapters’ routes alone', async () => {
    expect(await (await fetch(`${run.url}/slack/events`, { method: 'POST' })).text()).toBe('slack');
    expect((await fetch(`${run.url}/elsewhere`)).status).toBe(404);
  });
});

describe('the API refuses bad requests with a sentence and changes nothing', () => {
  it.each([
    [
      'not JSON',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' },
      400,
      'Send the request as JSON (Content-Type: application/json).',
    ],
    [
      'broken JSON',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      400,
      'The request body is not valid JSON.',
    ],
    [
      'another site',
      json({ channel: 'general', member: 'ada', text: '/sora help' }, { origin: 'http://evil.example' }),
      403,
      'Requests to the studio must come from the studio page.',
    ],
    [
      'an unknown member',
      json({ channel: 'general', member: 'mallory', text: '/sora help' }),
      400,
      'Pick who you are acting as: Ada, Bob, Cy.',
    ],
    [
      'an unknown channel',
      json({ channel: 'random', member: 'ada', text: '/sora help' }),
      400,
      'There is no such channel in the studio.',
    ],
    [
      'a prompt over the limit',
      json({ channel: 'general', member: 'ada', text: `/sora generate prompt:${'x'.repeat(4001)}` }),
      400,
      'Keep the prompt under 4000 characters.',
    ],
  ])('%s', async (_name, init, status, message) => {
    const before = await messages();
    const res = await fetch(`${run.url}/studio/api/commands`, init as RequestInit);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(message);
    expect(await messages()).toEqual(before);
  });

  it('refuses a request that names another host (DNS rebinding) while listening on localhost', async () => {
    const port = new URL(run.url).port;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/studio/api/messages?channel=general',
          headers: { host: `evil.example:${port}` },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject).end();
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.message).toBe('The studio answers only at localhost or 127.0.0.1.');
    expect((await fetch(`${run.url.replace('127.0.0.1', 'localhost')}/studio/api/info`)).status).toBe(200);
  });

  it('answers an action on a message that is gone with 404', async () => {
    const res = await fetch(
      `${run.url}/studio/api/actions`,
      json({ member: 'ada', action: 'cancel', message: 'm999-abcdef' }),
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: ErrorCode.NotFound, message: 'That message is not here any more.' },
    });
  });
});

describe('commands and actions', () => {
  it('answers help privately, posting nothing', async () => {
    const before = await messages();
    const reply = (await (await command('/sora help')).json()) as CommandResult;
    expect(reply).toMatchObject({ kind: 'text', private: true });
    expect(reply.kind === 'text' && reply.text).toContain('Models:');
    expect(reply.message).toBeUndefined();
    expect(await messages()).toEqual(before);
  });

  it('makes one clip and one card for a request sent twice with the same id', async () => {
    const before = await messages();
    const first = (await (
      await command('/sora generate prompt:a kite duration:4', { nonce: 'twice-0001' })
    ).json()) as CommandResult;
    const second = (await (
      await command('/sora generate prompt:a kite duration:4', { nonce: 'twice-0001' })
    ).json()) as CommandResult;
    expect(second.message?.id).toBe(first.message!.id);
    expect(second.message?.card?.clipId).toBe(first.message!.card!.clipId);
    expect((await messages()).filter((m) => m.kind === 'card')).toHaveLength(
      before.filter((m) => m.kind === 'card').length + 1,
    );
    await waitForEnd(run.app, first.message!.card!.clipId);
  });

  it('finds the clip from either message’s key, as a reaction on the platform would', async () => {
    const card = (await messages()).find((m) => m.kind === 'card' && m.card?.clipId === clip.card!.clipId)!;
    for (const key of [clip.key, card.key]) {
      expect((await run.app.services.clips.clipForMessage(key))?.id).toBe(clip.card!.clipId);
    }
    expect(clip.key).toBe(`studio:general:${clip.id}`);
  });

  it('answers /sora remixes in the channel, from the command list, with the clip’s tree', async () => {
    const res = await command(`/sora remixes clip:${clip.card!.clipId}`, { nonce: 'remixes-0001' });
    expect(res.status).toBe(200);
    const reply = (await res.json()) as CommandResult;
    expect(reply).toMatchObject({ kind: 'text', private: false });
    expect(reply.kind === 'text' && reply.text).toMatch(/^“a tide pool” by Ada · 0 votes · \d+ made from it/);
    expect((await messages()).some((m) => m.kind === 'text' && m.text?.includes('a tide pool'))).toBe(true);
  });

  it('offers Edit video where the model can edit, and makes the edit through the provider’s remix', async () => {
    expect(clip.card?.actions).toContain('edit');
    const res = await fetch(
      `${run.url}/studio/api/actions`,
      json({
        member: 'bob',
        message: clip.id,
        action: 'edit',
        prompt: 'the same pool at night',
        nonce: 'edit-0001',
      }),
    );
    expect(res.status).toBe(200);
    const { message } = (await res.json()) as { message: MessageView };
    const child = await waitForEnd(run.app, message.card!.clipId);
    expect(child).toMatchObject({ state: 'posted', origin: 'edit', parentId: clip.card!.clipId });
    const parent = await run.app.store.clips.get(clip.card!.clipId);
    // The provider was asked to change the parent's own video, not to render from scratch.
    const video = (await (
      await fetch(`${run.app.simulatorUrl}/videos/${child.providerJobId}`, {
        headers: { authorization: 'Bearer simulator' },
      })
    ).json()) as { remixed_from_video_id: string | null };
    expect(video.remixed_from_video_id).toBe(parent?.providerJobId);
    const card = (await messages()).find((m) => m.kind === 'clip' && m.card?.clipId === child.id)?.card;
    expect(card?.credit).toEqual({ clipId: clip.card!.clipId, authorName: 'Ada', origin: 'edit' });
  });
});

describe('posted clips', () => {
  const media = (headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${run.url}${clip.video!.url}`, { headers, method });

  it('serves the whole clip as video/mp4 and says ranges are accepted', async () => {
    const res = await media();
    const body = Buffer.from(await res.arrayBuffer());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(body.length).toBe(clip.video!.bytes);
    expect(body.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('answers ranges with 206 and the right bytes, and refuses impossible ones with 416', async () => {
    const whole = Buffer.from(await (await media()).arrayBuffer());
    const size = whole.length;
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=100-', 100, size - 1],
      ['bytes=-500', size - 500, size - 1],
      [`bytes=${size - 10}-${size + 1000}`, size - 10, size - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await media({ range });
      expect(res.status).toBe(206);
      expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${size}`);
      expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(start, end + 1))).toBe(true);
    }
    const past = await media({ range: `bytes=${size}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`);
    expect((await media({ range: 'bytes=0-1,5-6' })).status).toBe(200);
    const head = await media({}, 'HEAD');
    expect(head.headers.get('content-length')).toBe(String(size));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect((await fetch(`${run.url}/studio/media/m999-abcdef`)).status).toBe(404);
    expect((await fetch(`${run.url}/studio/media/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('reads ranges as RFC 9110 does', () => {
    expect(parseRange(undefined, 100)).toBeUndefined();
    expect(parseRange('bytes=5-2', 100)).toBeUndefined();
    expect(parseRange('items=0-1', 100)).toBeUndefined();
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-1000', 100)).toEqual({ start: 0, end: 99 });
  });

  it('takes clips up to its stated limit', async () => {
    expect(
      await run.adapter.messenger.uploadLimit({
        surface: 'studio',
        workspaceId: 'local',
        channelId: 'general',
      }),
    ).toBe(STUDIO_UPLOAD_LIMIT);
    await expect(
      run.adapter.messenger.upload(
        { surface: 'studio', workspaceId: 'local', channelId: 'general' },
        { path: '/nonexistent', name: 'big.mp4', bytes: STUDIO_UPLOAD_LIMIT + 1, contentType: 'video/mp4' },
        clip.card!,
        'too-big',
      ),
    ).rejects.toMatchObject({ code: ErrorCode.TooLarge });
  });
});

describe('live events', () => {
  it('streams each new card and its edits to an open page', async () => {
    const abort = new AbortController();
    const res = await fetch(`${run.url}/studio/events?channel=general`, { signal: abort.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const reply = (await (
      await command('/sora generate prompt:a moth at a lamp duration:4')
    ).json()) as CommandResult;
    const clipId = reply.message!.card!.clipId;
    while (!text.includes('"state":"posted"') || !text.includes('"kind":"clip"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    abort.abort();
    const events = text
      .split('\n\n')
      .filter((frame) => frame.startsWith('event: message'))
      .map((frame) => JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { message: MessageView });
    const states = events.filter((e) => e.message.card?.clipId === clipId).map((e) => e.message.card!.state);
    expect(states[0]).toBe('queued');
    expect(states).toContain('rendering');
    expect(states.at(-1)).toBe('posted');
  });
});

describe('set-up', () => {
  it('is on unless STUDIO=off, and a bad value names the variable', async () => {
    const http = new HttpRouter(run.app.logger);
    const on = await createAdapters(adapterContext(run.app, http), loadConfig({}));
    expect(on.map((a) => a.surface)).toEqual(['studio']);
    await Promise.all(on.map((a) => a.stop()));
    expect(await createAdapters(adapterContext(run.app, http), loadConfig({ STUDIO: 'off' }))).toEqual([]);
    expect(() => loadConfig({ STUDIO: 'maybe' })).toThrow('STUDIO: expected on or off');
  });

  it('tells a newcomer where the page is and what connects the real things', () => {
    const text = startBanner(loadConfig({}), { simulated: true, providers: ['simulator'] });
    expect(text).toContain('open http://127.0.0.1:3000/ in a browser');
    for (const variable of [
      'OPENAI_API_KEY',
      'REDIS_URL',
      'DISCORD_TOKEN',
      'SLACK_BOT_TOKEN',
      '.env.example',
    ]) {
      expect(text).toContain(variable);
    }
  });
});
