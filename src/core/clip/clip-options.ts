import {
  ASPECTS,
  type AspectName,
  aspectOf,
  DEFAULT_ASPECT,
  type ModelCapabilities,
} from '../capabilities.ts';
import { ValidationError } from '../errors.ts';
import type { Clip, ClipOptions } from './clip.ts';
import { STYLE_NAMES, STYLES } from './styles.ts';

/**
 * Longest prompt we accept. Discord caps a modal text input at 4000 characters, and Remix shows
 * the prompt in one, so a longer prompt could not be remixed on every surface.
 */
export const PROMPT_MAX = 4000;

/** The refusal for a prompt over PROMPT_MAX, the same on every surface: it states the limit. */
export function promptTooLong(length: number): string {
  return `The prompt is ${length} characters; the limit is ${PROMPT_MAX}. Shorten it and try again.`;
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
  if (prompt.length === 0)
    throw new ValidationError('Describe the video you want: the prompt is empty.', 'prompt');
  if (prompt.length > PROMPT_MAX) {
    throw new ValidationError(promptTooLong(prompt.length), 'prompt');
  }
  return prompt;
}

const list = (values: readonly (string | number)[], unit = '') => {
  const items = values.map((v) => `${v}${unit}`);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
};

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
      `${model.label} makes ${list(model.durationsS)} second clips; you asked for ${durationS}. Pick one of those lengths.`,
      'duration',
    );
  }

  let size = model.sizes.find((s) => aspectOf(s) === ASPECTS[defaultAspect]) ?? model.sizes[0]!;
  if (input.size !== undefined) {
    if (!model.sizes.includes(input.size)) {
      throw new ValidationError(
        `${model.label} makes clips of ${list(model.sizes)}; "${input.size}" is not one of them.`,
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
        `${model.label} has no ${input.aspect} (${ratio}) format; it offers ${list(offered)}.`,
        'aspect',
      );
    }
    size = match;
  }

  const options: ClipOptions = { model: model.id, durationS, size };
  if (input.style !== undefined) {
    if (!STYLES[input.style]) {
      throw new ValidationError(`There is no "${input.style}" style. Try ${list(STYLE_NAMES)}.`, 'style');
    }
    options.style = input.style;
  }
  if (input.referenceImageUrl !== undefined) {
    if (!model.imageInput) {
      throw new ValidationError(`${model.label} cannot start from an image; leave the image out.`, 'image');
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
