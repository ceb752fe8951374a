import type { App as BoltApp } from '@slack/bolt';
import { messageKey } from './refs.ts';
import type { SlackDeps } from './requests.ts';

/** Slack's names for the same emoji; events carry the canonical one (`+1`, not `thumbsup`). */
const ALIASES: Record<string, string> = { thumbsup: '+1', thumbsdown: '-1' };

/** A reaction's base name: skin tones (`+1::skin-tone-3`) and aliases are the same vote. */
export function reactionName(name: string): string {
  const base = name.split('::')[0]!.toLowerCase();
  return ALIASES[base] ?? base;
}

/**
 * Votes are reactions (`reaction_added` / `reaction_removed`, reference §7) with the configured
 * name on any message that shows a clip: the channel message, the status message or the video.
 * The core counts one vote per member and ignores bots and authors; removing the reaction takes
 * the vote back. Retried events are harmless: casting twice changes nothing.
 */
export function registerVotes(bolt: BoltApp, deps: SlackDeps): void {
  const wanted = reactionName(deps.voteReaction);

  const clipFor = async (event: {
    reaction: string;
    item: { type: string; channel?: string; ts?: string };
  }) => {
    if (reactionName(event.reaction) !== wanted) return undefined;
    if (event.item.type !== 'message' || !event.item.channel || !event.item.ts) return undefined;
    return deps.app.service.clipForMessage(messageKey(event.item.channel, event.item.ts));
  };

  bolt.event('reaction_added', async ({ event }) => {
    const clip = await clipFor(event);
    if (!clip) return;
    const voter = await deps.members.get(event.user);
    const result = await deps.app.service.vote(clip.id, voter);
    deps.logger.debug({ clipId: clip.id, counted: result.counted, votes: result.votes }, 'slack vote');
  });

  bolt.event('reaction_removed', async ({ event }) => {
    const clip = await clipFor(event);
    if (!clip) return;
    await deps.app.service.unvote(clip.id, { id: event.user, name: event.user });
  });
}
