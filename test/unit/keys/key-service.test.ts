import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, ErrorCode, ProviderError, ReelbotError } from '../../../src/core/errors.ts';
import { type KeyCheck, KeyService, rotateKeys, sealContext } from '../../../src/core/keys/key-service.ts';
import { parseMasterKey } from '../../../src/core/keys/master-key.ts';
import { seal } from '../../../src/core/keys/sealed.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createLogger } from '../../../src/logging.ts';
import { createMemoryStore } from '../../../src/store/memory-store.ts';

const newMaster = () => parseMasterKey(randomBytes(32).toString('base64'));
const ada = { id: 'U-ada', name: 'Ada' };
const caps = { fal: 2, runway: 1, openai: 2 };
/** A distinct key per call, as a provider would issue. */
const falKey = () => `fal-${randomBytes(12).toString('hex')}`;

function service(
  options: {
    master?: ReturnType<typeof newMaster>;
    check?: KeyCheck;
    store?: ReturnType<typeof createMemoryStore>;
  } = {},
) {
  const store = options.store ?? createMemoryStore();
  const master = 'master' in options ? options.master : newMaster();
  const keys = new KeyService({
    repo: store.keys,
    ...(master ? { master } : {}),
    clock: { now: () => 1_750_000_000_000 },
    logger: silentLogger,
    ...(options.check ? { check: options.check } : {}),
    defaultCaps: caps,
  });
  return { keys, store, master };
}

describe('KeyService', () => {
  it('keeps a checked key sealed and shows only provider, last four, who and when', async () => {
    const checked: string[] = [];
    const { keys, store } = service({
      check: async (provider, key) => void checked.push(`${provider}:${key}`),
    });
    const key = falKey();
    const view = await keys.add('discord:G1', 'fal', `  ${key}\n`, ada);
    expect(checked).toEqual([`fal:${key}`]);
    expect(view).toEqual({
      spentUsd: 0,
      provider: 'fal',
      last4: key.slice(-4),
      addedBy: ada,
      addedAt: 1_750_000_000_000,
      maxInFlight: 2,
    });
    expect(await keys.list('discord:G1')).toEqual([view]);
    await keys.recordSpend('discord:G1', 'fal', 'clip-1', 0.4);
    await keys.recordSpend('discord:G1', 'fal', 'clip-1', 0.4);
    await keys.recordSpend('discord:G1', 'fal', 'clip-2', 0.15);
    expect((await keys.list('discord:G1'))[0]?.spentUsd).toBe(0.55);
    expect(JSON.stringify(await store.keys.list('discord:G1'))).not.toContain(key);
    expect((await keys.open('discord:G1', 'fal'))?.key).toBe(key);
    expect(await keys.open('discord:G1', 'runway')).toBeUndefined();
    expect(await keys.open('discord:G2', 'fal')).toBeUndefined();
  });

  it.each([
    ['empty', '', /box was empty/],
    ['whitespace', '   \n\t ', /box was empty/],
    ['spaced', 'fal-abc def-123456', /no spaces or line breaks/],
    ['two lines', 'fal-abcdef\nfal-123456', /no spaces or line breaks/],
    ['too short', 'abc', /too short/],
    ['huge', 'k'.repeat(10_000), /longer than any provider key/],
  ])('refuses a %s key before any provider call, storing nothing', async (_what, text, message) => {
    let calls = 0;
    const { keys, store } = service({ check: async () => void calls++ });
    const error = await keys.add('slack:T1', 'fal', text, ada).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReelbotError);
    expect((error as ReelbotError).code).toBe(ErrorCode.InvalidInput);
    expect((error as ReelbotError).userMessage).toMatch(message);
    expect(calls).toBe(0);
    expect(await store.keys.scopes()).toEqual([]);
  });

  it('refuses a provider it cannot take keys for, and a key its provider refuses, storing nothing', async () => {
    const refuse: KeyCheck = async () => {
      throw new ProviderError(ErrorCode.ProviderAuth, 'fal refused that key: it is not valid.');
    };
    const { keys, store } = service({ check: refuse });
    await expect(keys.add('slack:T1', 'simulator', falKey(), ada)).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    await expect(keys.add('slack:T1', 'fal', falKey(), ada)).rejects.toMatchObject({
      code: ErrorCode.ProviderAuth,
      userMessage: 'fal refused that key: it is not valid.',
    });
    expect(await store.keys.scopes()).toEqual([]);
  });

  it('is off without a master key, and says so', async () => {
    const { keys, store } = service({ master: undefined });
    expect(keys.enabled).toBe(false);
    await expect(keys.add('studio:local', 'fal', falKey(), ada)).rejects.toThrow(/REELBOT_MASTER_KEY/);
    expect(await store.keys.scopes()).toEqual([]);
    expect(await keys.verifyAll()).toEqual({ keys: 0 });
  });

  it('sets a per-key cap, refuses a bad one, and removes a key', async () => {
    const { keys } = service();
    await keys.add('discord:G1', 'runway', `key_${randomBytes(16).toString('hex')}`, ada);
    expect((await keys.list('discord:G1'))[0]?.maxInFlight).toBe(1);
    await keys.setCap('discord:G1', 'runway', 3);
    expect((await keys.open('discord:G1', 'runway'))?.maxInFlight).toBe(3);
    await expect(keys.setCap('discord:G1', 'runway', 0)).rejects.toMatchObject({
      code: ErrorCode.InvalidInput,
    });
    await expect(keys.setCap('discord:G1', 'fal', 2)).rejects.toMatchObject({ code: ErrorCode.NotFound });
    expect(await keys.remove('discord:G1', 'runway')).toBe(true);
    expect(await keys.list('discord:G1')).toEqual([]);
  });

  it('hides a key from every log line from the moment it is opened', async () => {
    const store = createMemoryStore();
    const master = newMaster();
    const key = falKey();
    await service({ store, master }).keys.add('discord:G9', 'fal', key, ada);
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // A logger built before the key was ever opened in it, with no configured secret at all.
    const logger = createLogger({ level: 'info', destination });
    const opened = await service({ store, master }).keys.open('discord:G9', 'fal');
    logger.error({ err: `401 for Bearer ${opened?.key}` }, `provider said ${opened?.key}`);
    expect(lines.join('')).toContain('[redacted]');
    expect(lines.join('')).not.toContain(key);
  });
});

