import type { types } from '@slack/bolt';
import type { Translate } from '../../src/core/i18n/translator.ts';
import { INPUT_MAX, LABEL_MAX, modalText } from './modal.ts';
import { fitEscaped, truncate } from './text.ts';

/**
 * The Extend, Story and Cast modals. Each is opened with views.open from the trigger_id of the
 * button or slash command that asked for it (valid 3 s: https://docs.slack.dev/surfaces/modals),
 * and read back on view_submission by callback_id; where its result goes travels in
 * private_metadata (≤ 3000 characters, https://docs.slack.dev/reference/views/modal-views).
 * Every word is in the member's language (`t`), cut to Slack's limits after rendering: titles and
 * buttons 24 (modal.ts), labels 2000, options 75.
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
  text: { type: 'plain_text', text: truncate(text, 75) },
  value: value.slice(0, 150),
});

/** A static_select of the given choices (≤ 100 options: select menu element reference). */
function select(field: string, label: string, choices: Option[], optional: boolean, initial?: Option) {
  return {
    type: 'input' as const,
    block_id: field,
    optional,
    label: { type: 'plain_text' as const, text: truncate(label, LABEL_MAX) },
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
    label: { type: 'plain_text' as const, text: truncate(label, LABEL_MAX) },
    element: { type: 'plain_text_input' as const, action_id: field, multiline, max_length: max },
  };
}

const secondsOptions = (seconds: readonly number[], t: Translate) =>
  seconds.map((s) => option(t('surface.slack.form.seconds', { seconds: s }), String(s)));

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
  t: Translate,
): types.ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: modalText(title),
    submit: modalText(submit),
    close: modalText(t('surface.slack.form.cancel')),
    private_metadata: JSON.stringify(target),
    blocks: blocks as types.KnownBlock[],
  };
}

/** Extend: what happens next, and how many seconds to add. */
export function extendModal(
  target: FormTarget,
  parentAuthor: string,
  seconds: readonly number[],
  t: Translate,
): types.ModalView {
  return modal(
    EXTEND_CALLBACK_ID,
    t('surface.slack.extend.title'),
    t('surface.slack.extend.submit'),
    target,
    [
      note(t('surface.slack.extend.note', { name: fitEscaped(parentAuthor, 100) })),
      textInput(FIELD.next, t('surface.slack.extend.next'), false),
      ...(seconds.length
        ? [select(FIELD.seconds, t('surface.slack.extend.seconds'), secondsOptions(seconds, t), true)]
        : []),
    ],
    t,
  );
}

/** Story: one box per shot (up to STORY_MAX_SHOTS; a modal holds 100 blocks), look, mode, transition. */
export function storyModal(
  target: FormTarget,
  maxShots: number,
  seconds: readonly number[],
  t: Translate,
): types.ModalView {
  const shots = Math.max(1, Math.min(maxShots, 90));
  const blocks = [
    ...Array.from({ length: shots }, (_, i) =>
      // Two shots are the least a story has; the rest may stay empty.
      textInput(shotField(i + 1), t('surface.slack.story.shot', { number: i + 1 }), i >= 2),
    ),
    textInput(FIELD.look, t('surface.slack.story.look'), true),
    ...(seconds.length
      ? [select(FIELD.seconds, t('surface.slack.story.seconds'), secondsOptions(seconds, t), true)]
      : []),
    select(
      FIELD.mode,
      t('surface.slack.story.mode'),
      [option(t('surface.slack.story.mode.flow'), 'flow'), option(t('surface.slack.story.mode.cut'), 'cut')],
      true,
    ),
    select(
      FIELD.transition,
      t('surface.slack.story.transition'),
      [
        option(t('surface.slack.story.transition.cut'), 'cut'),
        option(t('surface.slack.story.transition.fade'), 'fade'),
      ],
      true,
    ),
  ];
  return modal(
    STORY_CALLBACK_ID,
    t('surface.slack.story.title'),
    t('surface.slack.story.submit'),
    target,
    blocks,
    t,
  );
}

/**
 * Cast: one picture (file_input, max_files 1, jpg/jpeg/png/webp:
 * https://docs.slack.dev/reference/block-kit/block-elements/file-input-element) and an optional handle.
 */
export function castModal(target: FormTarget, t: Translate): types.ModalView {
  return modal(
    CAST_CALLBACK_ID,
    t('surface.slack.cast.title'),
    t('surface.slack.cast.submit'),
    target,
    [
      note(t('surface.slack.cast.note')),
      {
        type: 'input',
        block_id: FIELD.picture,
        label: { type: 'plain_text', text: truncate(t('surface.slack.cast.picture'), LABEL_MAX) },
        element: { type: 'file_input', action_id: FIELD.picture, filetypes: PICTURE_TYPES, max_files: 1 },
      },
      textInput(FIELD.handle, t('surface.slack.cast.handle'), true, false, 64),
    ],
    t,
  );
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
