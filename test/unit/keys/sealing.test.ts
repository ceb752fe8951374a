import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { ConfigError } from '../../../src/core/errors.ts';
import { parseMasterKey } from '../../../src/core/keys/master-key.ts';
import { seal, UnsealError, unseal } from '../../../src/core/keys/sealed.ts';
import { createLogger } from '../../../src/logging.ts';
import { secretsOf } from '../../../src/secrets.ts';

const newMaster = () => parseMasterKey(randomBytes(32).toString('base64'));

describe('master key', () => {
  it('takes 32 random bytes in base64 and names them by the first 8 bytes of their SHA-256', () => {
    const text = Buffer.alloc(32, 7).toString('base64');
    const master = parseMasterKey(text);
    expect(master.bytes.length).toBe(32);
    // The first 8 bytes of SHA-256 over 32 bytes of 0x07, computed independently (Python hashlib).
    expect(master.id).toBe('4bb06f8e4e3a7715');
    expect(parseMasterKey(` ${text}\n`).id).toBe(master.id);
    expect(newMaster().id).not.toBe(master.id);
  });

  it.each([
    ['a passphrase', 'correct horse battery staple'],
    ['16 bytes', randomBytes(16).toString('base64')],
    ['64 bytes', randomBytes(64).toString('base64')],
    ['hex', randomBytes(32).toString('hex')],
    ['base64url', randomBytes(32).toString('base64url')],
  ])('refuses %s with one line naming the variable', (_what, text) => {
    expect(() => parseMasterKey(text)).toThrow(ConfigError);
    expect(() => parseMasterKey(text)).toThrow(
      /^REELBOT_MASTER_KEY: expected 32 random bytes in base64 \(make one with: openssl rand -base64 32\)$/,
    );
  });

  it('is read from the environment, off when unset, and hidden by the logs', () => {
    const text = randomBytes(32).toString('base64');
    const on = loadConfig({ REELBOT_MASTER_KEY: text });
    expect(on.keys.master?.id).toBe(parseMasterKey(text).id);
    expect(loadConfig({}).keys.master).toBeUndefined();
    expect(() => loadConfig({ REELBOT_MASTER_KEY_OLD: 'nope' })).toThrow(/^REELBOT_MASTER_KEY_OLD: expected/);
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger({ level: 'info', secrets: secretsOf(on), destination }).info({ env: text }, `key ${text}`);
    expect(lines.join('')).not.toContain(text);
  });
});

describe('operator keys and caps settings', () => {
  it('defaults to every workspace using the operator keys and each provider its starting tier', () => {
    const config = loadConfig({});
    expect(config.keys.operatorKeysFor).toBe('all');
    expect(config.keys.defaultCaps).toEqual({ fal: 2, runway: 1, openai: 2 });
  });

  it('takes none, or a list of workspace ids, and per-provider caps', () => {
    expect(loadConfig({ OPERATOR_KEYS_FOR: 'none' }).keys.operatorKeysFor).toBe('none');
    expect(loadConfig({ OPERATOR_KEYS_FOR: 'G1, T2 ,studio' }).keys.operatorKeysFor).toEqual([
      'G1',
      'T2',
      'studio',
    ]);
    expect(loadConfig({ FAL_MAX_IN_FLIGHT: '5', RUNWAY_MAX_IN_FLIGHT: '3' }).keys.defaultCaps).toEqual({
      fal: 5,
      runway: 3,
      openai: 2,
    });
    expect(() => loadConfig({ OPERATOR_KEYS_FOR: 'G1, <script>' })).toThrow(
      /^OPERATOR_KEYS_FOR: expected all, none/,
    );
    expect(() => loadConfig({ FAL_MAX_IN_FLIGHT: '0' })).toThrow(
      /^FAL_MAX_IN_FLIGHT: expected a whole number/,
    );
  });

  it('paces the operator’s keys from the starting tiers, or PROVIDER_CONCURRENCY', () => {
    expect(loadConfig({}).keys.operatorCaps).toEqual({ fal: 2, runway: 1 });
    expect(loadConfig({ FAL_MAX_IN_FLIGHT: '3' }).keys.operatorCaps).toEqual({ fal: 3, runway: 1 });
    expect(loadConfig({ PROVIDER_CONCURRENCY: 'fal:10, openai:4' }).keys.operatorCaps).toEqual({
      fal: 10,
      runway: 1,
      openai: 4,
    });
    for (const bad of ['fal', 'fal:0', 'fal:1001', 'acme:2', 'fal:two']) {
      expect(() => loadConfig({ PROVIDER_CONCURRENCY: bad })).toThrow(
        /^PROVIDER_CONCURRENCY: expected provider:count/,
      );
    }
  });
});

describe('sealing with AES-256-GCM', () => {
  it('opens what it sealed, with a fresh IV each time and nothing of the plaintext visible', () => {
    const master = newMaster();
    const key = 'fal-key-0123456789abcdef';
    const a = seal(master, key, 'ctx');
    const b = seal(master, key, 'ctx');
    expect(a.keyId).toBe(master.id);
    expect(Buffer.from(a.iv, 'base64').length).toBe(12);
    expect(Buffer.from(a.tag, 'base64').length).toBe(16);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    expect(JSON.stringify(a)).not.toContain(key);
    expect(JSON.stringify(a)).not.toContain(Buffer.from(key).toString('base64'));
    expect(unseal(master, a, 'ctx')).toBe(key);
    expect(unseal(master, b, 'ctx')).toBe(key);
  });

  it('refuses another master key, an altered ciphertext or tag, and another record context', () => {
    const master = newMaster();
    const sealed = seal(master, 'runway-key-abcdefgh', 'workspace-a');
    const other = newMaster();
    expect(() => unseal(other, sealed, 'workspace-a')).toThrow(new UnsealError('other-key'));
    // The same key id claimed by a different key (a forged record) still fails the tag.
    expect(() => unseal({ ...other, id: master.id }, sealed, 'workspace-a')).toThrow(
      new UnsealError('tampered'),
    );
    const flipped = Buffer.from(sealed.data, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => unseal(master, { ...sealed, data: flipped.toString('base64') }, 'workspace-a')).toThrow(
      new UnsealError('tampered'),
    );
    expect(() =>
      unseal(master, { ...sealed, tag: Buffer.alloc(16).toString('base64') }, 'workspace-a'),
    ).toThrow(new UnsealError('tampered'));
    expect(() => unseal(master, sealed, 'workspace-b')).toThrow(new UnsealError('tampered'));
  });
});
