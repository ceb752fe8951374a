import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, findCommand, findFormCommand } from '../../commands/index.ts';
import { KEYS_OFF } from '../../commands/keys-gate.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { executeCommand, FORM_UNAVAILABLE, runCommand } from '../../commands/pipeline.ts';
import type { CommandContext, CommandDefinition, CommandForm, CommandReply } from '../../commands/types.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import { ErrorCode, ReelbotError, sentenceFor } from '../../src/core/errors.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { KeyService } from '../../src/core/keys/key-service.ts';
import { parseMasterKey } from '../../src/core/keys/master-key.ts';
import type { Store } from '../../src/core/ports/store.ts';
import type { Services } from '../../src/core/services.ts';
import { createLogger } from '../../src/logging.ts';
import { createKeyCheck } from '../../src/providers/key-check.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { createRedisStore } from '../../src/store/redis-store.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';
import { simTempDir } from '../helpers/simulator-media.ts';

/**
 * Issue 17, the admins' side: `/sora keys list|add|remove|cap` and the key form's submission,
 * through the command pipeline (its gates included) over a real KeyService on the memory and the
 * Redis store, each key checked by the real provider check against the simulator, which takes
 * only its one key. Every answer, form and log line is searched for the keys afterwards.
 */

/** The simulator's one accepted key: fal, Runway and OpenAI calls all take it. */
const GOOD = `good-${randomBytes(16).toString('hex')}`;
const place = { surface: 'discord', workspaceId: 'G1', channelId: 'C1' };
const admin: Actor = { id: 'U-admin', name: 'Ada', admin: true };
const member: Actor = { id: 'U-bob', name: 'Bob', admin: false };

let sim: Simulator;
const prefix = uniquePrefix('keys-commands');
const logLines: string[] = [];
/** Everything a member was shown: answers, refusals, forms. */
const shown: string[] = [];
/** Every key typed in these tests, good or bad. */
const typed: string[] = [];

beforeAll(async () => {
  sim = await createSimulator({ mediaDir: simTempDir('keys-commands'), renderMs: 1000, apiKey: GOOD });
});
afterAll(async () => {
  await sim.close();
  await dropPrefix(prefix);
  // The secrets check over everything these tests showed and logged.
  expect(shown.length).toBeGreaterThan(20);
  for (const key of typed.filter((k) => k.trim().length >= 8)) {
    for (const text of [...shown, ...logLines]) expect(text).not.toContain(key.trim());
  }
});

const logger = createLogger({
  level: 'debug',
  destination: new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  }),
});

function servicesOf(store: Store, on = true): Services {
  const keys = new KeyService({
    repo: store.keys,
    ...(on ? { master: parseMasterKey(randomBytes(32).toString('base64')) } : {}),
    clock: { now: () => Date.UTC(2026, 11, 5) },
    logger,
    check: createKeyCheck(
      loadConfig({
        VIDEO_PROVIDER: 'fal,runway,openai',
        FAL_KEY: 'operator-fal-key',
        FAL_BASE_URL: sim.falUrl,
        RUNWAYML_API_SECRET: 'operator-runway-key',
        RUNWAY_BASE_URL: sim.runwayUrl,
        OPENAI_API_KEY: 'operator-openai-key',
        OPENAI_BASE_URL: sim.url,
        MODERATION: 'off',
      }),
    ),
    defaultCaps: { fal: 2, runway: 1, openai: 2 },
  });
  // The rate gate has its own tests; here every press is allowed and counted.
  const workspace = { limitRate: async () => {}, languages: async () => ({ member: 'en', channel: 'en' }) };
  return { keys, workspace } as unknown as Services;
}

const contextOf = (services: Services, actor: Actor): CommandContext => ({
  services,
  actor,
  place,
  commandName: 'sora',
});

/** A reply or the refusal, with what it showed recorded for the secrets check. */
async function run(
  definition: CommandDefinition,
  raw: RawOptions,
  services: Services,
  actor: Actor = admin,
): Promise<CommandReply | ReelbotError> {
  try {
    const { reply } = await executeCommand(definition, raw, contextOf(services, actor));
    shown.push(JSON.stringify(reply));
    return reply;
  } catch (error) {
    if (!(error instanceof ReelbotError)) throw error;
    shown.push(error.userMessage, error.message);
    return error;
  }
}

