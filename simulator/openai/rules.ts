import { type BodyObject, type BodyValue, isBodyObject, isUploadedFile } from '../body.ts';
import { ApiError } from '../http.ts';

/**
 * Request validation as the real Videos API does it (openai-node src/resources/videos.ts), with OpenAI's own
 * phrasing where it is known ("Invalid type for 'seconds'…", "Invalid value: '10'. Supported…").
 */

export const SECONDS = ['4', '8', '12', '16', '20'] as const;
const SORA_2_SIZES = ['720x1280', '1280x720'];
const SORA_2_PRO_SIZES = [...SORA_2_SIZES, '1024x1792', '1792x1024', '1080x1920', '1920x1080'];
const DATED = '(?:-\\d{4}-\\d{2}-\\d{2})?';
const SORA_2 = new RegExp(`^sora-2${DATED}$`);
const SORA_2_PRO = new RegExp(`^sora-2-pro${DATED}$`);
const MAX_PROMPT = 32_000;
const MAX_IMAGE_URL = 20_971_520;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface CreateParams {
  prompt: string;
  model: string;
  seconds: string;
  size: string;
}

/** Model ids the simulator knows, beyond sora-2*: gateway models, with any even size. */
export interface ModelRules {
  extraModels: ReadonlySet<string>;
}

/** 'a', 'b', and 'c' (or 'a', 'b', or 'c'): the way OpenAI lists allowed values. */
function quoted(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const q = values.map((v) => `'${v}'`);
  if (q.length <= 2) return q.join(` ${conjunction} `);
  return `${q.slice(0, -1).join(', ')}, ${conjunction} ${q[q.length - 1]}`;
}

function typeName(value: BodyValue | undefined): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a decimal';
  if (typeof value === 'boolean') return 'a boolean';
  if (isUploadedFile(value)) return 'a file';
  if (typeof value === 'object') return 'an object';
  return 'a string';
}

function invalidType(param: string, expected: string, value: BodyValue | undefined): ApiError {
  return new ApiError(
    400,
    `Invalid type for '${param}': expected ${expected}, but got ${typeName(value)} instead.`,
    { param, code: 'invalid_type' },
  );
}

function invalidValue(param: string, value: string, allowed: readonly string[]): ApiError {
  return new ApiError(400, `Invalid value: '${value}'. Supported values are: ${quoted(allowed)}.`, {
    param,
    code: 'invalid_value',
  });
}

function rejectUnknown(body: BodyObject, known: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!known.includes(key)) {
      throw new ApiError(400, `Unknown parameter: '${key}'.`, { param: key, code: 'unknown_parameter' });
    }
  }
}

export function validatePrompt(body: BodyObject): string {
  const prompt = body.prompt;
  if (prompt === undefined) {
    throw new ApiError(400, "Missing required parameter: 'prompt'.", {
      param: 'prompt',
      code: 'missing_required_parameter',
    });
  }
  if (typeof prompt !== 'string') throw invalidType('prompt', 'a string', prompt);
  if (prompt.length < 1) {
    throw new ApiError(
      400,
      "Invalid 'prompt': string too short. Expected a string with minimum length 1, but got an empty string instead.",
      { param: 'prompt', code: 'string_below_min_length' },
    );
  }
  if (prompt.length > MAX_PROMPT) {
    throw new ApiError(
      400,
      `Invalid 'prompt': string too long. Expected a string with maximum length ${MAX_PROMPT}, but got a string with length ${prompt.length} instead.`,
      { param: 'prompt', code: 'string_above_max_length' },
    );
  }
  return prompt;
}

export function validateSeconds(body: BodyObject, fallback: string | undefined): string {
  const seconds = body.seconds;
  if (seconds === undefined && fallback !== undefined) return fallback;
  if (seconds === undefined) {
    throw new ApiError(400, "Missing required parameter: 'seconds'.", {
      param: 'seconds',
      code: 'missing_required_parameter',
    });
  }
  // A JSON number is refused even when its value is allowed: the API wants a string (THU-MAIC/OpenMAIC#98).
  if (typeof seconds !== 'string') throw invalidType('seconds', `one of ${quoted(SECONDS, 'or')}`, seconds);
  if (!(SECONDS as readonly string[]).includes(seconds)) throw invalidValue('seconds', seconds, SECONDS);
  return seconds;
}

function sizesFor(model: string): readonly string[] | 'any' {
  if (SORA_2_PRO.test(model)) return SORA_2_PRO_SIZES;
  if (SORA_2.test(model)) return SORA_2_SIZES;
  return 'any';
}

function validateModel(body: BodyObject, rules: ModelRules): string {
  const model = body.model ?? 'sora-2';
  if (typeof model !== 'string') throw invalidType('model', 'a string', model);
  if (SORA_2.test(model) || SORA_2_PRO.test(model) || rules.extraModels.has(model)) return model;
  throw invalidValue('model', model, ['sora-2', 'sora-2-pro', ...rules.extraModels]);
}

