import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/index.ts';
import { SlackMessenger } from '../../../adapters/slack/messenger.ts';
import { messageRef, readRef } from '../../../adapters/slack/refs.ts';
import { createUploadLedger, type UploadLedger } from '../../../adapters/slack/upload-ledger.ts';
import type { AdapterContext } from '../../../adapters/types.ts';
import { loadConfig } from '../../../src/config.ts';
import type { ClipCard } from '../../../src/core/card/card.ts';
import { ReelbotError } from '../../../src/core/errors.ts';
import type { Place } from '../../../src/core/place.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { OutgoingFile } from '../../../src/core/ports/messenger.ts';
import type { Store } from '../../../src/core/ports/store.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { createRedisStore } from '../../../src/store/redis-store.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack/index.ts';
import { tempDir } from '../../helpers/pipeline.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';

/**
 * The messenger as a worker uses it: a WebClient and the upload ledger on Redis, no Bolt app,
 * no start(). Two messengers on one Redis stand for two worker processes.
 */
let fake: FakeSlack;
const prefix = uniquePrefix('slack-messenger');
/** One store per worker: each its own Redis connection, as two processes have. */
const stores: Store[] = [];
const redisLedger = (): UploadLedger => {
  const store = createRedisStore({ url: REDIS_URL, prefix });
  stores.push(store);
  return createUploadLedger(store.keyValue);
};
const CHANNEL = 'C_WORK';
let file: OutgoingFile;