const keysCommand = (name: string) => findCommand(name, 'keys')!;
const textOf = (reply: CommandReply | ReelbotError) => {
  if (reply instanceof ReelbotError) throw reply;
  if (reply.kind !== 'text') throw new Error(`expected text, got ${reply.kind}`);
  expect(reply.private).toBe(true);
  return reply.text;
};
const formOf = (reply: CommandReply | ReelbotError): CommandForm => {
  if (reply instanceof ReelbotError) throw reply;
  if (reply.kind !== 'form') throw new Error(`expected a form, got ${reply.kind}`);
  return reply.form;
};
const refusalOf = (reply: CommandReply | ReelbotError): ReelbotError => {
  if (!(reply instanceof ReelbotError)) throw new Error(`expected a refusal, got ${JSON.stringify(reply)}`);
  return reply;
};

/** Submit the key form as a surface does: the form's command with its values and the text typed. */
async function submit(form: CommandForm, text: string, services: Services, actor: Actor = admin) {
  typed.push(text);
  const command = findFormCommand(form.submit.name, form.submit.group)!;
  expect(command).toBeDefined();
  const [field] = form.fields;
  return run(command, { ...form.submit.values, [field!.id]: text }, services, actor);
}

describe('the keys commands as declared', () => {
  it('are four admin subcommands in the keys group, none of which takes the key as an option', () => {
    const group = COMMANDS.filter((c) => c.group === 'keys').map((c) => c.name);
    expect(group.sort()).toEqual(['add', 'cap', 'list', 'remove']);
    for (const command of COMMANDS.filter((c) => c.group === 'keys')) {
      expect(command.options.map((o) => o.name)).not.toContain('key');
      expect(
        command.options.every(
          (o) => o.name === 'provider' || o.maxLength !== undefined || o.type === 'integer',
        ),
      ).toBe(true);
      // Every one is in the English catalog as it is declared.
      expect(translator('en')(`command.keys.${command.name}.description` as never)).toBe(command.description);
    }
    // The form's command is offered nowhere as a typed command.
    expect(findCommand('submit', 'keys')).toBeUndefined();
    expect(findFormCommand('submit', 'keys')).toBeDefined();
  });
});

