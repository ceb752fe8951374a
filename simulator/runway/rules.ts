import { type BodyObject, isBodyObject } from '../body.ts';

/**
 * Body validation for Runway's text_to_video and image_to_video (field names and
 * allowed values from @runwayml/sdk 4.20.1 src/resources/*-to-video.ts). Runway answers a bad body
 * with 400 `{ error, issues }` (the body shape is UNCONFIRMED).
 */

export interface RunwayIssue {
  path: string[];
  message: string;
}

interface ModelRule {
  /** Ratios per endpoint: gen4.5 takes four more when it starts from an image. */
  ratios: { text: readonly string[]; image: readonly string[] };
  durations: readonly number[];
  /** Required (gen4.5) or defaulting to this value (Veo). */
  defaultDuration: number | null;
  /** Whether the model takes the `audio` switch. */
  audio: boolean;
  /** Credits per second: without audio, with audio (runwayml/skills; Veo's split is UNCONFIRMED). */
  credits: [number, number];
}

const WIDE = ['1280:720', '720:1280'];
const VEO_RATIOS = ['1280:720', '720:1280', '1080:1920', '1920:1080'];

export const RUNWAY_MODELS: Readonly<Record<string, ModelRule>> = {
  'gen4.5': {
    ratios: { text: WIDE, image: [...WIDE, '1104:832', '960:960', '832:1104', '1584:672'] },
    durations: [2, 3, 4, 5, 6, 7, 8, 9, 10],
    defaultDuration: null,
    audio: false,
    credits: [12, 12],
  },
  'veo3.1': {
    ratios: { text: VEO_RATIOS, image: VEO_RATIOS },
    durations: [4, 6, 8],
    defaultDuration: 8,
    audio: true,
    credits: [20, 40],
  },
  'veo3.1_fast': {
    ratios: { text: VEO_RATIOS, image: VEO_RATIOS },
    durations: [4, 6, 8],
    defaultDuration: 8,
    audio: true,
    credits: [10, 15],
  },
};

/** "A non-empty string up to 1000 characters (measured in UTF-16 code units)" (the SDK's doc). */
const MAX_PROMPT = 1000;
const KNOWN_FIELDS = [
  'model',
  'promptText',
  'promptImage',
  'ratio',
  'duration',
  'audio',
  'seed',
  'negativePrompt',
];

export interface RunwayJobSpec {
  model: string;
  prompt: string;
  size: string;
  seconds: string;
  credits: number;
}

function checkImage(value: unknown, issues: RunwayIssue[]): void {
  const valid = (uri: unknown) =>
    typeof uri === 'string' &&
    (/^https:\/\/[^/\s]+\.[^/\s]+\/\S*$/i.test(uri) ||
      /^data:image\/[a-z+]+;base64,/i.test(uri) ||
      uri.startsWith('runway://'));
  if (value === undefined) {
    issues.push({ path: ['promptImage'], message: 'Required' });
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  const ok = items.length > 0 && items.every((item) => (isBodyObject(item) ? valid(item.uri) : valid(item)));
  if (!ok) {
    issues.push({
      path: ['promptImage'],
      message: 'Must be an HTTPS URL on a domain (not an IP address), a data URI or a runway:// upload URI.',
    });
  }
}

/** Check a create body; the issues, or what to render. */
export function validateRunwayCreate(
  endpoint: 'text' | 'image',
  body: BodyObject,
): { ok: true; spec: RunwayJobSpec } | { ok: false; issues: RunwayIssue[] } {
  const issues: RunwayIssue[] = [];
  const model = typeof body.model === 'string' ? body.model : '';
  const rule = RUNWAY_MODELS[model];
  if (!rule) {
    const allowed = Object.keys(RUNWAY_MODELS).join(', ');
    return {
      ok: false,
      issues: [{ path: ['model'], message: `Invalid model. Expected one of: ${allowed}.` }],
    };
  }
  for (const key of Object.keys(body)) {
    if (!KNOWN_FIELDS.includes(key) || (key === 'audio' && !rule.audio)) {
      issues.push({ path: [key], message: `Unrecognized key for model ${model}: '${key}'.` });
    }
  }
  const prompt = body.promptText;
  if (prompt === undefined && endpoint === 'text') issues.push({ path: ['promptText'], message: 'Required' });
  if (
    prompt !== undefined &&
    (typeof prompt !== 'string' || prompt.length === 0 || prompt.length > MAX_PROMPT)
  ) {
    issues.push({
      path: ['promptText'],
      message: `Must be a non-empty string of at most ${MAX_PROMPT} characters.`,
    });
  }
  if (endpoint === 'image') checkImage(body.promptImage, issues);
  const ratios = rule.ratios[endpoint];
  const ratio = body.ratio;
  if (typeof ratio !== 'string' || !ratios.includes(ratio)) {
    issues.push({
      path: ['ratio'],
      message: `Invalid enum value. Expected ${ratios.map((r) => `'${r}'`).join(' | ')}.`,
    });
  }
  const duration = body.duration ?? rule.defaultDuration ?? undefined;
  if (duration === undefined) issues.push({ path: ['duration'], message: 'Required' });
  else if (typeof duration !== 'number' || !rule.durations.includes(duration)) {
    issues.push({ path: ['duration'], message: `Must be one of ${rule.durations.join(', ')} (a number).` });
  }
  if (body.audio !== undefined && typeof body.audio !== 'boolean') {
    issues.push({ path: ['audio'], message: 'Expected boolean.' });
  }
  if (issues.length > 0) return { ok: false, issues };
  const seconds = duration as number;
  const audio = rule.audio && body.audio !== false;
  return {
    ok: true,
    spec: {
      model,
      prompt: typeof prompt === 'string' ? prompt : '',
      size: (ratio as string).replace(':', 'x'),
      seconds: String(seconds),
      credits: rule.credits[audio ? 1 : 0] * seconds,
    },
  };
}
