import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { type Clip, isTerminal } from '../../../src/core/clip/clip.ts';
import { ErrorCode } from '../../../src/core/errors.ts';
import { KeyRouter } from '../../../src/core/keys/key-routing.ts';
import { KeyService } from '../../../src/core/keys/key-service.ts';
import { parseMasterKey } from '../../../src/core/keys/master-key.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../../src/core/providers.ts';
import { createMemoryStore } from '../../../src/store/memory-store.ts';
import { createFakeMedia } from '../../helpers/fake-media.ts';
import { FakeProvider } from '../../helpers/fake-provider.ts';
import { tempDir } from '../../helpers/pipeline.ts';
import { RecordingMessenger } from '../../helpers/recording-messenger.ts';

/**
 * OPERATOR_KEYS_FOR decides which workspaces without a key of their own may render with the
 * operator's; a workspace with its own key renders with it whatever the setting.
 */
async function run(operatorKeysFor: string) {
  // Named as a provider workspaces can bring a key for.
  const operator = new FakeProvider('fal');
  const own = new FakeProvider('fal');
  const built: string[] = [];
  // The provider check has its own test (test/integration/key-check.test.ts); here it records.
  const checked: string[] = [];
  const app = await createApp(
    loadConfig({
      REELBOT_MASTER_KEY: randomBytes(32).toString('base64'),
      OPERATOR_KEYS_FOR: operatorKeysFor,
      POLL_MIN_MS: '100',
      POLL_MAX_MS: '200',
      CARD_EDIT_INTERVAL_MS: '0',
      MEDIA_DIR: tempDir('routing'),
      LOG_LEVEL: 'silent',
      MODERATION: 'off',
    }),
    silentLogger,
    {
      providers: [operator],
      media: createFakeMedia(),
      messengers: [new RecordingMessenger('test')],
      keyCheck: async (provider) => void checked.push(provider),
      providerForKey: (name, key) => {
        built.push(`${name}:${key}`);
        return name === operator.name ? own : undefined;
      },
    },
  );
  await app.startWorker();
  const ask = (workspaceId: string) =>
    app.services.clips.request({
      prompt: 'a lantern on a pier',
      options: { durationS: 4 },
      author: { id: `m-${workspaceId}`, name: 'Member' },
      place: { surface: 'test', workspaceId, channelId: 'c1' },
    });
  const end = async (clip: Clip) => {
    for (let i = 0; i < 400; i++) {
      const latest = (await app.store.clips.get(clip.id))!;
      if (isTerminal(latest.state)) return latest;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('clip never ended');
  };
  return { app, operator, own, built, checked, ask, end };
}

describe('which key makes a clip', () => {
  it('with OPERATOR_KEYS_FOR=none: a workspace without a key is refused, refunded and told how to add one', async () => {
    const { app, operator, own, built, checked, ask, end } = await run('none');
    try {
      await app.services.keys.add('test:W1', 'fal', `own-key-${randomBytes(8).toString('hex')}`, {
        id: 'a',
        name: 'A',
      });
      const refused = await end(await ask('W2'));
      expect(refused.state).toBe('failed');
      expect(refused.failure?.code).toBe(ErrorCode.Forbidden);
      expect(refused.failure?.message).toMatch(
        /no video provider key of its own.*An admin can add one with \/sora keys add provider:fal; nothing was charged/,
      );
      // The refund lands just after the failed state: wait for it, then check it.
      let status: string | undefined;
      for (let i = 0; i < 200 && status !== 'released'; i++) {
        status = (await app.store.ledger.reservation(refused.id))?.status;
        if (status !== 'released') await new Promise((r) => setTimeout(r, 10));
      }
      expect(status).toBe('released');
      expect(operator.submits).toHaveLength(0);
      const made = await end(await ask('W1'));
      expect(made.state).toBe('posted');
      expect(checked).toEqual(['fal']);
      // Its client was built for W1's own key, never for anything else.
      expect(built.length).toBeGreaterThan(0);
      expect(built.every((b) => /^fal:own-key-[0-9a-f]{16}$/.test(b))).toBe(true);
      expect(own.submits).toHaveLength(1);
      expect(operator.submits).toHaveLength(0);
    } finally {
      await app.close();
    }
  });

  it('with a list: only the listed workspaces use the operator’s key', async () => {
    const { app, operator, ask, end } = await run('W3, W4');
    try {
      expect((await end(await ask('W3'))).state).toBe('posted');
      expect((await end(await ask('W5'))).failure?.code).toBe(ErrorCode.Forbidden);
      expect(operator.submits).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

describe('a clip stays with the key that bought it', () => {
  const setup = async () => {
    const store = createMemoryStore();
    const keys = new KeyService({
      repo: store.keys,
      master: parseMasterKey(randomBytes(32).toString('base64')),
      clock: { now: () => 1 },
      logger: silentLogger,
      defaultCaps: { fal: 2, runway: 1, openai: 2 },
    });
    const operator = new FakeProvider('fal');
    const own = new FakeProvider('fal');
    const router = new KeyRouter({
      keys,
      providers: new ProviderRegistry([operator]),
      forKey: () => own,
      operatorKeysFor: 'all',
      commandName: 'sora',
    });
    const clip = { provider: 'fal', place: { surface: 'test', workspaceId: 'W', channelId: 'c' } };
    return { keys, router, operator, own, clip };
  };

  it('a clip bought with the operator’s key keeps it after the workspace adds its own', async () => {
    const { keys, router, operator, own, clip } = await setup();
    expect((await router.route(clip)).provider).toBe(operator);
    await keys.add('test:W', 'fal', `own-${randomBytes(8).toString('hex')}`, { id: 'a', name: 'A' });
    expect((await router.route({ ...clip, providerJobId: 'job-1' })).provider).toBe(operator);
    const fresh = await router.route(clip);
    expect(fresh.provider).toBe(own);
    expect(fresh.slot).toEqual({ key: 'test:W:fal', cap: 2 });
    expect(
      (await router.route({ ...clip, providerJobId: 'job-2', madeWith: 'workspace-key' })).provider,
    ).toBe(own);
  });

  it('a clip bought with the workspace’s key fails clearly once that key is removed, never switching keys', async () => {
    const { keys, router, clip } = await setup();
    await keys.add('test:W', 'fal', `own-${randomBytes(8).toString('hex')}`, { id: 'a', name: 'A' });
    await keys.remove('test:W', 'fal');
    await expect(
      router.route({ ...clip, providerJobId: 'job-3', madeWith: 'workspace-key' }),
    ).rejects.toMatchObject({
      code: ErrorCode.ProviderAuth,
    });
  });
});

describe('routing reads the key store only when a key can matter', () => {
  const counted = (master: boolean) => {
    const store = createMemoryStore();
    const reads: string[] = [];
    const repo = store.keys;
    const keys = new KeyService({
      // The real memory repository, its reads counted.
      repo: {
        ...repo,
        put: (record) => repo.put(record),
        get: (scope, provider) => {
          reads.push(`${scope}:${provider}`);
          return repo.get(scope, provider);
        },
        list: (scope) => repo.list(scope),
        remove: (scope, provider) => repo.remove(scope, provider),
        scopes: () => repo.scopes(),
      },
      ...(master ? { master: parseMasterKey(randomBytes(32).toString('base64')) } : {}),
      clock: { now: () => 1 },
      logger: silentLogger,
      defaultCaps: { fal: 2, runway: 1, openai: 2 },
    });
    const operator = new FakeProvider('fal');
    const router = new KeyRouter({
      keys,
      providers: new ProviderRegistry([operator]),
      forKey: () => new FakeProvider('fal'),
      operatorKeysFor: 'all',
      commandName: 'sora',
    });
    const clip = { provider: 'fal', place: { surface: 'test', workspaceId: 'W', channelId: 'c' } };
    return { router, operator, reads, clip };
  };

  it('without REELBOT_MASTER_KEY no step reads it, and a clip goes to the operator’s provider', async () => {
    const { router, operator, reads, clip } = counted(false);
    expect((await router.route(clip)).provider).toBe(operator);
    expect((await router.route({ ...clip, providerJobId: 'job-1' })).provider).toBe(operator);
    await expect(
      router.route({ ...clip, providerJobId: 'job-2', madeWith: 'workspace-key' }),
    ).rejects.toMatchObject({ code: ErrorCode.ProviderAuth });
    expect(reads).toEqual([]);
  });

  it('with it, a clip submitted on the operator’s key is not looked up again; a queued one is, once', async () => {
    const { router, operator, reads, clip } = counted(true);
    expect((await router.route({ ...clip, providerJobId: 'job-1' })).provider).toBe(operator);
    expect(reads).toEqual([]);
    expect((await router.route(clip)).provider).toBe(operator);
    expect(reads).toEqual(['test:W:fal']);
  });
});