describe('start-up check and rotation', () => {
  it('fails with one line for keys sealed under another master key, or with none set', async () => {
    const store = createMemoryStore();
    const first = newMaster();
    await service({ store, master: first }).keys.add('discord:G1', 'fal', falKey(), ada);
    expect(await service({ store, master: first }).keys.verifyAll()).toEqual({ keys: 1 });
    const wrong = newMaster();
    const error = await service({ store, master: wrong })
      .keys.verifyAll()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      `REELBOT_MASTER_KEY: stored provider keys are sealed under master key ${first.id}, not this one (${wrong.id}); use that key, or run npm run rotate-keys`,
    );
    expect((error as Error).message).not.toContain('\n');
    await expect(service({ store, master: undefined }).keys.verifyAll()).rejects.toThrow(
      /^REELBOT_MASTER_KEY: not set, but workspaces have stored provider keys/,
    );
  });

  it('fails with one line when a record fails its auth tag', async () => {
    const store = createMemoryStore();
    const master = newMaster();
    await service({ store, master }).keys.add('discord:G1', 'fal', falKey(), ada);
    const record = (await store.keys.get('discord:G1', 'fal'))!;
    await store.keys.put({
      ...record,
      sealed: { ...record.sealed, tag: Buffer.alloc(16, 1).toString('base64') },
    });
    await expect(service({ store, master }).keys.verifyAll()).rejects.toThrow(
      /^REELBOT_MASTER_KEY: a stored provider key fails its integrity check/,
    );
  });

  it('re-seals every key under the new master key, and a second run after a crash finishes the rest', async () => {
    const store = createMemoryStore();
    const old = newMaster();
    const next = newMaster();
    const added = new Map<string, string>();
    for (const scope of ['discord:G1', 'slack:T1', 'studio:local']) {
      for (const provider of ['fal', 'runway'] as const) {
        const key = falKey();
        added.set(`${scope}/${provider}`, key);
        await service({ store, master: old }).keys.add(scope, provider, key, ada);
      }
    }
    // A run that "crashed" after moving one record: the store is half old, half new.
    const one = (await store.keys.get('slack:T1', 'runway'))!;
    await store.keys.reseal(
      'slack:T1',
      'runway',
      old.id,
      seal(next, added.get('slack:T1/runway')!, sealContext('slack:T1', 'runway')),
    );
    expect((await store.keys.get('slack:T1', 'runway'))?.sealed.keyId).toBe(next.id);
    expect(one.sealed.keyId).toBe(old.id);

    expect(await rotateKeys(store.keys, old, next)).toEqual({ moved: 5, already: 1 });
    expect(await rotateKeys(store.keys, old, next)).toEqual({ moved: 0, already: 6 });
    const after = service({ store, master: next }).keys;
    expect(await after.verifyAll()).toEqual({ keys: 6 });
    for (const [where, key] of added) {
      const [scope, provider] = where.split('/') as [string, string];
      expect((await after.open(scope, provider))?.key).toBe(key);
    }
    await expect(service({ store, master: old }).keys.verifyAll()).rejects.toThrow(ConfigError);
    // Rotating with a pair that matches neither stops with one line and changes nothing.
    await expect(rotateKeys(store.keys, newMaster(), newMaster())).rejects.toThrow(
      /^REELBOT_MASTER_KEY_OLD: a stored key is sealed under master key/,
    );
    expect(await after.verifyAll()).toEqual({ keys: 6 });
  });
});

describe('logging with keys registered', () => {
  it('keeps an error an error (its stack printed) while scrubbing a key out of it', async () => {
    const key = falKey();
    const store = createMemoryStore();
    const master = newMaster();
    await service({ store, master }).keys.add('discord:G3', 'fal', key, ada);
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    logger.error({ err: new Error(`fal said 401 for ${key}`) }, 'submit failed');
    const line = JSON.parse(lines[0]!) as { err: { message: string; stack: string; type: string } };
    expect(line.err.type).toBe('Error');
    expect(line.err.message).toBe('fal said 401 for [redacted]');
    expect(line.err.stack).toMatch(/\n\s+at /);
    expect(lines.join('')).not.toContain(key);
  });
});
