import { webApi } from '@slack/bolt';
import { SlackMessenger } from '../../../adapters/slack/messenger.ts';
import { readRef } from '../../../adapters/slack/refs.ts';
import { createUploadLedger } from '../../../adapters/slack/upload-ledger.ts';
import type { MessageRef } from '../../../src/core/clip/clip.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import type { Store } from '../../../src/core/ports/store.ts';
import { createRedisStore } from '../../../src/store/redis-store.ts';
import { messengerContract } from '../../contract/messenger-contract.ts';
import { startFakeSlack } from '../../fakes/slack/index.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';

const CHANNEL = 'C_CONTRACT';

/**
 * The Slack messenger as a worker builds it (a WebClient and the upload ledger on Redis), against
 * the fake Slack; another worker has its own WebClient and its own Redis connection to the ledger.
 */
messengerContract('slack', async () => {
  const fake = await startFakeSlack();
  const prefix = uniquePrefix('slack-messenger-contract');
  const stores: Store[] = [];
  const worker = () => {
    const store = createRedisStore({ url: REDIS_URL, prefix });
    stores.push(store);
    const ledger = createUploadLedger(store.keyValue);
    const client = new webApi.WebClient(fake.botToken, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    return new SlackMessenger(client, ledger, silentLogger);
  };
  fake.addUser({ id: 'U_ADA', name: 'ada' });
  const threadTs = fake.memberMessage(CHANNEL, 'U_ADA', 'a thread for the clip');
  const live = (ref: MessageRef) => {
    const target = readRef(ref);
    const ts = target?.kind === 'message' ? target.ts : undefined;
    return fake.state.messages.find((m) => m.channel === CHANNEL && m.ts === ts && !m.deleted);
  };
  return {
    messenger: worker(),
    anotherWorker: async () => worker(),
    place: { surface: 'slack', workspaceId: 'T', channelId: CHANNEL, threadId: threadTs },
    async shown(ref) {
      const message = live(ref);
      return message ? JSON.stringify({ text: message.text, blocks: message.blocks }) : undefined;
    },
    videos: async () =>
      fake.state.messages.filter((m) => m.channel === CHANNEL && m.subtype === 'file_share' && !m.deleted)
        .length,
    member: { id: 'U_ADA', name: 'ada' },
    mentionOf: (member) => `<@${member.id}>`,
    voteEmoji: '👍',
    async react(ref, member) {
      fake.state.react(CHANNEL, live(ref)!.ts, member.id, '+1');
    },
    async close() {
      for (const store of stores) await store.close();
      await fake.close();
      await dropPrefix(prefix);
    },
  };
});
