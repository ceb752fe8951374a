import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import type { StoryRepository } from '../core/ports/store.ts';
import type { Story } from '../core/story/story.ts';

/** Stories in a map, copied in and out so a caller can never change a stored one. */
export function createMemoryStories(): StoryRepository {
  const stories = new Map<string, Story>();
  return {
    async create(story) {
      if (stories.has(story.id)) throw new ReelbotError(ErrorCode.Conflict, msg('error.story.exists'));
      stories.set(story.id, structuredClone(story));
    },
    async get(id) {
      const story = stories.get(id);
      return story && structuredClone(story);
    },
  };
}
