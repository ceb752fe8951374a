import type { types } from '@slack/bolt';
import { INPUT_MAX } from './modal.ts';
import { fitEscaped } from './text.ts';

/**
 * The Extend, Story and Cast modals. Each is opened with views.open from the trigger_id of the
 * button or slash command that asked for it (valid 3 s: https://docs.slack.dev/surfaces/modals),
 * and read back on view_submission by callback_id; where its result goes travels in
 * private_metadata (≤ 3000 characters, https://docs.slack.dev/reference/views/modal-views).
 */
export const EXTEND_CALLBACK_ID = 'reelbot_extend_modal';
export const STORY_CALLBACK_ID = 'reelbot_story_modal';
export const CAST_CALLBACK_ID = 'reelbot_cast_modal';

/** block_id / action_id pairs (the same string for both, so state.values[x][x] reads them). */
export const FIELD = {
  next: 'next',
  seconds: 'seconds',
  look: 'look',
  mode: 'mode',
  transition: 'transition',
  picture: 'picture',
  handle: 'handle',
} as const;
export const shotField = (n: number) => `shot_${n}`;

/** The place a form's result is posted to. */
export interface FormTarget {
  teamId: string;
  channelId: string;
  /** Absent: the bot opens a thread (slash commands come from the channel). */
  threadTs?: string;
  /** The clip an Extend form continues. */
  clipId?: string;
}

/** Picture types the cast form accepts (a convenience filter: the core checks the bytes). */
const PICTURE_TYPES = ['jpg', 'jpeg', 'png', 'webp'];

type Option = { text: { type: 'plain_text'; text: string }; value: string };
/** An option object: text ≤ 75, value ≤ 150 (https://docs.slack.dev/reference/block-kit/composition-objects/option-object). */
const option = (text: string, value: string): Option => ({
  text: { type: 'plain_text', text: text.slice(0, 75) },
  value: value.slice(0, 150),
});

/** A static_select of the given choices (≤ 100 options: select menu element reference). */
function select(field: string, label: string, choices: Option[], optional: boolean, initial?: Option) {
  return {
    type: 'input' as const,
    block_id: field,
    optional,
    label: { type: 'plain_text' as const, text: label },
    element: {
      type: 'static_select' as const,
      action_id: field,
      options: choices.slice(0, 100),
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function textInput(field: string, label: string, optional: boolean, multiline = true, max = INPUT_MAX) {
  return {
    type: 'input' as const,
    block_id: field,
    optional,
    label: { type: 'plain_text' as const, text: label },
    element: { type: 'plain_text_input' as const, action_id: field, multiline, max_length: max },
  };
}

const secondsOptions = (seconds: readonly number[]) => seconds.map((s) => option(`${s} seconds`, String(s)));

/** A context line of verbatim mrkdwn (the caller escapes anything a member wrote). */
const note = (text: string) => ({
  type: 'context' as const,
  elements: [{ type: 'mrkdwn' as const, text, verbatim: true }],
});

/** The frame every form shares: its callback_id, titles, and where its result goes. */
function modal(
  callbackId: string,
  title: string,
  submit: string,
  target: FormTarget,
  blocks: unknown[],
): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: { type: 'plain_text', text: title },
    submit: { type: 'plain_text', text: submit },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(target),
    blocks: blocks as types.KnownBlock[],
  };
}

/** Extend: what happens next, and how many seconds to add. */
export function extendModal(
  target: FormTarget,
  parentAuthor: string,
  seconds: readonly number[],
): types.ModalView {
  return modal(EXTEND_CALLBACK_ID, 'Extend video', 'Extend', target, [
    note(`Continuing ${fitEscaped(parentAuthor, 100)}’s clip; the new clip credits it.`),
    textInput(FIELD.next, 'What happens next', false),
    ...(seconds.length ? [select(FIELD.seconds, 'Seconds to add', secondsOptions(seconds), true)] : []),
  ]);
}

/** Story: one box per shot (up to STORY_MAX_SHOTS; a modal holds 100 blocks), look, mode, transition. */
export function storyModal(
  target: FormTarget,
  maxShots: number,
  seconds: readonly number[],
): types.ModalView {
  const shots = Math.max(1, Math.min(maxShots, 90));
  const blocks = [
    ...Array.from({ length: shots }, (_, i) =>
      // Two shots are the least a story has; the rest may stay empty.
      textInput(shotField(i + 1), `Shot ${i + 1}`, i >= 2),
    ),
    textInput(FIELD.look, 'What stays the same (characters, place, light)', true),
    ...(seconds.length ? [select(FIELD.seconds, 'Seconds per shot', secondsOptions(seconds), true)] : []),
    select(
      FIELD.mode,
      'Mode',
      [option('Flow: each shot continues the last', 'flow'), option('Cut: shots made at once', 'cut')],
      true,
    ),
    select(FIELD.transition, 'Between shots', [option('Cut', 'cut'), option('Fade', 'fade')], true),
  ];
  return modal(STORY_CALLBACK_ID, 'Tell a story', 'Make story', target, blocks);
}

/**
 * Cast: one picture (file_input, max_files 1, jpg/jpeg/png/webp:
 * https://docs.slack.dev/reference/block-kit/block-elements/file-input-element) and an optional handle.
 */
export function castModal(target: FormTarget): types.ModalView {
  return modal(CAST_CALLBACK_ID, 'Add your likeness', 'Add picture', target, [
    note(
      'A clear photo of you (JPEG, PNG or WebP, up to 10 MB). It is re-encoded without location or camera data, kept only by the bot, and never posted.',
    ),
    {
      type: 'input',
      block_id: FIELD.picture,
      label: { type: 'plain_text', text: 'Picture' },
      element: { type: 'file_input', action_id: FIELD.picture, filetypes: PICTURE_TYPES, max_files: 1 },
    },
    textInput(FIELD.handle, 'Handle others may write as @handle', true, false, 64),
  ]);
}

/** Read private_metadata back; undefined when it is not ours. */
export function readFormTarget(metadata: string | undefined): FormTarget | undefined {
  try {
    const value = JSON.parse(metadata ?? '') as Partial<FormTarget>;
    if (typeof value.teamId !== 'string' || typeof value.channelId !== 'string') return undefined;
    return {
      teamId: value.teamId,
      channelId: value.channelId,
      ...(typeof value.threadTs === 'string' && value.threadTs ? { threadTs: value.threadTs } : {}),
      ...(typeof value.clipId === 'string' ? { clipId: value.clipId } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A submitted view's state values, as Slack sends them (view_submission payload). */
export type ViewValues = Record<
  string,
  Record<
    string,
    {
      type?: string;
      value?: string | null;
      selected_option?: { value?: string } | null;
      files?: unknown[];
    }
  >
>;

/** A text box's or select's value; '' when empty. */
export function fieldValue(values: ViewValues, field: string): string {
  const entry = values[field]?.[field];
  if (!entry) return '';
  if (entry.selected_option) return String(entry.selected_option.value ?? '');
  return typeof entry.value === 'string' ? entry.value : '';
}
