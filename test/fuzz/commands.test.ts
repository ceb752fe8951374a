import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardMessage, textMessage } from '../../adapters/discord/render.ts';
import { renderCard, renderNotice } from '../../adapters/slack/render.ts';
import { createStudioAdapter } from '../../adapters/studio/index.ts';
import type { MessageView } from '../../adapters/studio/web/types.ts';
import type { SurfaceAdapter } from '../../adapters/types.ts';
import { COMMANDS } from '../../commands/index.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { executeCommand } from '../../commands/pipeline.ts';
import { adapterContext } from '../../src/adapter-context.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { toCents } from '../../src/core/budget/money.ts';
import type { ClipCard } from '../../src/core/card/card.ts';
import { isTerminal } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { HttpRouter } from '../../src/http/router.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { prng, type Rng, randomJson, randomText } from './generators.ts';

/**
 * Thousands of generated inputs against the commands and the studio's API: forged message ids,
 * random Unicode, huge strings, wrong types, blocked words, names without consent, members
 * without rights. Whatever arrives: no crash (no 5xx, no error logged, no unexpected exception),
 * no ping (nothing the bot would post carries a live mention on Discord or Slack), and no charge
 * for refused input (the ledger does not move, the provider is never asked). Set FUZZ_SEED to
 * replay a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_001);
const STUDIO_COMMANDS = 1500;
const STUDIO_ACTIONS = 800;
const DIRECT_COMMANDS = 1200;

const errors: string[] = [];
const logger: Logger = {
  child: () => logger,
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: (fields, message) => errors.push(`${message} ${JSON.stringify(fields)}`),
};

let app: App;
let adapter: SurfaceAdapter;
let http: HttpRouter;
let url: string;
const provider = new FakeProvider();

beforeAll(async () => {
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    MEDIA_DIR: tempDir('fuzz'),
    POLL_MIN_MS: '100',
    POLL_MAX_MS: '200',
    CARD_EDIT_INTERVAL_MS: '0',
    WORKER_CONCURRENCY: '4',
    // A budget that runs out, so refusals of every kind are exercised.
    BUDGET_DAILY_USD: '4',
    MEMBER_MAX_ACTIVE: '4',
    RATE_LIMIT_PER_MINUTE: '10000',
    BLOCKLIST: 'gore,blocked word',
  });
  app = await createApp(config, logger, { providers: [provider], media: createFakeMedia() });
  http = new HttpRouter(logger);
  adapter = createStudioAdapter(adapterContext(app, http), config, { print: () => {} });
  app.messengers.register(adapter.messenger);
  await adapter.start();
  await app.startWorker();
  url = await http.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await app?.close();
});

const today = () => new Date().toISOString().slice(0, 10);
async function reserved(scope: string): Promise<number> {
  const books = await app.store.ledger.usage({
    scope,
    memberId: '-',
    day: today(),
    month: today().slice(0, 7),
  });
  return books.month.workspace.reservedCents;
}

/** A live mention on Discord: unescaped `<@…>`, `<@&…>`, `<#…>`, or a bare @everyone/@here. */
const DISCORD_PING = /(?<!\\)<[@#!&]|@(everyone|here)\b/;
/** A live mention on Slack: `<@U…>`, `<!channel>`, `<#C…>` (escaped text has &lt; instead). */
const SLACK_PING = /<[@!#]/;

/** Everything the bot would post for this text or card, on both platforms, must ping nobody. */
function assertNoPing(what: string, seed: string, text?: string, card?: ClipCard) {
  const bodies: { discord: unknown; slack: unknown }[] = [];
  if (text !== undefined) bodies.push({ discord: textMessage(text), slack: renderNotice(text) });
  if (card) bodies.push({ discord: cardMessage(card), slack: renderCard(card) });
  for (const { discord, slack } of bodies) {
    const d = discord as { allowed_mentions: { parse: unknown[] } };
    expect(d.allowed_mentions.parse, `${what} (${seed})`).toEqual([]);
    expect(JSON.stringify(discord).replaceAll('\\\\', '\\'), `${what} on Discord (${seed})`).not.toMatch(
      DISCORD_PING,
    );
    expect(JSON.stringify(slack), `${what} on Slack (${seed})`).not.toMatch(SLACK_PING);
  }
}

const MEMBERS = ['ada', 'bob', 'cy'];
const ALLOWED = new Set([200, 400, 403, 404, 409, 413, 422, 429]);

/** A command line: mostly well-formed with random values, sometimes anything at all. */
function commandLine(r: Rng): string {
  if (r.chance(0.15)) return randomText(r, 300);
  const command = r.chance(0.9) ? r.pick(COMMANDS) : undefined;
  const name = command?.name ?? randomText(r, 12);
  const parts = [r.chance(0.95) ? `/sora ${name}` : `/${randomText(r, 6)} ${name}`];
  for (const option of command?.options ?? []) {
    if (!r.chance(option.required ? 0.9 : 0.4)) continue;
    const choices = option.choices?.({ providers: app.providers }) ?? [];
    const value =
      choices.length && r.chance(0.6)
        ? String(r.pick(choices).value)
        : option.type === 'integer' && r.chance(0.5)
          ? String(r.pick([0, -3, 4, 8, 5, 1e9, 2.5]))
          : randomText(r, option.name === 'prompt' ? 400 : 60);
    parts.push(`${option.name}:${value}`);
  }
  return parts.join(' ');
}

describe(`fuzzing commands and the studio's API (FUZZ_SEED=${SEED})`, () => {
  const accepted = new Map<string, number>();
  const said: string[] = [];

  it('refuses bad input through the studio with a sentence, never a crash or a charge', {
    timeout: 120_000,
  }, async () => {
    const r = prng(SEED);
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const messageIds = async () =>
      (
        (await (await fetch(`${url}/studio/api/messages?channel=general`)).json()) as {
          messages: MessageView[];
        }
      ).messages.map((m) => m.id);

    for (let i = 0; i < STUDIO_COMMANDS + STUDIO_ACTIONS; i++) {
      const isCommand = i < STUDIO_COMMANDS;
      const tag = `input ${i}, seed ${SEED}`;
      let body: unknown;
      if (r.chance(0.08)) {
        body = randomJson(r);
      } else if (isCommand) {
        body = {
          channel: r.chance(0.95) ? 'general' : randomJson(r),
          member: r.chance(0.93) ? r.pick(MEMBERS) : randomJson(r),
          text: r.chance(0.97) ? commandLine(r) : randomJson(r),
          ...(r.chance(0.3) ? { nonce: r.chance(0.8) ? `n${SEED}x${i}aaaa` : randomJson(r) } : {}),
        };
      } else {
        const ids = await messageIds();
        body = {
          action: r.chance(0.92)
            ? r.pick(['remix', 'edit', 'reroll', 'cancel', 'delete', 'react'])
            : randomJson(r),
          member: r.chance(0.93) ? r.pick(MEMBERS) : randomJson(r),
          message:
            ids.length && r.chance(0.6)
              ? r.pick(ids)
              : r.chance(0.5)
                ? `m${r.int(0, 999)}-forged`
                : randomJson(r),
          ...(r.chance(0.8) ? { prompt: r.chance(0.9) ? randomText(r, 300) : randomJson(r) } : {}),
          ...(r.chance(0.5) ? { on: r.chance(0.8) ? r.chance(0.5) : randomJson(r) } : {}),
          ...(r.chance(0.2) ? { nonce: `a${SEED}x${i}aaaa` } : {}),
        };
      }
      const before = await reserved('studio:local');
      const res = await post(isCommand ? '/studio/api/commands' : '/studio/api/actions', body);
      expect(ALLOWED.has(res.status), `status ${res.status} ${JSON.stringify(res.body)} (${tag})`).toBe(true);
      const after = await reserved('studio:local');
      const error = res.body.error as { code: string; message: string } | undefined;
      if (error) {
        expect(error.code, tag).not.toBe(ErrorCode.Internal);
        expect(error.message.length, tag).toBeGreaterThan(0);
        said.push(error.message);
        expect(after, `a refused input moved the ledger (${tag})`).toBe(before);
        continue;
      }
      const message = res.body.message as MessageView | undefined;
      const clipId = message?.card?.clipId;
      // A command answers a new clip as kind 'clip'; a button (Re-roll, Remix, Edit) answers with the
      // new clip's card alone, which the cost check below holds to that clip's reservation as strictly.
      if ((res.body.kind === 'clip' || !isCommand) && clipId && after > before) {
        const clip = await app.store.clips.get(clipId);
        expect(after - before, tag).toBe(toCents(clip!.estimatedCostUsd));
        accepted.set(clipId, after - before);
      } else {
        expect(after, `only a new clip may move the ledger (${tag})`).toBe(before);
      }
      if (typeof res.body.text === 'string') said.push(res.body.text);
      if (typeof res.body.notice === 'string') said.push(res.body.notice);
    }
    expect(accepted.size).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('refuses bad input given straight to the commands, as Discord and Slack pass it', async () => {
    const r = prng(SEED + 1);
    const scope = 'test:w-direct';
    for (let i = 0; i < DIRECT_COMMANDS; i++) {
      const tag = `direct input ${i}, seed ${SEED + 1}`;
      const command = r.pick(COMMANDS);
      const raw: RawOptions = {};
      for (const option of command.options) {
        if (!r.chance(0.7)) continue;
        const choices = option.choices?.({ providers: app.providers }) ?? [];
        raw[option.name] =
          choices.length && r.chance(0.5)
            ? r.pick(choices).value
            : r.pick([randomText(r, 300), r.int(-5, 20), r.chance(0.5), undefined, 8]);
      }
      const actor = {
        id: r.chance(0.7)
          ? r.pick(['U0AAAAAAA1', 'U0BBBBBBB2', '123456789012345678'])
          : randomText(r, 40) || 'x',
        name: randomText(r, 80) || 'x',
        ...(r.chance(0.2) ? { admin: true } : {}),
        ...(r.chance(0.05) ? { bot: true } : {}),
      };
      const place = {
        surface: 'test',
        workspaceId: 'w-direct',
        channelId: r.chance(0.9) ? 'c1' : randomText(r, 30),
      };
      const before = await reserved(scope);
      try {
        const { reply } = await executeCommand(command, raw, {
          services: app.services,
          actor,
          place,
          commandName: 'sora',
        });
        const after = await reserved(scope);
        if (reply.kind === 'clip') {
          expect(after - before, tag).toBe(toCents(reply.clip.estimatedCostUsd));
          accepted.set(reply.clip.id, after - before);
          assertNoPing('a card', tag, undefined, {
            locale: 'en',
            clipId: reply.clip.id,
            prompt: reply.clip.prompt,
            author: reply.clip.author,
            state: 'queued',
            progress: 0,
            model: reply.clip.options.model,
            durationS: reply.clip.options.durationS,
            size: reply.clip.options.size,
            estimatedCostUsd: reply.clip.estimatedCostUsd,
            actions: ['cancel'],
          });
        } else {
          expect(after, tag).toBe(before);
          // A form (the key form) says its title; what it shows is the surfaces' to draw.
          said.push(reply.kind === 'form' ? reply.form.title : reply.text);
        }
      } catch (error) {
        expect(error, `${String(error)} (${tag})`).toBeInstanceOf(ReelbotError);
        expect((error as ReelbotError).code, tag).not.toBe(ErrorCode.Internal);
        expect(await reserved(scope), `a refused input moved the ledger (${tag})`).toBe(before);
        said.push((error as ReelbotError).userMessage);
      }
    }
    expect(errors).toEqual([]);
  });

  it('posted nothing that pings, bought only what it admitted, and charged what it reserved', {
    timeout: 60_000,
  }, async () => {
    // Let the worker finish what was admitted.
    const deadline = Date.now() + 40_000;
    for (;;) {
      const clips = await Promise.all([...accepted.keys()].map((id) => app.store.clips.get(id)));
      if (clips.every((c) => c && isTerminal(c.state))) break;
      if (Date.now() > deadline) throw new Error('admitted clips did not finish');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Every purchase belongs to an admitted clip, once.
    const bought = provider.submits.map((s) => s.idempotencyKey.replace(/^reelbot-(.*)-submit$/, '$1'));
    expect(new Set(bought).size).toBe(provider.distinctJobs());
    // A story's shots are bought under their own clip ids; each belongs to its admitted story.
    const requestOf = async (clipId: string) => (await app.store.clips.get(clipId))?.storyId ?? clipId;
    for (const clipId of bought) expect(accepted.has(await requestOf(clipId)), clipId).toBe(true);
    // The books hold exactly the reservations of admitted clips.
    const reservedTotal = (await reserved('studio:local')) + (await reserved('test:w-direct'));
    expect(reservedTotal).toBe([...accepted.values()].reduce((a, b) => a + b, 0));

    // The checks themselves see a live mention, and let an escaped one pass.
    expect(['<@123>', '<@&1>', '<#1>', '@everyone', 'hi @here'].every((t) => DISCORD_PING.test(t))).toBe(
      true,
    );
    expect(['\\<@123>', '@\u200beveryone', 'here@'].some((t) => DISCORD_PING.test(t))).toBe(false);
    expect(SLACK_PING.test('<!channel>') && !SLACK_PING.test('&lt;!channel&gt;')).toBe(true);
    for (const text of said) assertNoPing('a reply', `seed ${SEED}`, text);
    const { messages } = (await (await fetch(`${url}/studio/api/messages?channel=general`)).json()) as {
      messages: MessageView[];
    };
    for (const message of messages) {
      assertNoPing(`message ${message.id}`, `seed ${SEED}`, message.text, message.card);
    }
    expect(said.length).toBeGreaterThan(1000);
    expect((await fetch(`${url}/studio/api/info`)).status).toBe(200);
    expect(errors).toEqual([]);
  });
});
