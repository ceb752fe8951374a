import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { FakeProvider } from '../helpers/fake-provider.ts';
import { tempDir } from '../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../helpers/redis.ts';

const run = promisify(execFile);
const prefix = uniquePrefix('keys-at-rest');
const masterA = randomBytes(32).toString('base64');
const masterB = randomBytes(32).toString('base64');
const env = (extra: Record<string, string>) => ({
  REDIS_URL,
  REDIS_PREFIX: prefix,
  MEDIA_DIR: tempDir('keys'),
  LOG_LEVEL: 'silent',
  MODERATION: 'off',
  ...extra,
});
const app = (master: string | undefined) =>
  createApp(loadConfig(env(master ? { REELBOT_MASTER_KEY: master } : {})), silentLogger, {
    providers: [new FakeProvider()],
    // No provider to ask here (these keys are about storage): the check records what it was asked.
    keyCheck: async (provider) => void checked.push(provider),
  });
const checked: string[] = [];
const ada = { id: 'U-ada', name: 'Ada' };
const added = new Map<string, string>();

/** Every value under the prefix, whatever its Redis type, as text. */
async function everyValue(): Promise<string[]> {
  const redis = new Redis(REDIS_URL);
  const out: string[] = [];
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        out.push(key);
        if (type === 'string') out.push((await redis.get(key)) ?? '');
        else if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'set') out.push(JSON.stringify(await redis.smembers(key)));
        else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, '0', '-1', 'WITHSCORES')));
        else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
        else if (type === 'stream') out.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return out;
}

/** `node src/main.ts` with this environment: its exit code and what it printed to stderr. */
async function start(extra: Record<string, string>) {
  try {
    await run(process.execPath, ['src/main.ts'], {
      env: { PATH: process.env.PATH, ...env({ ROLE: 'worker', PORT: '0', STUDIO: 'off', ...extra }) },
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

afterAll(() => dropPrefix(prefix));

describe('workspace keys at rest (Redis)', () => {
  it('stores keys so that no Redis value holds one in plaintext (nor its base64)', async () => {
    const a = await app(masterA);
    try {
      for (const [scope, provider] of [
        ['discord:G1', 'fal'],
        ['discord:G1', 'runway'],
        ['slack:T7', 'openai'],
      ] as const) {
        const key = `${provider}-${randomBytes(18).toString('hex')}`;
        added.set(`${scope}/${provider}`, key);
        await a.services.keys.add(scope, provider, key, ada);
      }
      expect(await a.services.keys.list('discord:G1')).toHaveLength(2);
      expect(checked).toEqual(['fal', 'runway', 'openai']);
    } finally {
      await a.close();
    }
    const values = (await everyValue()).join('\n');
    expect(values).toContain('last4');
    for (const key of added.values()) {
      expect(values).not.toContain(key);
      expect(values).not.toContain(Buffer.from(key).toString('base64'));
      expect(values).not.toContain(key.slice(0, 12));
    }
    expect(values).not.toContain(masterA);
  });

  it('a wrong master key, or none, stops start-up with one line', async () => {
    const wrong = await start({ REELBOT_MASTER_KEY: masterB });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(
      /^reelbot: cannot start: REELBOT_MASTER_KEY: stored provider keys are sealed under master key [0-9a-f]{16}, not this one/,
    );
    expect(wrong.stderr).not.toContain(masterB);
    const none = await start({});
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n')).toEqual([
      'reelbot: cannot start: REELBOT_MASTER_KEY: not set, but workspaces have stored provider keys sealed under one (set it back)',
    ]);
    const malformed = await start({ REELBOT_MASTER_KEY: 'hunter2' });
    expect(malformed.stderr.trim().split('\n')).toEqual([
      'reelbot: cannot start: REELBOT_MASTER_KEY: expected 32 random bytes in base64 (make one with: openssl rand -base64 32)',
    ]);
  });

  it('npm run rotate-keys re-seals every key under the new master key, and can be run again', async () => {
    const script = ['scripts/rotate-keys.ts'];
    const rotateEnv = {
      PATH: process.env.PATH,
      ...env({ REELBOT_MASTER_KEY_OLD: masterA, REELBOT_MASTER_KEY: masterB }),
    };
    const first = await run(process.execPath, script, { env: rotateEnv });
    expect(first.stdout).toMatch(/^rotate-keys: 3 key\(s\) re-sealed under [0-9a-f]{16}, 0 already were/);
    const again = await run(process.execPath, script, { env: rotateEnv });
    expect(again.stdout).toMatch(/^rotate-keys: 0 key\(s\) re-sealed under [0-9a-f]{16}, 3 already were/);
    const b = await app(masterB);
    try {
      for (const [where, key] of added) {
        const [scope, provider] = where.split('/') as [string, string];
        expect((await b.services.keys.open(scope, provider))?.key).toBe(key);
      }
    } finally {
      await b.close();
    }
    await expect(app(masterA)).rejects.toThrow(
      /^REELBOT_MASTER_KEY: stored provider keys are sealed under master key/,
    );
    const values = (await everyValue()).join('\n');
    for (const key of added.values()) expect(values).not.toContain(key);
  });
});
