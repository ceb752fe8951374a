import type { App as BoltApp } from '@slack/bolt';
import type { Services } from '../../src/core/services.ts';
import { reactionName, slackReactionFor } from './emoji.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { messageKey, SURFACE } from './refs.ts';

/**
 * The reaction that counts as a vote in a workspace: its admins' vote_emoji setting read as a
 * Slack name (emoji.ts), else the deployment's SLACK_VOTE_REACTION. Read per event, so a change
 * applies to the next reaction.
 */
export async function workspaceVoteReaction(
  services: Services,
  workspaceId: string,
  fallback: string,
): Promise<string> {
  const setting = workspaceId
    ? (await services.workspace.effective({ surface: SURFACE, workspaceId })).voteEmoji
    : undefined;
  return (setting && slackReactionFor(setting)) || reactionName(fallback);
}

/**
 * Votes are reactions (`reaction_added` / `reaction_removed`, @slack/types reaction.ts) with the workspace's
 * vote reaction on any message that shows a clip: the channel message, the status message or the
 * video. The core counts one vote per member and ignores bots and authors; removing the reaction
 * takes the vote back. Retried events are harmless: casting twice changes nothing.
 */
export function registerVotes(bolt: BoltApp, deps: ListenerDeps): void {
  const clipFor = async (
    event: { reaction: string; item: { type: string; channel?: string; ts?: string } },
    body: unknown,
  ) => {
    if (event.item.type !== 'message' || !event.item.channel || !event.item.ts) return undefined;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const wanted = await workspaceVoteReaction(deps.services, teamId, deps.voteReaction);
    if (reactionName(event.reaction) !== wanted) return undefined;
    return deps.services.clips.clipForMessage(messageKey(event.item.channel, event.item.ts));
  };

  bolt.event('reaction_added', async ({ event, body }) => {
    const clip = await clipFor(event, body);
    if (!clip) return;
    const voter = await deps.members.get(event.user);
    const result = await deps.services.clips.vote(clip.id, voter);
    deps.logger.debug({ clipId: clip.id, counted: result.counted, votes: result.votes }, 'slack vote');
  });

  bolt.event('reaction_removed', async ({ event, body }) => {
    const clip = await clipFor(event, body);
    if (!clip) return;
    await deps.services.clips.unvote(clip.id, { id: event.user, name: event.user });
  });
}
