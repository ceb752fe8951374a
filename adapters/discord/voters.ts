import { type APIUser, type REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { Member } from '../../src/core/clip/clip.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { apiErrorCode, asDiscordError } from './errors.ts';
import { memberOfUser } from './members.ts';
import { type DiscordMessage, messageKey } from './refs.ts';

/** Get Reactions returns at most 100 users per request (API docs, Get Reactions: limit 1-100). */
const REACTIONS_PAGE = 100;
/** 1,000 pages = 100,000 voters on one clip: a bound so a broken cursor can never loop forever. */
const VOTER_PAGES_MAX = 1000;

/**
 * Everyone with one reaction on one message, from Discord's own list: GET
 * /channels/{c}/messages/{m}/reactions/{emoji}, 100 users a page, the next page `after` the last
 * id (users come in id order). A deleted message, or an emoji Discord does not know, has none.
 */
export async function listReactors(
  rest: REST,
  message: DiscordMessage,
  routeEmoji: string,
  logger: Logger,
): Promise<Member[]> {
  const route = Routes.channelMessageReaction(
    message.channelId,
    message.messageId,
    encodeURIComponent(routeEmoji),
  );
  const reactors = new Map<string, Member>();
  let after: string | undefined;
  for (let page = 0; page < VOTER_PAGES_MAX; page++) {
    let users: APIUser[];
    try {
      users = (await rest.get(route, {
        query: new URLSearchParams({ limit: String(REACTIONS_PAGE), ...(after ? { after } : {}) }),
      })) as APIUser[];
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === RESTJSONErrorCodes.UnknownMessage || code === RESTJSONErrorCodes.UnknownEmoji) return [];
      throw asDiscordError(error, 'read votes');
    }
    for (const user of users) reactors.set(user.id, memberOfUser(user));
    if (users.length < REACTIONS_PAGE) return [...reactors.values()];
    after = users.at(-1)!.id;
  }
  logger.warn(
    { messageKey: messageKey(message.channelId, message.messageId), voters: reactors.size },
    'vote list cut at the page bound',
  );
  return [...reactors.values()];
}
