import type { BlockAction, App as BoltApp, ButtonAction } from '@slack/bolt';
import { CLIP_ACTIONS } from '../../commands/actions.ts';
import { castAdd } from '../../commands/cast.ts';
import type { RawOptions } from '../../commands/parse.ts';
import { parseOptions } from '../../commands/parse.ts';
import { reshoot } from '../../commands/reshoot.ts';
import { story } from '../../commands/story.ts';
import type { Place } from '../../src/core/place.ts';
import { downloadPicture } from './files.ts';
import {
  CAST_CALLBACK_ID,
  castModal,
  EXTEND_CALLBACK_ID,
  extendModal,
  FIELD,
  type FormTarget,
  fieldValue,
  readFormTarget,
  STORY_CALLBACK_ID,
  shotField,
  storyModal,
  type ViewValues,
} from './forms.ts';
import { memberTranslatorWithin } from './languages.ts';
import type { ListenerDeps } from './listener-deps.ts';
import { resolveMentions } from './mentions.ts';
import { SURFACE } from './refs.ts';
import { EXTEND_ACTION_ID, RESHOOT_ACTION_ID } from './render.ts';
import { failureText, runAction, runCommand, whisper, whisperFailure } from './requests.ts';

type ButtonBody = BlockAction<ButtonAction>;

/** As for Re-roll (actions.ts): presses of one button by one member within this are one. */
const DOUBLE_CLICK_MS = 3000;

type FormDeps = ListenerDeps;

/** Every length any configured model renders, for the Seconds menus. */
function secondsChoices(deps: FormDeps): number[] {
  const all = deps.services.providers
    .all()
    .flatMap((p) => p.capabilities().models.flatMap((m) => m.durationsS));
  return [...new Set(all)].sort((a, b) => a - b);
}

function pressedAt(body: ButtonBody) {
  const container = body.container as { channel_id?: string; thread_ts?: string };
  return {
    channelId: body.channel?.id ?? container.channel_id ?? '',
    userId: body.user.id,
    threadTs: container.thread_ts ?? (body.message?.thread_ts as string | undefined) ?? body.message?.ts,
  };
}

/** Where a submitted form's command comes from: its target, who submitted it, and the view (its request key). */
function originOf(target: FormTarget, user: { id: string; name: string }, viewId: string) {
  return {
    teamId: target.teamId,
    channelId: target.channelId,
    ...(target.threadTs ? { threadTs: target.threadTs } : {}),
    userId: user.id,
    userName: user.name,
    requestKey: `slack:view:${viewId}`,
  };
}

function placeOf(target: FormTarget): Place {
  return {
    surface: SURFACE,
    workspaceId: target.teamId,
    channelId: target.channelId,
    ...(target.threadTs ? { threadId: target.threadTs } : {}),
  };
}

/** Open the Story form for `/sora story` typed with no shots, in the member's language. */
export async function openStoryForm(
  deps: FormDeps,
  triggerId: string,
  target: FormTarget,
  userId: string,
): Promise<void> {
  // The trigger is good for 3 s: the member's language only if Slack says it in time.
  const t = await memberTranslatorWithin(deps, userId, target.teamId);
  await deps.client.views.open({
    trigger_id: triggerId,
    view: storyModal(target, deps.storyMaxShots, secondsChoices(deps), t),
  });
}

/** Open the Cast form for `/sora cast add` typed without a picture, in the member's language. */
export async function openCastForm(
  deps: FormDeps,
  triggerId: string,
  target: FormTarget,
  userId: string,
): Promise<void> {
  const t = await memberTranslatorWithin(deps, userId, target.teamId);
  await deps.client.views.open({ trigger_id: triggerId, view: castModal(target, t) });
}

/** The workspace a button was pressed in. */
function teamOf(body: ButtonBody): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

/**
 * The Extend button and form, a story's per-shot Re-roll buttons, and the Story and Cast forms.
 * Each reads Slack's input and runs the command through the pipeline (requests.ts); no rule of
 * the core is repeated here.
 */