describe.each([
  ['memory', async () => createMemoryStore()],
  [
    'redis',
    async () => createRedisStore({ url: REDIS_URL, prefix: `${prefix}:${randomBytes(4).toString('hex')}` }),
  ],
])('/sora keys on the %s store', (_name, makeStore) => {
  let store: Store;
  let services: Services;
  beforeAll(async () => {
    store = await makeStore();
    services = servicesOf(store);
  });

  it('add answers with a private form; its submission stores the key and says only provider and last four', async () => {
    const form = formOf(await run(keysCommand('add'), { provider: 'fal' }, services));
    expect(form.title).toBe('Add a key: fal');
    expect(form.fields).toEqual([{ id: 'key', label: 'fal API key', secret: true, maxLength: 400 }]);
    expect(form.submit).toEqual({ group: 'keys', name: 'submit', values: { provider: 'fal' } });

    const saved = textOf(await submit(form, `  ${GOOD}\n`, services));
    expect(saved).toBe(
      `Saved: this server’s fal key ending in ${GOOD.slice(-4)}. Its clips are now made with it.`,
    );
    const list = textOf(await run(keysCommand('list'), {}, services));
    expect(list).toBe(
      `This server’s own provider keys:\n• fal key ending in ${GOOD.slice(-4)}: added by Ada on 2026-12-05; at most 2 in flight; $0.00 spent on it`,
    );
    expect((await store.keys.list('discord:G1')).map((r) => r.provider)).toEqual(['fal']);
    expect(JSON.stringify(await store.keys.list('discord:G1'))).not.toContain(GOOD);
  });

  it('cap changes the key’s renders in flight; a bad number or a provider without a key is refused', async () => {
    expect(textOf(await run(keysCommand('cap'), { provider: 'fal', renders: 5 }, services))).toBe(
      `The fal key ending in ${GOOD.slice(-4)} now runs at most 5 renders at once; more wait in the queue.`,
    );
    expect(textOf(await run(keysCommand('list'), {}, services))).toContain('at most 5 in flight');
    for (const renders of [0, 1001, 2.5]) {
      const refused = refusalOf(await run(keysCommand('cap'), { provider: 'fal', renders }, services));
      expect(refused.userMessage).toMatch(/A render cap is a whole number from 1 to 1000/);
    }
    const none = refusalOf(await run(keysCommand('cap'), { provider: 'runway', renders: 3 }, services));
    expect(none.code).toBe(ErrorCode.NotFound);
    expect(none.userMessage).toBe('This workspace has no runway key.');
  });

  it('answers, draws its form and refuses in the member’s language', async () => {
    const inLanguage = async (member: 'ja' | 'es' | 'de', definition: CommandDefinition, raw: RawOptions) => {
      try {
        return (
          await executeCommand(definition, raw, {
            ...contextOf(services, admin),
            languages: { member, channel: 'en' },
          })
        ).reply;
      } catch (error) {
        return sentenceFor(error as ReelbotError, translator(member));
      }
    };
    const list = textOf((await inLanguage('ja', keysCommand('list'), {})) as CommandReply);
    expect(list.split('\n')[0]).toBe('このサーバー独自のプロバイダーキー:');
    expect(list).toContain(`末尾 ${GOOD.slice(-4)} の fal キー`);
    const form = formOf((await inLanguage('es', keysCommand('add'), { provider: 'fal' })) as CommandReply);
    expect(form).toMatchObject({
      title: 'Agregar clave: fal',
      submitLabel: 'Guardar',
      closeLabel: 'Cancelar',
      fields: [{ id: 'key', label: 'Clave de API de fal', secret: true }],
    });
    expect(await inLanguage('de', keysCommand('cap'), { provider: 'runway', renders: 3 })).toBe(
      'Dieser Workspace hat keinen runway-Schlüssel.',
    );
  });

  it('the key form’s bad inputs are each refused clearly, and nothing is stored', async () => {
    const form = formOf(await run(keysCommand('add'), { provider: 'runway' }, services));
    const cases: [string, RegExp][] = [
      ['', /Paste the key itself: the box was empty/],
      ['   \n ', /Paste the key itself: the box was empty/],
      ['key with spaces in it', /A key has no spaces or line breaks/],
      ['x'.repeat(600), /longer than any provider key/],
      // A fal key (id:secret, @fal-ai/client's FAL_KEY_ID:FAL_KEY_SECRET) pasted into Runway's form:
      // no provider documents its keys' format, so Runway's own check refuses it.
      [
        `${randomBytes(8).toString('hex')}:${randomBytes(16).toString('hex')}`,
        /^runway refused that key \(401\)/,
      ],
      // A key the provider refuses.
      [`refused-${randomBytes(16).toString('hex')}`, /^runway refused that key \(401\)/],
    ];
    for (const [text, says] of cases) {
      const refused = refusalOf(await submit(form, text, services));
      expect(refused.userMessage, JSON.stringify(text)).toMatch(says);
    }
    expect((await store.keys.list('discord:G1')).map((r) => r.provider)).toEqual(['fal']);
    // A forged form naming a provider nobody offers changes nothing either.
    const forged = refusalOf(
      await submit({ ...form, submit: { ...form.submit, values: { provider: 'acme' } } }, GOOD, services),
    );
    expect(forged.code).toBe(ErrorCode.InvalidInput);
    expect((await store.keys.list('discord:G1')).length).toBe(1);
  });

  it('members are refused every keys command and the form, before anything is read or changed', async () => {
    for (const [name, raw] of [
      ['list', {}],
      ['add', { provider: 'openai' }],
      ['remove', { provider: 'fal' }],
      ['cap', { provider: 'fal', renders: 1 }],
    ] as const) {
      const refused = refusalOf(await run(keysCommand(name), raw, services, member));
      expect(refused.code, name).toBe(ErrorCode.Forbidden);
      expect(refused.userMessage).toMatch(/^Only admins can manage this server’s provider keys here/);
    }
    const form = formOf(await run(keysCommand('add'), { provider: 'openai' }, services));
    expect(refusalOf(await submit(form, GOOD, services, member)).code).toBe(ErrorCode.Forbidden);
    expect((await store.keys.list('discord:G1')).length).toBe(1);
  });

  it('remove takes the key away; with the wrong last four it removes nothing', async () => {
    const wrong = refusalOf(await run(keysCommand('remove'), { provider: 'fal', last4: 'zzzz' }, services));
    expect(wrong.code).toBe(ErrorCode.NotFound);
    expect(wrong.userMessage).toBe('This server has no fal key ending in zzzz, so nothing was removed.');
    expect((await store.keys.list('discord:G1')).length).toBe(1);
    expect(
      textOf(await run(keysCommand('remove'), { provider: 'fal', last4: GOOD.slice(-4) }, services)),
    ).toMatch(new RegExp(`^The fal key ending in ${GOOD.slice(-4)} is removed\\.`));
    expect(await store.keys.list('discord:G1')).toEqual([]);
    expect(textOf(await run(keysCommand('list'), {}, services))).toBe(
      'This server has no provider keys of its own. Add one with /sora keys add provider:<fal|runway|openai>.',
    );
  });

  it('usage shows admins what each key spent, by provider and last four; members see no keys', async () => {
    const form = formOf(await run(keysCommand('add'), { provider: 'openai' }, services));
    textOf(await submit(form, GOOD, services));
    await services.keys.recordSpend('discord:G1', 'openai', 'clip-1', 1.25);
    await services.keys.recordSpend('discord:G1', 'openai', 'clip-1', 1.25);
    const usage = findCommand('usage')!;
    const report = {
      limitRate: async () => {},
      usage: async () => usageReport,
      languages: async () => ({ member: 'en', channel: 'en' }),
    };
    const withUsage = { ...services, workspace: report } as unknown as Services;
    const forAdmin = textOf(await run(usage, {}, withUsage, admin));
    expect(forAdmin).toContain(
      `This server’s own provider keys, spent on each so far: openai key ending in ${GOOD.slice(-4)}: $1.25.`,
    );
    const forMember = textOf(await run(usage, {}, withUsage, member));
    expect(forMember).not.toContain('provider keys');
  });
});

