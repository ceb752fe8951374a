import type { types } from '@slack/bolt';
import { codePoints } from '../../src/core/card/text-cut.ts';
import type { Translate } from '../../src/core/i18n/translator.ts';
import { fitEscaped, truncate } from './text.ts';

/** callback_id of the Remix modal (≤ 255 characters, views reference). */
export const REMIX_CALLBACK_ID = 'reelbot_remix_modal';
/** block_id and action_id of its prompt input. */
export const PROMPT_BLOCK = 'prompt';
export const PROMPT_ACTION = 'prompt';

/**
 * Slack caps plain_text_input `max_length` at 3000 characters
 * (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element), and a
 * pre-filled value longer than that could not be submitted. Our prompts may be up to 4000
 * (Discord's limit), so a longer one is cut (between code points, as Slack counts) and the
 * member told.
 */
export const INPUT_MAX = 3000;

/**
 * A modal's title, submit and close texts are at most 24 characters
 * (https://docs.slack.dev/reference/views/modal-views): every language is cut to it after rendering.
 */
export const MODAL_TEXT_MAX = 24;
/** An input block's label at most 2000 characters (https://docs.slack.dev/reference/block-kit/blocks/input-block). */
export const LABEL_MAX = 2000;
/** A text object at most 3000 characters (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). */
export const TEXT_MAX = 3000;

/** Plain text for a modal's title or button, in the reader's language, cut to fit. */
export function modalText(text: string) {
  return { type: 'plain_text' as const, text: truncate(text, MODAL_TEXT_MAX) };
}

/** Where a Remix modal's result goes; travels in private_metadata (≤ 3000 characters). */
export interface RemixTarget {
  /** The clip being remixed, or absent when remixing a plain message's text. */
  parentId?: string;
  /** `edit`: the parent's own model changes its video following the instruction typed. */
  mode?: 'remix' | 'edit';
  teamId: string;
  channelId: string;
  threadTs: string;
}

export function remixModal(options: {
  prompt: string;
  target: RemixTarget;
  /** Whose clip it is, for the credit line. */
  creditName?: string;
  /** The member's language: the modal is theirs alone. */
  t: Translate;
}): types.ModalView {
  const { prompt, target, creditName, t } = options;
  const editing = target.mode === 'edit';
  const length = codePoints(prompt);
  const cut = length > INPUT_MAX;
  const notes: string[] = [];
  // mrkdwn: the catalog's words carry no markup; the member's name is escaped before it goes in.
  if (editing) notes.push(t('surface.slack.remix.editNote'));
  else if (creditName) notes.push(t('surface.slack.remix.creditNote', { name: fitEscaped(creditName, 100) }));
  else notes.push(t('surface.slack.remix.messageNote'));
  if (cut) notes.push(t('surface.slack.remix.cutNote', { length, max: INPUT_MAX }));
  return {
    type: 'modal',
    callback_id: REMIX_CALLBACK_ID,
    title: modalText(t(editing ? 'surface.slack.remix.editTitle' : 'surface.slack.remix.title')),
    submit: modalText(t('surface.slack.remix.submit')),
    close: modalText(t('surface.slack.form.cancel')),
    private_metadata: JSON.stringify(target),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: notes.join('\n'), verbatim: true }] },
      {
        type: 'input',
        block_id: PROMPT_BLOCK,
        label: {
          type: 'plain_text',
          text: truncate(
            t(editing ? 'surface.slack.remix.editLabel' : 'surface.slack.remix.label'),
            LABEL_MAX,
          ),
        },
        element: {
          type: 'plain_text_input',
          action_id: PROMPT_ACTION,
          multiline: true,
          max_length: INPUT_MAX,
          ...(prompt ? { initial_value: cut ? truncate(prompt, INPUT_MAX) : prompt } : {}),
        },
      },
    ],
  };
}

/** Read private_metadata back; undefined when it is not ours. */
export function readRemixTarget(metadata: string | undefined): RemixTarget | undefined {
  try {
    const value = JSON.parse(metadata ?? '') as Partial<RemixTarget>;
    if (typeof value.teamId !== 'string' || typeof value.channelId !== 'string') return undefined;
    if (typeof value.threadTs !== 'string') return undefined;
    return {
      teamId: value.teamId,
      channelId: value.channelId,
      threadTs: value.threadTs,
      ...(typeof value.parentId === 'string' ? { parentId: value.parentId } : {}),
      ...(value.mode === 'edit' ? { mode: 'edit' as const } : {}),
    };
  } catch {
    return undefined;
  }
}
