import type { Redis } from 'ioredis';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { StoryRepository } from '../core/ports/store.ts';
import type { Story } from '../core/story/story.ts';

/** Stories as JSON strings, created with NX so two processes admitting one story make one. */
export function createRedisStories(redis: Redis, key: (...parts: string[]) => string): StoryRepository {
  return {
    async create(story) {
      const created = await redis.set(key('story', story.id), JSON.stringify(story), 'NX');
      if (created !== 'OK') throw new ReelbotError(ErrorCode.Conflict, msg('error.story.exists'));
    },
    async get(id) {
      const raw = await redis.get(key('story', id));
      return raw ? (JSON.parse(raw) as Story) : undefined;
    },
  };
}
