import { createMemoryStudioRepository } from '../../../adapters/studio/memory-repository.ts';
import { StudioMessenger } from '../../../adapters/studio/messenger.ts';
import { createRedisStudioRepository } from '../../../adapters/studio/redis-repository.ts';
import type { StudioRepository } from '../../../adapters/studio/repository.ts';
import { messengerContract } from '../../contract/messenger-contract.ts';
import { dropPrefix, REDIS_URL, uniquePrefix } from '../../helpers/redis.ts';

/**
 * The studio's messenger over each of its repositories: the studio is its own platform, so the
 * repository is what "the platform shows".
 */
function studio(
  repository: StudioRepository,
  /** The repository as another process opens it (the same one where it lives in this process). */
  reopen: () => StudioRepository,
  cleanup: () => Promise<void> = async () => {},
) {
  const opened: StudioRepository[] = [];
  const place = { surface: 'studio', workspaceId: 'studio', channelId: 'general' };
  return async () => ({
    messenger: new StudioMessenger(repository),
    async anotherWorker() {
      const other = reopen();
      if (other !== repository) opened.push(other);
      return new StudioMessenger(other);
    },
    place,
    async shown(ref: { id: string }) {
      const message = await repository.get(ref.id);
      return message && !message.hidden
        ? JSON.stringify({ text: message.text, card: message.card })
        : undefined;
    },
    videos: async () =>
      (await repository.list(place.channelId, 1000)).filter((m) => m.kind === 'clip' && !m.hidden).length,
    member: { id: 'ada', name: 'Ada' },
    mentionOf: (member: { name: string }) => `@${member.name}`,
    voteEmoji: '👍',
    async close() {
      for (const r of [repository, ...opened]) await r.close();
      await cleanup();
    },
  });
}

const memory = createMemoryStudioRepository();
messengerContract(
  'studio in memory',
  studio(memory, () => memory),
);

const prefix = uniquePrefix('studio-messenger-contract');
messengerContract(
  'studio on Redis',
  studio(
    createRedisStudioRepository({ url: REDIS_URL, prefix }),
    () => createRedisStudioRepository({ url: REDIS_URL, prefix }),
    () => dropPrefix(prefix),
  ),
);
