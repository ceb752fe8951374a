import type { BlockAction, App as BoltApp, ButtonAction, MessageShortcut } from '@slack/bolt';
import { cancelClip, deleteClip, editClip, remixClip, rerollClip } from '../../commands/actions.ts';
import type { Clip } from '../../src/core/clip/clip.ts';
import { normalizePrompt } from '../../src/core/clip/clip-options.ts';
import type { Place } from '../../src/core/place.ts';
import { memberTranslatorWithin } from './languages.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { resolveMentions } from './mentions.ts';
import {
  PROMPT_ACTION,
  PROMPT_BLOCK,
  REMIX_CALLBACK_ID,
  type RemixTarget,
  readRemixTarget,
  remixModal,
} from './modal.ts';
import { messageKey, SURFACE } from './refs.ts';
import { ACTION_IDS } from './render.ts';
import { failureText, prepareCommand, runAction, runCommand, whisper, whisperFailure } from './requests.ts';
import { memberText } from './text.ts';

/** callback_id of the "Remix this prompt" message shortcut (set it in the app's settings). */
export const REMIX_SHORTCUT_ID = 'reelbot_remix_message';

/** One member pressing one button twice quickly makes one re-roll. */
const DOUBLE_CLICK_MS = 3000;

type ButtonBody = BlockAction<ButtonAction>;

/** Where a button was pressed: its channel and thread, for private replies. */
function whereClicked(body: ButtonBody) {
  const container = body.container as { channel_id?: string; thread_ts?: string; message_ts?: string };
  return {
    channelId: body.channel?.id ?? container.channel_id ?? '',
    userId: body.user.id,
    threadTs: container.thread_ts ?? (body.message?.thread_ts as string | undefined) ?? body.message?.ts,
  };
}

/**
 * Buttons on the status message (Remix, Re-roll, Cancel, Delete), the message shortcut and the
 * Remix modal. Button values carry the clip id, so buttons on old messages work after restarts.
 * Refusals (not yours, already finished) go privately to the member who pressed.
 */