function worker(ledger: UploadLedger = redisLedger()): SlackMessenger {
  const client = new webApi.WebClient(fake.botToken, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
  return new SlackMessenger(client, ledger, silentLogger);
}

const card: ClipCard = {
  locale: 'en',
  clipId: 'c1',
  prompt: 'a paper boat',
  author: { id: 'U_ADA', name: 'ada' },
  state: 'posted',
  progress: 100,
  model: 'sora-2',
  durationS: 4,
  size: '1280x720',
  estimatedCostUsd: 0.4,
  actions: [],
};

let rootTs: string;
const place = (): Place => ({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL, threadId: rootTs });
const completes = () => fake.state.callsOf('files.completeUploadExternal').length;
const shares = () => fake.state.messages.filter((m) => m.subtype === 'file_share' && !m.deleted).length;

beforeAll(async () => {
  fake = await startFakeSlack();
  const path = join(tempDir('slack-file'), 'clip.mp4');
  const bytes = Buffer.alloc(64 * 1024, 7);
  await writeFile(path, bytes);
  file = { path, name: 'reelbot-c1.mp4', bytes: bytes.length, contentType: 'video/mp4' };
});
afterAll(async () => {
  for (const store of stores) await store.close();
  await fake.close();
  await dropPrefix(prefix);
});

describe('the Slack messenger', () => {
  it('makes exactly one Web API call per post, edit and remove', async () => {
    const messenger = worker();
    const ref = await messenger.post(
      { surface: 'slack', workspaceId: 'T', channelId: CHANNEL },
      { ...card, state: 'queued', actions: ['cancel'] },
    );
    for (const progress of [10, 50, 90])
      await messenger.edit(ref, { ...card, state: 'rendering', progress, actions: ['cancel'] });
    const target = readRef(ref);
    expect(target).toMatchObject({ kind: 'message', channel: CHANNEL });
    expect(ref.key).toBe(`slack:${CHANNEL}:${target?.kind === 'message' ? target.ts : ''}`);
    expect(fake.state.callsOf('chat.postMessage')).toHaveLength(1);
    expect(fake.state.callsOf('chat.update')).toHaveLength(3);
    await messenger.remove(ref);
    await messenger.remove(ref); // gone already is fine
    expect(fake.state.calls.filter((c) => c.method === 'chat.delete')).toHaveLength(2);
    expect(fake.state.callsOf('chat.delete')).toHaveLength(1);
  });

  it('deletes the thread it opened together with the status message', async () => {
    const messenger = worker();
    const root = await messenger.post({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL }, card);
    const rootTarget = readRef(root);
    const ts = rootTarget?.kind === 'message' ? rootTarget.ts : '';
    const status = await messenger.post(
      { surface: 'slack', workspaceId: 'T', channelId: CHANNEL, threadId: ts },
      card,
    );
    const statusTarget = readRef(status);
    await messenger.remove(messageRef(CHANNEL, statusTarget?.kind === 'message' ? statusTarget.ts : '', ts));
    expect(fake.state.message(CHANNEL, ts)?.deleted).toBe(true);
    rootTs = fake.memberMessage(CHANNEL, 'U_ADA', 'thread for uploads');
  });

  it('says what to do when the bot is not in the channel, and does not retry that', async () => {
    fake.state.closedChannels.add('C_CLOSED');
    const messenger = worker();
    const error = await messenger
      .post({ surface: 'slack', workspaceId: 'T', channelId: 'C_CLOSED' }, card)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReelbotError);
    expect((error as ReelbotError).userMessage).toContain('/invite');
    expect((error as ReelbotError).retryable).toBe(false);
  });

  // That another worker's retry of the same delivery posts nothing is the Messenger contract's
  // (messenger-contract.test.ts); here, what Slack is asked for.
  it('uploads the raw bytes into the thread, in one completed upload', async () => {
    const before = completes();
    const first = await worker().upload(place(), file, card, 'reelbot-c1-deliver');
    expect(completes() - before).toBe(1);
    const call = fake.state.callsOf('files.completeUploadExternal').at(-1)!;
    expect(call.params).toMatchObject({ channel_id: CHANNEL, thread_ts: rootTs });
    const target = readRef(first);
    expect(target).toMatchObject({ kind: 'file', channel: CHANNEL });
    const fileId = target?.kind === 'file' ? target.fileId : '';
    const stored = fake.state.files.get(fileId)!;
    expect(stored.bytes?.length).toBe(file.bytes);
    expect(stored.uploadedAs).toBe('raw');
    // The ref names the message the file landed in (learned from files.info), for votes.
    expect(first.key).toBe(`slack:${CHANNEL}:${stored.shareTs}`);
  });

  it('adopts the upload of a worker that died right after completing it', async () => {
    const before = { completes: completes(), shares: shares() };
    const shared = redisLedger();
    // This worker records the start, completes the upload, then dies before recording that.
    const dying: UploadLedger = {
      ...shared,
      set: async (key, record) => {
        if (record.state === 'shared') throw new Error('worker killed');
        await shared.set(key, record);
      },
    };
    await expect(worker(dying).upload(place(), file, card, 'reelbot-c2-deliver')).rejects.toThrow(
      'worker killed',
    );
    expect(completes() - before.completes).toBe(1);

    const retried = await worker().upload(place(), file, card, 'reelbot-c2-deliver');
    expect(completes() - before.completes).toBe(1);
    expect(shares() - before.shares).toBe(1);
    expect(retried.key).toMatch(/^slack:C_WORK:/);
  });

  it('uploads again when the first attempt never reached Slack', async () => {
    const before = { completes: completes(), shares: shares() };
    fake.state.failUploads = 1;
    const error = await worker()
      .upload(place(), file, card, 'reelbot-c3-deliver')
      .catch((e: unknown) => e);
    expect((error as ReelbotError).retryable).toBe(true);
    const retried = await worker().upload(place(), file, card, 'reelbot-c3-deliver');
    expect(completes() - before.completes).toBe(1);
    expect(shares() - before.shares).toBe(1);
    expect(readRef(retried)?.kind).toBe('file');
  });

  it('posts once when two deliveries of one upload run at once (a lapsed job lock)', async () => {
    const before = { completes: completes(), shares: shares() };
    const [first, second] = await Promise.all([
      worker().upload(place(), file, card, 'reelbot-c5-deliver'),
      worker().upload(place(), file, card, 'reelbot-c5-deliver'),
    ]);
    expect(completes() - before.completes).toBe(1);
    expect(shares() - before.shares).toBe(1);
    // The delivery that did not upload answers with the one that did.
    expect(readRef(second)).toEqual(readRef(first));
  });

  it('takes the video down by deleting the file', async () => {
    const ref = await worker().upload(place(), file, card, 'reelbot-c4-deliver');
    const target = readRef(ref);
    await worker().remove(ref);
    const fileId = target?.kind === 'file' ? target.fileId : '';
    expect(fake.state.files.get(fileId)?.deleted).toBe(true);
    expect(fake.state.messages.find((m) => m.fileIds?.includes(fileId))?.deleted).toBe(true);
  });

  it('is all a worker builds: from config alone, with no auth.test, no Bolt and the ledger on Redis', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken,
      SLACK_SIGNING_SECRET: 'unused-by-workers',
      SLACK_API_URL: fake.apiUrl,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      ROLE: 'worker',
    });
    const http = new HttpRouter(silentLogger);
    // A worker never starts the adapter; building it needs only a logger and the key-value space on Redis.
    const store = createRedisStore({ url: REDIS_URL, prefix });
    stores.push(store);
    const adapter = await createSlackAdapter(
      { logger: silentLogger, keyValue: store.keyValue, http } as unknown as AdapterContext,
      config,
    );
    const callsBefore = fake.state.calls.length;
    const ref = await adapter.messenger.upload(place(), file, card, 'reelbot-c1-deliver');
    expect(readRef(ref)).toMatchObject({ kind: 'file' });
    // The delivery recorded by the first test's workers is found in Redis: nothing is posted.
    expect(fake.state.calls.slice(callsBefore)).toEqual([]);
    await adapter.messenger.post(place(), { ...card, state: 'queued' });
    expect(fake.state.calls.slice(callsBefore).map((c) => c.method)).toEqual(['chat.postMessage']);
    await adapter.stop();
  });

  it('says plain text with every mention disabled except the members it notifies, once each', async () => {
    const messenger = worker();
    const before = fake.state.callsOf('chat.postMessage').length;
    const ref = await messenger.say(
      place(),
      'Winners: <@U_EVE> & <!channel> <https://evil.test|click> @here',
      {
        notify: [
          { id: 'U_ADA', name: 'ada' },
          { id: 'U_BOB', name: 'bob' },
          { id: 'U_ADA', name: 'ada again' },
          { id: '<!channel>', name: 'forged' },
        ],
      },
    );
    const calls = fake.state.callsOf('chat.postMessage');
    expect(calls.length - before).toBe(1);
    expect(calls.at(-1)!.params).toMatchObject({
      channel: CHANNEL,
      thread_ts: rootTs,
      link_names: 'false', // the WebClient sends a form body: every value a string
      parse: 'none',
    });
    const target = readRef(ref);
    const message = fake.state.message(CHANNEL, target?.kind === 'message' ? target.ts : '')!;
    expect(message.threadTs).toBe(rootTs);
    expect(message.text).toBe(
      'Winners: &lt;@U_EVE&gt; &amp; &lt;!channel&gt; &lt;https://evil.test|click&gt; @here\n<@U_ADA> <@U_BOB>',
    );
    // The only `<…>` entities Slack will act on are the two notified members, each once.
    expect(message.text.match(/<[^>]*>/g)).toEqual(['<@U_ADA>', '<@U_BOB>']);
  });

  it('says in the channel itself when the place has no thread', async () => {
    const ref = await worker().say(
      { surface: 'slack', workspaceId: 'T', channelId: CHANNEL },
      'Voting is open',
    );
    const target = readRef(ref);
    const message = fake.state.message(CHANNEL, target?.kind === 'message' ? target.ts : '')!;
    expect(message.threadTs).toBeUndefined();
    expect(message.text).toBe('Voting is open');
    expect(message.blocks).toBeUndefined();
  });

  it('reads voters from Slack’s own reaction list: every user, skin tones merged, bots flagged', async () => {
    fake.addUser({ id: 'U_ADA', name: 'ada' });
    fake.addUser({ id: 'U_BOB', name: 'bob' });
    fake.addUser({ id: 'U_ROBO', name: 'robo', is_bot: true });
    const messenger = worker();
    const ref = await messenger.post({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL }, card);
    const target = readRef(ref);
    const ts = target?.kind === 'message' ? target.ts : '';
    // Cast straight into Slack's record, as while the bot was stopped: no events were sent.
    fake.state.react(CHANNEL, ts, 'U_ADA', '+1');
    fake.state.react(CHANNEL, ts, 'U_BOB', '+1::skin-tone-4');
    fake.state.react(CHANNEL, ts, 'U_ROBO', 'thumbsup');
    fake.state.react(CHANNEL, ts, 'U_BOB', 'fire');
    // More than Slack lists without `full`: only a reader asking for the full list sees them all.
    const crowd = Array.from({ length: 60 }, (_, i) => `U_CROWD${i}`);
    for (const id of crowd) fake.state.react(CHANNEL, ts, id, '+1');

    const lookupsBefore = fake.state.calls.filter((c) => c.method === 'users.info').length;
    const voters = await messenger.voters(ref, '👍');
    expect(fake.state.callsOf('reactions.get').at(-1)!.params).toMatchObject({ full: 'true', timestamp: ts });
    expect(voters.map((v) => v.id).sort()).toEqual(['U_ADA', 'U_BOB', 'U_ROBO', ...crowd].sort());
    expect(voters.find((v) => v.id === 'U_ROBO')).toEqual({ id: 'U_ROBO', name: 'robo', bot: true });
    expect(voters.find((v) => v.id === 'U_ADA')).toEqual({ id: 'U_ADA', name: 'ada' });
    expect(voters.every((v) => v.since === undefined)).toBe(true);
    // One lookup per voter; the crowd are users Slack answers user_not_found for.
    expect(fake.state.calls.filter((c) => c.method === 'users.info').length - lookupsBefore).toBe(63);

    // The same emoji by name, with colons: same voters, and the users are cached now.
    const callsBefore = fake.state.calls.filter((c) => c.method === 'users.info').length;
    expect((await messenger.voters(ref, ':thumbsup:')).length).toBe(63);
    // Known and unknown users alike are remembered: no second lookup.
    expect(fake.state.calls.filter((c) => c.method === 'users.info').length - callsBefore).toBe(0);
    expect((await messenger.voters(ref, '🔥')).map((v) => v.id)).toEqual(['U_BOB']);
    expect(await messenger.voters(ref, 'tada')).toEqual([]);
  });

  it('finds no voters on a message that is gone, and none on a file it never saw land', async () => {
    const messenger = worker();
    const ref = await messenger.post({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL }, card);
    const target = readRef(ref);
    fake.state.react(CHANNEL, target?.kind === 'message' ? target.ts : '', 'U_ADA', '+1');
    await messenger.remove(ref);
    expect(await messenger.voters(ref, '👍')).toEqual([]);
    const calls = fake.state.calls.length;
    expect(await messenger.voters({ surface: 'slack', id: `f|${CHANNEL}|F123|` }, '👍')).toEqual([]);
    expect(fake.state.calls.length).toBe(calls);
  });

  it('links to a message once with chat.getPermalink, and to a deleted one not at all', async () => {
    const messenger = worker();
    const ref = await messenger.post({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL }, card);
    const target = readRef(ref);
    const ts = target?.kind === 'message' ? target.ts : '';
    const before = fake.state.callsOf('chat.getPermalink').length;
    const link = await messenger.link(ref);
    expect(link).toBe(`https://fake.slack.test/archives/${CHANNEL}/p${ts.replace('.', '')}`);
    expect(await messenger.link(ref)).toBe(link);
    expect(fake.state.callsOf('chat.getPermalink').length - before).toBe(1);
    const gone = await messenger.post({ surface: 'slack', workspaceId: 'T', channelId: CHANNEL }, card);
    await messenger.remove(gone);
    expect(await messenger.link(gone)).toBeUndefined();
  });

  it('offers Slack’s 1 GB file limit', async () => {
    expect(await worker().uploadLimit()).toBe(1_000_000_000);
  });
});
