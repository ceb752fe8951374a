import {
  ASPECTS,
  type AspectName,
  aspectOf,
  DEFAULT_ASPECT,
  type ModelCapabilities,
} from '../capabilities.ts';
import { orList } from '../error-lists.ts';
import { ValidationError } from '../errors.ts';
import { type Message, msg } from '../i18n/message.ts';
import { english } from '../i18n/translator.ts';
import type { Clip, ClipOptions } from './clip.ts';
import { STYLE_NAMES, STYLES } from './styles.ts';

/**
 * Longest prompt we accept. Discord caps a modal text input at 4000 characters, and Remix shows
 * the prompt in one, so a longer prompt could not be remixed on every surface.
 */
export const PROMPT_MAX = 4000;

/** The refusal for a prompt over PROMPT_MAX, the same on every surface: it states the limit. */
export function promptTooLongText(length: number): Message {
  return msg('error.clip.promptTooLong', { length, max: PROMPT_MAX });
}

/** The same refusal in English, for callers that still take a plain sentence. */
export function promptTooLong(length: number): string {
  return english(promptTooLongText(length));
}

/** What a member asked for, before it is checked against the model. */
export interface OptionsInput {
  model?: string;
  durationS?: number;
  size?: string;
  aspect?: AspectName;
  style?: string;
  referenceImageUrl?: string;
}

/**
 * A prompt as we store and send it: trimmed, control characters and zero-width tricks removed,
 * line breaks kept. Throws when nothing usable remains or it is too long.
 */
export function normalizePrompt(raw: string): string {
  const prompt = raw
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (prompt.length === 0) throw new ValidationError(msg('error.clip.promptEmpty'), 'prompt');
  if (prompt.length > PROMPT_MAX) {
    throw new ValidationError(promptTooLongText(prompt.length), 'prompt');
  }
  return prompt;
}

const list = (values: readonly (string | number)[]) => orList(values.map(String));

/**
 * Check a request against what the model can make; fill defaults. Throws ValidationError. With
 * no size or aspect asked for, the clip takes the workspace's default aspect when the model
 * makes it, else the model's first size: a default is never a reason to refuse.
 */
export function resolveClipOptions(
  input: OptionsInput,
  model: ModelCapabilities,
  defaultAspect: AspectName = DEFAULT_ASPECT,
): ClipOptions {
  const durationS = input.durationS ?? (model.durationsS.includes(8) ? 8 : model.durationsS[0]!);
  if (!model.durationsS.includes(durationS)) {
    throw new ValidationError(
      msg('error.clip.duration', {
        model: model.label,
        durations: list(model.durationsS),
        duration: durationS,
      }),
      'duration',
    );
  }

  let size = model.sizes.find((s) => aspectOf(s) === ASPECTS[defaultAspect]) ?? model.sizes[0]!;
  if (input.size !== undefined) {
    if (!model.sizes.includes(input.size)) {
      throw new ValidationError(
        msg('error.clip.size', { model: model.label, sizes: list(model.sizes), size: input.size }),
        'size',
      );
    }
    size = input.size;
  } else if (input.aspect !== undefined) {
    const ratio = ASPECTS[input.aspect];
    const match = model.sizes.find((s) => aspectOf(s) === ratio);
    if (!match) {
      const offered = [...new Set(model.sizes.map(aspectOf))];
      throw new ValidationError(
        msg('error.clip.aspect', { model: model.label, aspect: input.aspect, ratio, sizes: list(offered) }),
        'aspect',
      );
    }
    size = match;
  }

  const options: ClipOptions = { model: model.id, durationS, size };
  if (input.style !== undefined) {
    if (!STYLES[input.style]) {
      throw new ValidationError(
        msg('error.clip.style', { style: input.style, styles: list(STYLE_NAMES) }),
        'style',
      );
    }
    options.style = input.style;
  }
  if (input.referenceImageUrl !== undefined) {
    if (!model.imageInput) {
      throw new ValidationError(msg('error.clip.imageUnsupported', { model: model.label }), 'image');
    }
    options.referenceImageUrl = input.referenceImageUrl;
  }
  return options;
}

/** A parent clip's options as a remix, edit or re-roll of it asks for them again. */
export function inheritOptions(parent: Pick<Clip, 'options'>): OptionsInput {
  const { model, durationS, size, style, referenceImageUrl } = parent.options;
  return {
    model,
    durationS,
    size,
    ...(style ? { style } : {}),
    ...(referenceImageUrl ? { referenceImageUrl } : {}),
  };
}