export function registerForms(bolt: BoltApp, deps: FormDeps): void {
  bolt.action<ButtonBody>(EXTEND_ACTION_ID, async ({ ack, body, action }) => {
    await ack();
    const to = pressedAt(body);
    try {
      const [parent, t] = await Promise.all([
        deps.services.clips.get(action.value ?? ''),
        memberTranslatorWithin(deps, body.user.id, teamOf(body)),
      ]);
      const target: FormTarget = {
        teamId: parent.place.workspaceId,
        channelId: parent.place.channelId,
        ...(parent.place.threadId ? { threadTs: parent.place.threadId } : {}),
        clipId: parent.id,
      };
      // views.open needs the trigger within 3 s of the click: open it before anything slow.
      await deps.client.views.open({
        trigger_id: body.trigger_id,
        view: extendModal(target, parent.author.name, secondsChoices(deps), t),
      });
    } catch (error) {
      await whisperFailure(deps, to, error, teamOf(body));
    }
  });

  bolt.action<ButtonBody>(new RegExp(`^${RESHOOT_ACTION_ID}_\\d+$`), async ({ ack, body, action }) => {
    await ack();
    const to = pressedAt(body);
    try {
      const [storyId = '', shot = ''] = (action.value ?? '').split(':');
      // One member pressing one shot's button twice quickly buys that shot once.
      const claim = `slack:reshoot:${storyId}:${shot}:${body.user.id}`;
      if (!(await deps.keyValue.claim(claim, DOUBLE_CLICK_MS))) return;
      const parent = await deps.services.clips.get(storyId);
      const actor = await deps.members.get(body.user.id, body.user.name ?? body.user.username);
      const request = {
        place: parent.place,
        actor,
        headline: parent.prompt,
        requestKey: `slack:reshoot:${body.trigger_id}`,
      };
      await runAction(deps, reshoot, { story: storyId, shot }, request, to);
    } catch (error) {
      await whisperFailure(deps, to, error, teamOf(body));
    }
  });

  bolt.view(EXTEND_CALLBACK_ID, async ({ ack, view, body }) => {
    const target = readFormTarget(view.private_metadata);
    const values = view.state.values as ViewValues;
    const next = fieldValue(values, FIELD.next).trim();
    if (!target?.clipId) return void (await ack());
    if (!next) {
      const t = await memberTranslatorWithin(deps, body.user.id, target.teamId);
      await ack({
        response_action: 'errors',
        errors: { [FIELD.next]: t('surface.slack.extend.nextMissing') },
      });
      return;
    }
    await ack();
    const to = { channelId: target.channelId, userId: body.user.id, threadTs: target.threadTs };
    try {
      const actor = await deps.members.get(body.user.id, body.user.name);
      // A pasted <@U…> names a member as much as a typed mention: the consent gate applies.
      const named = await resolveMentions(next, deps.members, deps.botUserId);
      const seconds = fieldValue(values, FIELD.seconds);
      const raw: RawOptions = { clip: target.clipId, prompt: named.text, ...(seconds ? { seconds } : {}) };
      const request = {
        place: placeOf(target),
        actor,
        headline: named.text,
        requestKey: `slack:view:${view.id}`,
        ...(named.mentions.length ? { mentions: named.mentions } : {}),
      };
      await runAction(deps, CLIP_ACTIONS.extend, raw, request, to);
    } catch (error) {
      await whisperFailure(deps, to, error, target.teamId);
    }
  });

  bolt.view(STORY_CALLBACK_ID, async ({ ack, view, body }) => {
    const target = readFormTarget(view.private_metadata);
    if (!target) return void (await ack());
    const values = view.state.values as ViewValues;
    const shots: string[] = [];
    for (let n = 1; n <= deps.storyMaxShots; n++) {
      // A | inside a box would split its shot in two: the boxes are the shots.
      const text = fieldValue(values, shotField(n)).replace(/\|/g, '/').trim();
      if (text) shots.push(text);
    }
    const raw: RawOptions = { shots: shots.join(' | ') };
    for (const field of [FIELD.look, FIELD.seconds, FIELD.mode, FIELD.transition]) {
      const value = fieldValue(values, field).trim();
      if (value) raw[field] = value;
    }
    let input: unknown;
    try {
      input = parseOptions(story, raw);
    } catch (error) {
      // Shown under the first shot's box before the form closes; nothing was spent.
      const t = await memberTranslatorWithin(deps, body.user.id, target.teamId);
      await ack({ response_action: 'errors', errors: { [shotField(1)]: failureText(deps, error, t) } });
      return;
    }
    await ack();
    const to = { channelId: target.channelId, userId: body.user.id, threadTs: target.threadTs };
    try {
      await runCommand(deps, { command: story, raw, input }, originOf(target, body.user, view.id), (text) =>
        whisper(deps, to, text),
      );
    } catch (error) {
      await whisperFailure(deps, to, error, target.teamId);
    }
  });

  bolt.view(CAST_CALLBACK_ID, async ({ ack, view, body }) => {
    const target = readFormTarget(view.private_metadata);
    if (!target) return void (await ack());
    const values = view.state.values as ViewValues;
    const files = values[FIELD.picture]?.[FIELD.picture]?.files;
    if (!Array.isArray(files) || files.length !== 1) {
      const t = await memberTranslatorWithin(deps, body.user.id, target.teamId);
      await ack({
        response_action: 'errors',
        errors: { [FIELD.picture]: t('surface.slack.cast.pictureMissing') },
      });
      return;
    }
    // The download may take longer than the 3 s Slack waits for the ack: answer after, privately.
    await ack();
    const to = { channelId: target.channelId, userId: body.user.id, threadTs: target.threadTs };
    try {
      const image = await downloadPicture(files[0], deps.botToken, deps.fileOrigins, (message, detail) =>
        deps.logger.warn(detail, message),
      );
      const handle = fieldValue(values, FIELD.handle).trim();
      const raw: RawOptions = { image, ...(handle ? { name: handle } : {}) };
      await runCommand(
        deps,
        { command: castAdd, raw, input: undefined, literal: ['name'] },
        originOf(target, body.user, view.id),
        (text) => whisper(deps, to, text),
      );
    } catch (error) {
      await whisperFailure(deps, to, error, target.teamId);
    }
  });
}