const zero = { clips: 0, seconds: 0, reservedCents: 0, releasedCents: 0, settledCents: 0 };
const usageReport = {
  member: { day: zero, month: zero, active: 0 },
  workspace: { day: zero, month: zero },
  limits: {},
  dayEndsAt: Date.UTC(2026, 11, 6),
  monthEndsAt: Date.UTC(2027, 0, 1),
  now: Date.UTC(2026, 11, 5),
};

describe('with no REELBOT_MASTER_KEY', () => {
  it('every keys command and the form say the feature is off and how to turn it on; nothing is stored', async () => {
    const store = createMemoryStore();
    const off = servicesOf(store, false);
    for (const [name, raw] of [
      ['list', {}],
      ['add', { provider: 'fal' }],
      ['remove', { provider: 'fal' }],
      ['cap', { provider: 'fal', renders: 2 }],
    ] as const) {
      const refused = refusalOf(await run(keysCommand(name), raw, off));
      expect(refused.userMessage, name).toBe(KEYS_OFF);
      expect(refused.userMessage).toMatch(/switched off.*REELBOT_MASTER_KEY.*openssl rand -base64 32/);
    }
    const form = formOf(await run(keysCommand('add'), { provider: 'fal' }, servicesOf(createMemoryStore())));
    expect(refusalOf(await submit(form, GOOD, off)).userMessage).toBe(KEYS_OFF);
    expect(await store.keys.list('discord:G1')).toEqual([]);
  });
});

describe('runCommand and the form', () => {
  it('hands the form to a surface that can show one, and tells the member where else it can', async () => {
    const services = servicesOf(createMemoryStore());
    const context = contextOf(services, admin);
    const opened: CommandForm[] = [];
    const answers: string[] = [];
    const hooks = {
      answerPrivately: async (text: string) => void answers.push(text),
      answerPublicly: async () => {},
    };
    await runCommand(keysCommand('add'), { provider: 'runway' }, context, {
      ...hooks,
      openForm: async (form) => void opened.push(form),
    });
    expect(opened.map((f) => f.title)).toEqual(['Add a key: runway']);
    expect(answers).toEqual([]);
    await runCommand(keysCommand('add'), { provider: 'runway' }, context, hooks);
    expect(answers).toEqual([FORM_UNAVAILABLE]);
    shown.push(...answers);
  });
});
