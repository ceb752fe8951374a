import {
  type APIUser,
  type MessageReaction,
  type PartialMessageReaction,
  type PartialUser,
  type REST,
  Routes,
  type User,
} from 'discord.js';
import type { Clip, Member } from '../../src/core/clip/clip.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import type { Services } from '../../src/core/services.ts';
import { memberOfUser } from './members.ts';
import { messageKey, parseMessageKey } from './refs.ts';
import { sameEmoji, type VoteEmojis } from './vote-emoji.ts';

type AnyReaction = MessageReaction | PartialMessageReaction;
type AnyUser = User | PartialUser;

/**
 * Votes are reactions with the vote emoji on a clip's card or video. The core counts one vote per
 * member and ignores bots and the author. Reactions on messages from before a restart arrive as
 * partials (discord.js guide, popular-topics/reactions.mdx): the channel and message ids are all this needs.
 */
export class VoteCounter {
  readonly #services: Services;
  readonly #emojis: VoteEmojis;
  readonly #rest: REST;
  readonly #logger: Logger;

  constructor(deps: { services: Services; emojis: VoteEmojis; rest: REST; logger: Logger }) {
    this.#services = deps.services;
    this.#emojis = deps.emojis;
    this.#rest = deps.rest;
    this.#logger = deps.logger;
  }

  async added(reaction: AnyReaction, user: AnyUser): Promise<void> {
    const clip = (await this.#voteOn(reaction))?.clip;
    if (!clip) return;
    const member = await memberOf(user);
    const result = await this.#services.clips.vote(clip.id, member);
    this.#logger.debug({ clipId: clip.id, voter: member.id, ...result }, 'vote');
  }

  async removed(reaction: AnyReaction, user: AnyUser): Promise<void> {
    const vote = await this.#voteOn(reaction);
    if (!vote) return;
    const { clip, emoji } = vote;
    // One vote per member per clip, whichever of its two messages carries it: keep the vote
    // while the member still reacts on the other one.
    const here = messageKey(reaction.message.channelId, reaction.message.id);
    const other = [clip.card?.key, clip.delivery?.key].find((key) => key && key !== here);
    if (other && (await this.#reactedOn(other, user.id, emoji))) {
      this.#logger.debug({ clipId: clip.id, voter: user.id, still: other }, 'vote kept');
      return;
    }
    const result = await this.#services.clips.unvote(clip.id, { id: user.id, name: user.username ?? '' });
    this.#logger.debug({ clipId: clip.id, voter: user.id, ...result }, 'vote removed');
  }

  /**
   * The clip a reaction votes on, and the vote emoji it matched: the server's vote emoji, except
   * on a contest entry, where it is the emoji the contest started with (admins changing the
   * server's emoji mid-contest change nothing about that contest's votes, and the close reads the
   * platform's list by that same emoji).
   */
  async #voteOn(reaction: AnyReaction): Promise<{ clip: Clip; emoji: string } | undefined> {
    const { emoji } = reaction;
    const name = emoji.id ? `${emoji.name}:${emoji.id}` : (emoji.name ?? '');
    const clip = await this.#services.clips.clipForMessage(
      messageKey(reaction.message.channelId, reaction.message.id),
    );
    if (!clip) return undefined;
    const voteEmoji = await this.#emojis.forClip(clip, reaction.message.guildId);
    return sameEmoji(name, voteEmoji) ? { clip, emoji: voteEmoji } : undefined;
  }

  /** Whether the member's vote reaction is on that message (one page of the reactions list). */
  async #reactedOn(key: string, userId: string, emoji: string): Promise<boolean> {
    const target = parseMessageKey(key);
    if (!target) return false;
    try {
      const users = (await this.#rest.get(
        Routes.channelMessageReaction(target.channelId, target.messageId, encodeURIComponent(emoji)),
        { query: new URLSearchParams({ limit: '1', after: (BigInt(userId) - 1n).toString() }) },
      )) as APIUser[];
      return users.some((u) => u.id === userId);
    } catch (error) {
      this.#logger.warn({ err: (error as Error).message }, 'could not read reactions');
      return false;
    }
  }
}

async function memberOf(user: AnyUser): Promise<Member> {
  return memberOfUser(user.partial ? await user.fetch() : user);
}
