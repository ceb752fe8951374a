import type { App as BoltApp } from '@slack/bolt';
import { registerActions } from './actions.ts';
import { openCastForm, openStoryForm, registerForms } from './form-actions.ts';
import { openForm, registerFormSubmit } from './key-form.ts';
import { memberTranslator, memberTranslatorWithin } from './languages.ts';
import type { ListenerDeps } from './listener-deps.ts';
import type { SlackMessage } from './render.ts';
import { ignoreReplays } from './replays.ts';
import {
  failureText,
  type PreparedCommand,
  prepareCommand,
  runCommand,
  whisper,
  whisperFailure,
  withUsage,
} from './requests.ts';
import { escapeText, memberText } from './text.ts';
import { registerVotes } from './votes.ts';

/**
 * Slack retries an event it got no 2xx for within 3 s, up to three times, over about five
 * minutes (https://api.slack.com/events-api, X-Slack-Retry-Num). A claim outlives that by a margin.
 */
const EVENT_CLAIM_MS = 60 * 60_000;

/**
 * Platform events in, core calls out: the slash command, @mentions, buttons, the message
 * shortcut, the Remix modal and reactions. Every listener acknowledges first (Slack's 3-second
 * deadline; Bolt acks Events API events itself before listeners run) and then does the work.
 */
export function registerListeners(bolt: BoltApp, deps: ListenerDeps): void {
  ignoreReplays(bolt, deps);
  bolt.command(`/${deps.commandName}`, async ({ command, ack, respond }) => {
    // `story` with no shots and `cast add` (a picture cannot be typed) open their forms; the
    // trigger_id is good for 3 s, so the form opens before anything else.
    const form = formFor(memberText(command.text));
    if (form) {
      await ack();
      const target = { teamId: command.team_id, channelId: command.channel_id };
      const to = { channelId: command.channel_id, userId: command.user_id };
      try {
        if (form === 'story') await openStoryForm(deps, command.trigger_id, target, command.user_id);
        else await openCastForm(deps, command.trigger_id, target, command.user_id);
      } catch (error) {
        await whisperFailure(deps, to, error, command.team_id);
      }
      return;
    }
    let prepared: PreparedCommand;
    try {
      prepared = prepareCommand(deps, memberText(command.text) || 'help');
    } catch (error) {
      // Reading the text is instant, so a mistake is answered in the ack itself, in the member's
      // language when Slack says it in time (members.ts caches it).
      const t = await memberTranslatorWithin(deps, command.user_id, command.team_id);
      await ack({
        response_type: 'ephemeral',
        text: escapeText(withUsage(deps, failureText(deps, error, t), t)),
      });
      return;
    }
    await ack();
    const reply = async (text: string, everyone: boolean, message?: SlackMessage) => {
      // A public answer (a remix tree) shows in the channel; help and refusals only to the member.
      const responseType = everyone ? 'in_channel' : 'ephemeral';
      const blocks = message ? { blocks: message.blocks } : {};
      await respond({ response_type: responseType, text: escapeText(text), ...blocks }).catch(
        (error: Error) => deps.logger.warn({ err: error.message }, 'slack respond failed'),
      );
    };
    try {
      await runCommand(
        deps,
        prepared,
        {
          teamId: command.team_id,
          channelId: command.channel_id,
          userId: command.user_id,
          userName: command.user_name,
          requestKey: `slack:command:${command.trigger_id}`,
        },
        reply,
        // A form (the key form) opens with this command's trigger_id, good for 3 s.
        (form) =>
          openForm(deps, command.trigger_id, form, {
            teamId: command.team_id,
            channelId: command.channel_id,
          }),
      );
    } catch (error) {
      const t = await memberTranslator(deps, command.user_id, command.team_id);
      await reply(failureText(deps, error, t), false);
    }
  });

  bolt.event('app_mention', async ({ event, body, context }) => {
    const user = event.user;
    if (!user || event.bot_id) return;
    const eventId = (body as { event_id?: string }).event_id ?? `${event.channel}:${event.ts}`;
    // A retried delivery (same event_id) must not start a second clip.
    if (!(await deps.keyValue.claim(`slack:event:${eventId}`, EVENT_CLAIM_MS))) {
      deps.logger.info(
        { eventId, retryNum: context.retryNum },
        'slack event already handled; ignoring retry',
      );
      return;
    }
    const threadTs = event.thread_ts ?? event.ts;
    const to = { channelId: event.channel, userId: user, threadTs };
    const teamId = (body as { team_id?: string }).team_id ?? event.team ?? '';
    const text = memberText(event.text, deps.botUserId);
    let prepared: PreparedCommand;
    try {
      prepared = prepareCommand(deps, text || 'help');
    } catch (error) {
      const t = await memberTranslator(deps, user, teamId);
      await whisper(deps, to, withUsage(deps, failureText(deps, error, t), t));
      return;
    }
    try {
      await runCommand(
        deps,
        prepared,
        {
          teamId,
          channelId: event.channel,
          threadTs,
          userId: user,
          requestKey: `slack:event:${eventId}`,
        },
        (reply) => whisper(deps, to, reply),
      );
    } catch (error) {
      await whisperFailure(deps, to, error, teamId);
    }
  });

  registerActions(bolt, deps);
  registerForms(bolt, deps);
  registerFormSubmit(bolt, deps);
  registerVotes(bolt, deps);

  bolt.error(async (error) => {
    deps.logger.warn(
      { err: error.message, code: (error as { code?: string }).code },
      'slack listener failed',
    );
  });
}

/** The command text that asks for a form instead of running a command. */
function formFor(text: string): 'story' | 'cast' | undefined {
  const words = text.trim().toLowerCase().split(/\s+/).join(' ');
  if (words === 'story') return 'story';
  if (words === 'cast add') return 'cast';
  return undefined;
}