export function registerActions(bolt: BoltApp, deps: ListenerDeps): void {
  const service = deps.services.clips;

  for (const mode of ['remix', 'edit'] as const) {
    bolt.action<ButtonBody>(ACTION_IDS[mode], async ({ ack, body, action }) => {
      await ack();
      const to = whereClicked(body);
      try {
        // views.open needs the trigger within 3 s of the click (bolt-js creating-modals.md): open it
        // first, after the clip and the member's language, read at once.
        const [parent, t] = await Promise.all([
          service.get(action.value ?? ''),
          memberTranslatorWithin(deps, body.user.id, teamOf(body)),
        ]);
        await deps.client.views.open({
          trigger_id: body.trigger_id,
          view: remixModal({
            prompt: mode === 'remix' ? parent.prompt : '',
            creditName: parent.author.name,
            target: { ...targetOf(parent), mode },
            t,
          }),
        });
      } catch (error) {
        await whisperFailure(deps, to, error, teamOf(body));
      }
    });
  }

  bolt.action<ButtonBody>(ACTION_IDS.reroll, async ({ ack, body, action }) => {
    await ack();
    const to = whereClicked(body);
    try {
      const clipId = action.value ?? '';
      if (!(await deps.keyValue.claim(`slack:reroll:${clipId}:${body.user.id}`, DOUBLE_CLICK_MS))) return;
      const parent = await service.get(clipId);
      const actor = await deps.members.get(body.user.id, body.user.name ?? body.user.username);
      const request = { place: parent.place, actor, headline: parent.prompt };
      await runAction(deps, rerollClip, { clip: parent.id }, request, to);
    } catch (error) {
      await whisperFailure(deps, to, error, teamOf(body));
    }
  });

  bolt.action<ButtonBody>(ACTION_IDS.cancel, async ({ ack, body, action }) => {
    await ack();
    const to = whereClicked(body);
    try {
      const actor = await deps.members.get(body.user.id, body.user.name ?? body.user.username);
      const request = { place: pressedIn(body, to.channelId), actor, headline: '' };
      await runAction(deps, cancelClip, { clip: action.value ?? '' }, request, to);
    } catch (error) {
      await whisperFailure(deps, to, error, teamOf(body));
    }
  });

  bolt.action<ButtonBody>(ACTION_IDS.delete, async ({ ack, body, action }) => {
    await ack();
    const to = whereClicked(body);
    try {
      const actor = await deps.members.get(body.user.id, body.user.name ?? body.user.username);
      const request = { place: pressedIn(body, to.channelId), actor, headline: '' };
      await runAction(deps, deleteClip, { clip: action.value ?? '' }, request, to);
    } catch (error) {
      await whisperFailure(deps, to, error, teamOf(body));
    }
  });

  bolt.shortcut<MessageShortcut>(REMIX_SHORTCUT_ID, async ({ ack, shortcut }) => {
    await ack();
    const channelId = shortcut.channel.id;
    const { message } = shortcut;
    const to = { channelId, userId: shortcut.user.id, threadTs: message.thread_ts ?? message.ts };
    const teamId = shortcut.team?.id ?? shortcut.user.team_id ?? '';
    try {
      const [clip, t] = await Promise.all([
        service.clipForMessage(messageKey(channelId, message.ts)),
        memberTranslatorWithin(deps, shortcut.user.id, teamId),
      ]);
      const view = clip
        ? remixModal({ prompt: clip.prompt, creditName: clip.author.name, target: targetOf(clip), t })
        : remixModal({
            t,
            prompt: memberText(message.text ?? '', deps.botUserId),
            target: {
              teamId: shortcut.team?.id ?? shortcut.user.team_id ?? '',
              channelId,
              threadTs: (message.thread_ts as string | undefined) ?? message.ts,
            },
          });
      await deps.client.views.open({ trigger_id: shortcut.trigger_id, view });
    } catch (error) {
      await whisperFailure(deps, to, error, teamId);
    }
  });

  bolt.view(REMIX_CALLBACK_ID, async ({ ack, view, body }) => {
    const target = readRemixTarget(view.private_metadata);
    if (!target) {
      await ack();
      return;
    }
    const text = view.state.values[PROMPT_BLOCK]?.[PROMPT_ACTION]?.value ?? '';
    const to = { channelId: target.channelId, userId: body.user.id, threadTs: target.threadTs };
    const requestKey = `slack:view:${view.id}`;
    // Check the text before the modal closes: a problem is shown under the prompt box.
    let run: () => Promise<unknown>;
    try {
      if (target.parentId) {
        const parentId = target.parentId;
        const prompt = normalizePrompt(text);
        const make = target.mode === 'edit' ? editClip : remixClip;
        run = async () => {
          const actor = await deps.members.get(body.user.id, body.user.name);
          // A pasted <@U…> in the box names a member as much as a mention does: consent applies.
          const named = await resolveMentions(prompt, deps.members, deps.botUserId);
          const mentions = named.mentions.length ? { mentions: named.mentions } : {};
          const written = normalizePrompt(named.text);
          const request = { place: placeOf(target), actor, headline: written, requestKey, ...mentions };
          return runAction(deps, make, { clip: parentId, prompt: written }, request, to);
        };
      } else {
        const prepared = prepareCommand(deps, text);
        const origin = { ...placeFields(target), userId: body.user.id, userName: body.user.name, requestKey };
        run = () => runCommand(deps, prepared, origin, (reply) => whisper(deps, to, reply));
      }
    } catch (error) {
      // Shown under the prompt box: in the member's language when Slack says it in time.
      const t = await memberTranslatorWithin(deps, body.user.id, target.teamId);
      await ack({ response_action: 'errors', errors: { [PROMPT_BLOCK]: failureText(deps, error, t) } });
      return;
    }
    await ack();
    try {
      await run();
    } catch (error) {
      await whisperFailure(deps, to, error, target.teamId);
    }
  });
}

function targetOf(clip: Clip): RemixTarget {
  return {
    parentId: clip.id,
    teamId: clip.place.workspaceId,
    channelId: clip.place.channelId,
    threadTs: clip.place.threadId ?? '',
  };
}

/** The workspace a button was pressed in. */
function teamOf(body: ButtonBody): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

/** Where a button was pressed, for its rate gate (members are counted per workspace). */
function pressedIn(body: ButtonBody, channelId: string): Place {
  return { surface: SURFACE, workspaceId: teamOf(body), channelId };
}

function placeFields(target: RemixTarget) {
  return { teamId: target.teamId, channelId: target.channelId, threadTs: target.threadTs || undefined };
}

function placeOf(target: RemixTarget): Place {
  return {
    surface: SURFACE,
    workspaceId: target.teamId,
    channelId: target.channelId,
    threadId: target.threadTs,
  };
}
