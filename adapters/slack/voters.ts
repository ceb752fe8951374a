import type { webApi } from '@slack/bolt';
import type { Member, MessageRef } from '../../src/core/clip/clip.ts';
import { reactionName } from './emoji.ts';
import { fromSlackError, slackErrorCode } from './errors.ts';
import type { SlackMembers } from './members.ts';
import { readRef } from './refs.ts';

/**
 * users.info lookups at once while reconciling votes: users.info is Tier 4 (100+ per minute,
 * docs.slack.dev/apis/web-api/rate-limits); a contest close reads every entry's voters, so a few at once.
 */
const LOOKUPS_AT_ONCE = 4;

/** The message is gone: nobody can have a reaction on it any more. */
const GONE = new Set(['message_not_found', 'channel_not_found', 'file_not_found', 'file_deleted']);

/**
 * Every Slack message a clip ref stands for: a vote counts on any message that shows the clip
 * (the channel message the bot opened, the status message, the video), so a reconciliation that
 * read only one would drop the votes cast on the others as taken back. A status message ref
 * names the thread root it opened; a file ref names the message the file landed in.
 */
export function messagesOf(refs: readonly MessageRef[]): { channel: string; ts: string }[] {
  const out = new Map<string, { channel: string; ts: string }>();
  const add = (channel: string, ts: string | undefined) => {
    if (ts) out.set(`${channel}:${ts}`, { channel, ts });
  };
  for (const ref of refs) {
    const target = readRef(ref);
    if (target?.kind === 'message') {
      add(target.channel, target.ts);
      add(target.channel, target.openedRootTs);
    } else if (target?.kind === 'file') {
      add(target.channel, target.ts);
    }
  }
  return [...out.values()];
}

/**
 * Who has the reaction `wanted` on any of the messages, once each, from reactions.get. `full: true`
 * because without it Slack may cut each reaction's user list short ("If true always return the
 * complete reaction list", reactions.get reference). A skin-toned reaction (`+1::skin-tone-3`) is
 * listed apart from the plain one; both are the same vote. Bots are flagged from users.info
 * (cached); Slack has no account creation date, so `since` stays unset (the core falls back to
 * when it first met the member). reactions.get is Tier 3 (50+ per minute): one call per message.
 */
export async function readVoters(
  client: webApi.WebClient,
  members: SlackMembers,
  messages: readonly { channel: string; ts: string }[],
  wanted: string,
): Promise<Member[]> {
  const ids = new Set<string>();
  for (const { channel, ts } of messages) {
    let reactions: { name?: string; users?: string[] }[];
    try {
      const result = await client.reactions.get({ channel, timestamp: ts, full: true });
      reactions = result.message?.reactions ?? [];
    } catch (error) {
      if (GONE.has(slackErrorCode(error) ?? '')) continue;
      throw fromSlackError(error, 'reactions.get');
    }
    for (const reaction of reactions) {
      if (reaction.name && reactionName(reaction.name) === wanted) {
        for (const id of reaction.users ?? []) ids.add(id);
      }
    }
  }
  const voters: Member[] = [];
  const queue = [...ids];
  while (queue.length) {
    const batch = queue.splice(0, LOOKUPS_AT_ONCE);
    for (const actor of await Promise.all(batch.map((id) => members.get(id)))) {
      voters.push({ id: actor.id, name: actor.name, ...(actor.bot ? { bot: true } : {}) });
    }
  }
  return voters;
}