function validateSize(body: BodyObject, model: string): string {
  const size = body.size ?? '720x1280';
  if (typeof size !== 'string') throw invalidType('size', 'a string', size);
  const allowed = sizesFor(model);
  if (allowed === 'any') {
    // Gateway models: any even WIDTHxHEIGHT an H.264 encoder can make.
    const match = /^(\d{2,4})x(\d{2,4})$/.exec(size);
    const w = Number(match?.[1]);
    const h = Number(match?.[2]);
    if (match && w % 2 === 0 && h % 2 === 0 && w >= 64 && h >= 64 && w <= 3840 && h <= 3840) return size;
    throw new ApiError(
      400,
      `Invalid value: '${size}'. Expected WIDTHxHEIGHT with even sides from 64 to 3840.`,
      {
        param: 'size',
        code: 'invalid_value',
      },
    );
  }
  if (!allowed.includes(size)) throw invalidValue('size', size, allowed);
  return size;
}

function validateInputReference(value: BodyValue | undefined): void {
  if (value === undefined) return;
  if (isUploadedFile(value)) {
    if (!IMAGE_TYPES.includes(value.contentType)) {
      throw new ApiError(
        400,
        `Invalid file format for 'input_reference': '${value.contentType || 'unknown'}'. Supported formats are: ${quoted(IMAGE_TYPES)}.`,
        { param: 'input_reference', code: 'invalid_value' },
      );
    }
    return;
  }
  if (!isBodyObject(value)) throw invalidType('input_reference', 'a file or an object', value);
  rejectUnknown(value, ['image_url', 'file_id']);
  const given = ['image_url', 'file_id'].filter((k) => value[k] !== undefined);
  if (given.length !== 1) {
    throw new ApiError(400, "Invalid 'input_reference': provide exactly one of 'image_url' or 'file_id'.", {
      param: 'input_reference',
      code: 'invalid_value',
    });
  }
  const imageUrl = value.image_url;
  if (imageUrl !== undefined) {
    if (typeof imageUrl !== 'string') throw invalidType('input_reference.image_url', 'a string', imageUrl);
    const ok = /^https?:\/\/\S+$/.test(imageUrl) || /^data:image\/(png|jpeg|webp);base64,/.test(imageUrl);
    if (!ok || imageUrl.length > MAX_IMAGE_URL) {
      throw new ApiError(
        400,
        "Invalid 'input_reference.image_url': expected an http(s) URL or a base64 data URL of a JPEG, PNG or WebP image.",
        { param: 'input_reference.image_url', code: 'invalid_value' },
      );
    }
  }
  const fileId = value.file_id;
  if (fileId !== undefined && typeof fileId !== 'string') {
    throw invalidType('input_reference.file_id', 'a string', fileId);
  }
}

export function validateCreate(body: BodyObject, rules: ModelRules): CreateParams {
  rejectUnknown(body, ['prompt', 'model', 'seconds', 'size', 'input_reference', 'characters']);
  const prompt = validatePrompt(body);
  const model = validateModel(body, rules);
  const seconds = validateSeconds(body, '4');
  const size = validateSize(body, model);
  validateInputReference(body.input_reference);
  const characters = body.characters;
  if (characters !== undefined && (!Array.isArray(characters) || characters.length > 2)) {
    throw new ApiError(400, "Invalid 'characters': expected an array of at most 2 items.", {
      param: 'characters',
      code: 'invalid_value',
    });
  }
  return { prompt, model, seconds, size };
}

export function validateRemix(body: BodyObject): { prompt: string } {
  rejectUnknown(body, ['prompt']);
  return { prompt: validatePrompt(body) };
}

/** The source of an edit or extension: only `video[id]` (uploads are for "eligible customers"). */
export function validateSourceVideo(body: BodyObject): string {
  const video = body.video;
  if (video === undefined) {
    throw new ApiError(400, "Missing required parameter: 'video'.", {
      param: 'video',
      code: 'missing_required_parameter',
    });
  }
  if (isUploadedFile(video)) {
    throw new ApiError(400, 'The simulator does not accept uploaded videos; pass video[id] instead.', {
      param: 'video',
      code: 'invalid_value',
    });
  }
  if (!isBodyObject(video) || typeof video.id !== 'string')
    throw invalidType('video', 'an object with an id', video);
  return video.id;
}

export function validateEdit(body: BodyObject): { prompt: string; sourceId: string } {
  rejectUnknown(body, ['prompt', 'video', 'model']);
  return { prompt: validatePrompt(body), sourceId: validateSourceVideo(body) };
}

export function validateExtend(body: BodyObject): { prompt: string; seconds: string; sourceId: string } {
  rejectUnknown(body, ['prompt', 'video', 'seconds']);
  return {
    prompt: validatePrompt(body),
    seconds: validateSeconds(body, undefined),
    sourceId: validateSourceVideo(body),
  };
}
