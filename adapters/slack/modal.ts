import type { types } from '@slack/bolt';
import { codePoints } from '../../src/core/card/text-cut.ts';
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
}): types.ModalView {
  const { prompt, target, creditName } = options;
  const editing = target.mode === 'edit';
  const length = codePoints(prompt);
  const cut = length > INPUT_MAX;
  const notes: string[] = [];
  if (editing) notes.push('Say what to change in this video, like “make it night” or “add snow”.');
  else if (creditName) notes.push(`Remixing ${fitEscaped(creditName, 100)}’s clip; they get the credit.`);
  else notes.push('Make a video from this message. Add options like “, 8 seconds, portrait” at the end.');
  if (cut) {
    notes.push(
      `:warning: The prompt was ${length} characters; Slack’s text box holds ${INPUT_MAX}, so the end was cut. Check it before you submit.`,
    );
  }
  return {
    type: 'modal',
    callback_id: REMIX_CALLBACK_ID,
    // Title, submit and close are capped at 24 characters (views reference).
    title: { type: 'plain_text', text: editing ? 'Edit video' : 'Remix' },
    submit: { type: 'plain_text', text: 'Make video' },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(target),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: notes.join('\n'), verbatim: true }] },
      {
        type: 'input',
        block_id: PROMPT_BLOCK,
        label: { type: 'plain_text', text: editing ? 'Change' : 'Prompt' },
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
