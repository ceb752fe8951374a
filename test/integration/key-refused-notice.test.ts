import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { executeCommand } from '../../commands/pipeline.ts';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Actor, Clip } from '../../src/core/clip/clip.ts';
import { isTerminal } from '../../src/core/clip/clip.ts';
import { ErrorCode } from '../../src/core/errors.ts';
import { translator } from '../../src/core/i18n/translator.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createFakeMedia } from '../helpers/fake-media.ts';
import { pipelineEnv, tempDir } from '../helpers/pipeline.ts';
import { RecordingMessenger } from '../helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../helpers/redis.ts';

/**
 * Issue 17: a workspace key the provider starts refusing. The simulator takes only the operator's
 * key, so the workspace's own key (accepted when it was added) is refused with a 401 at submit:
 * the clips fail as they would on the operator's key (no other provider here), refunded, and the
 * workspace's admins are told once, in the channel its clips run in, whatever the number of
 * clips and workers. Real app, Redis, BullMQ and the simulator; counts, not timings.
 */
const OPERATOR_KEY = 'sk-test-pipeline-key';
const ownKey = `sk-ws-${randomBytes(16).toString('hex')}`;
const place = { surface: 'test', workspaceId: 'W', channelId: 'c1' };
const admin = { id: 'U-admin', name: 'Ada', admin: true };
const messenger = new RecordingMessenger('test');
let sim: Simulator;
let app: App;
let prefix: string;

beforeAll(async () => {
  sim = await createSimulator({
    port: 0,
    renderMs: 300,
    mediaDir: tempDir('key-refused-sim'),
    apiKey: OPERATOR_KEY,
  });
  prefix = uniquePrefix('key-refused');
  const config = loadConfig(
    pipelineEnv(sim, prefix, {
      REELBOT_MASTER_KEY: randomBytes(32).toString('base64'),
      WORKER_CONCURRENCY: '4',
    }),
  );
  app = await createApp(config, silentLogger, {
    messengers: [messenger],
    media: createFakeMedia(),
    // Accepted when it was added: the provider started refusing it afterwards.
    keyCheck: async () => {},
  });
  await app.services.keys.add('test:W', 'openai', ownKey, admin);
  await app.startWorker();
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
  await dropPrefix(prefix);
});

async function ended(ids: string[]): Promise<Clip[]> {
  for (let i = 0; i < 600; i++) {
    const clips = await Promise.all(ids.map((id) => app.store.clips.get(id)));
    if (clips.every((c) => c && isTerminal(c.state))) return clips as Clip[];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('clips did not end');
}

describe('a workspace key the provider starts refusing', () => {
  it('fails its clips with a refund and tells the workspace’s admins once, pinging every admin it knows', async () => {
    // Admins are known by their commands: two more run one (one twice), a member without the
    // right runs one too, and an admin of another workspace.
    const command = (actor: Actor, workspaceId = 'W') =>
      executeCommand(
        findCommand('list', 'keys')!,
        {},
        {
          services: app.services,
          actor,
          place: { ...place, workspaceId },
          commandName: 'sora',
        },
      ).catch(() => undefined);
    await command({ id: 'U-bo', name: 'Bo', admin: true });
    await command({ id: 'U-cy', name: 'Cy', admin: true });
    await command({ id: 'U-bo', name: 'Bo', admin: true });
    await command(admin);
    await command({ id: 'U-member', name: 'Dee' });
    await command({ id: 'U-elsewhere', name: 'Eve', admin: true }, 'OTHER');
    const clips: Clip[] = [];
    for (let n = 0; n < 5; n++) {
      clips.push(
        await app.services.clips.request({
          prompt: `a lighthouse at night, take ${n}`,
          options: { durationS: 4 },
          author: { id: `m${n}`, name: 'Member' },
          place,
        }),
      );
    }
    const done = await ended(clips.map((c) => c.id));
    expect(done.map((c) => [c.state, c.failure?.code])).toEqual(
      Array(5).fill(['failed', ErrorCode.ProviderAuth]),
    );
    // Refunded: each reservation is released (just after the failed state, so waited for).
    for (const clip of done) {
      let status: string | undefined;
      for (let i = 0; i < 200 && status !== 'released'; i++) {
        status = (await app.store.ledger.reservation(clip.id))?.status;
        if (status !== 'released') await new Promise((r) => setTimeout(r, 10));
      }
      expect(status).toBe('released');
    }
    const notices = messenger.said.filter((s) => s.text.includes('refused this server’s'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ place: { workspaceId: 'W', channelId: 'c1' } });
    // Who added the key first, then every other admin seen here, each once; nobody else.
    expect(notices[0]!.notify.map((m) => m.id)).toEqual(['U-admin', 'U-bo', 'U-cy']);
    expect(notices[0]!.text).toBe(
      `Admins: openai refused this server’s openai key ending in ${ownKey.slice(-4)}. Its clips go to another provider where one can make them, or fail and are refunded. Add a working key with /sora keys add provider:openai, or remove this one with /sora keys remove provider:openai.`,
    );
    // No key in anything said.
    for (const said of messenger.said) expect(said.text).not.toContain(ownKey);
    // A replacement key gets its own notice when it too is refused: the claim names the key.
    await app.services.keys.add('test:W', 'openai', `sk-ws-${randomBytes(16).toString('hex')}`, admin);
    // Asked in a German channel: its notice is in German, the channel's language.
    const again = await app.services.clips.request({
      prompt: 'a lighthouse at dawn',
      options: { durationS: 4 },
      author: { id: 'm9', name: 'Member' },
      place,
      locale: 'de',
    });
    await ended([again.id]);
    const replacement = (await app.services.keys.list('test:W'))[0]!;
    const german = messenger.said.filter((s) => s.text.startsWith('Admins: openai hat'));
    expect(german.map((s) => s.text)).toEqual([
      translator('de')('keys.notice.refused', {
        provider: 'openai',
        last4: replacement.last4,
        add: '/sora keys add provider:openai',
        remove: '/sora keys remove provider:openai',
      }),
    ]);
    expect(messenger.said.filter((s) => s.text.includes('refused this server’s'))).toHaveLength(1);
  });
});
