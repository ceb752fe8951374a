import type { BodyObject, BodyValue } from '../body.ts';

/**
 * Input validation for the fal video endpoints reelbot uses, as fal's FastAPI/pydantic apps do it:
 * a 422 whose `detail` lists every field at fault (fal's Error Reference). Field names
 * and allowed values come from @fal-ai/client 1.10.1 types/endpoints.ts; a family's output size is
 * its short side from `resolution` (or a fixed one) and its long side from `aspect_ratio`.
 */

/** One pydantic error, as fal returns it in `detail`. */
export interface FalFieldError {
  loc: (string | number)[];
  msg: string;
  type: string;
  input?: unknown;
  ctx?: Record<string, unknown>;
}

interface EndpointRule {
  /** The field that carries the start image; required on image-to-video endpoints. */
  image?: 'image_url' | 'start_image_url';
  /** False where the endpoint takes no aspect_ratio (the image decides it). */
  aspect?: boolean;
  /**
   * The field that carries subject reference pictures, required on reference-to-video endpoints,
   * with how many it takes: Veo 3.1's `image_urls` (@fal-ai/client 1.10.1
   * src/types/endpoints.ts, Veo31ReferenceToVideoInput).
   */
  references?: { field: 'image_urls'; max: number };
}

interface FamilyRule {
  /** `owner/app`: what status, result and cancel URLs carry (@fal-ai/client queue.ts parseEndpointId). */
  app: string;
  /** Endpoint paths after the app ('' is the app itself), and what each needs. */
  endpoints: Readonly<Record<string, EndpointRule>>;
  durations: readonly string[];
  defaultDuration: string;
  /** How long a clip of each duration value is, in seconds (`auto` and the like). */
  seconds: (duration: string) => number;
  aspects: readonly string[];
  defaultAspect: string;
  resolutions: readonly string[] | null;
  defaultResolution: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const FAMILIES: readonly FamilyRule[] = [
  {
    app: 'fal-ai/veo3.1',
    endpoints: {
      '': {},
      fast: {},
      'image-to-video': { image: 'image_url' },
      'fast/image-to-video': { image: 'image_url' },
      'reference-to-video': { references: { field: 'image_urls', max: 3 } },
    },
    durations: ['4s', '6s', '8s'],
    defaultDuration: '8s',
    seconds: (d) => Number.parseInt(d, 10),
    aspects: ['16:9', '9:16'],
    defaultAspect: '16:9',
    resolutions: ['720p', '1080p'],
    defaultResolution: '720p',
  },
  {
    app: 'fal-ai/kling-video',
    endpoints: {
      'v3/pro/text-to-video': {},
      'v3/pro/image-to-video': { image: 'start_image_url', aspect: false },
    },
    durations: range(3, 15),
    defaultDuration: '5',
    seconds: Number,
    aspects: ['16:9', '9:16', '1:1'],
    defaultAspect: '16:9',
    // Kling takes no resolution; the simulator renders 1080p (Kling v3 Pro's output size is UNCONFIRMED).
    resolutions: null,
    defaultResolution: '1080p',
  },
  {
    app: 'bytedance/seedance-2.0',
    endpoints: {
      'text-to-video': {},
      'image-to-video': { image: 'image_url' },
    },
    durations: ['auto', ...range(4, 15)],
    defaultDuration: 'auto',
    seconds: (d) => (d === 'auto' ? 5 : Number(d)),
    aspects: ['auto', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'],
    defaultAspect: 'auto',
    resolutions: ['480p', '720p'],
    defaultResolution: '720p',
  },
  {
    app: 'fal-ai/wan-25-preview',
    endpoints: {
      'text-to-video': {},
      'image-to-video': { image: 'image_url', aspect: false },
    },
    durations: ['5', '10'],
    defaultDuration: '5',
    seconds: Number,
    aspects: ['16:9', '9:16', '1:1'],
    defaultAspect: '16:9',
    resolutions: ['480p', '720p', '1080p'],
    defaultResolution: '1080p',
  },
];

/** The family and endpoint rule an endpoint id names, if the simulator serves it. */
export function findEndpoint(endpointId: string): { family: FamilyRule; rule: EndpointRule } | undefined {
  for (const family of FAMILIES) {
    if (endpointId !== family.app && !endpointId.startsWith(`${family.app}/`)) continue;
    const rule = family.endpoints[endpointId.slice(family.app.length + 1)];
    if (rule) return { family, rule };
  }
  return undefined;
}

/** True when `owner/app` is an app the simulator serves (status and result URLs name only that). */
export function isKnownApp(app: string): boolean {
  return FAMILIES.some((family) => family.app === app);
}

/** WIDTHxHEIGHT for an aspect ratio and a short side, both sides even (H.264 needs it). */
export function sizeFor(aspect: string, shortSide: number): string {
  const [a = 16, b = 9] = aspect.split(':').map(Number);
  const long = Math.round((shortSide * Math.max(a, b)) / Math.min(a, b) / 2) * 2;
  return a >= b ? `${long}x${shortSide}` : `${shortSide}x${long}`;
}

const quoted = (values: readonly string[]) => {
  const q = values.map((v) => `'${v}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
};

function literal(
  body: BodyObject,
  field: string,
  allowed: readonly string[],
  fallback: string,
  errors: FalFieldError[],
): string {
  const value: BodyValue | undefined = body[field];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && allowed.includes(value)) return value;
  // pydantic's Literal check is strict: the number 5 is not the string "5".
  errors.push({
    loc: ['body', field],
    msg: `Input should be ${quoted(allowed)}`,
    type: 'literal_error',
    input: value,
    ctx: { expected: quoted(allowed) },
  });
  return fallback;
}

function requiredString(body: BodyObject, field: string, errors: FalFieldError[]): string {
  const value = body[field];
  if (value === undefined) {
    errors.push({ loc: ['body', field], msg: 'Field required', type: 'missing', input: null });
    return '';
  }
  if (typeof value !== 'string' || value.length === 0) {
    errors.push({
      loc: ['body', field],
      msg: 'Input should be a valid non-empty string',
      type: 'string_type',
      input: value,
    });
    return '';
  }
  return value;
}

export interface FalJobSpec {
  prompt: string;
  size: string;
  seconds: string;
  /** Reference pictures sent inline (data URIs), decoded; URLs are accepted but not fetched. */
  references?: Uint8Array[];
}

/** The bytes of a `data:image/…;base64,` URI, or undefined for anything else. */
function dataUriBytes(value: string): Uint8Array | undefined {
  const match = /^data:image\/(?:jpeg|png|webp);base64,([A-Za-z0-9+/=]+)$/.exec(value);
  return match ? new Uint8Array(Buffer.from(match[1]!, 'base64')) : undefined;
}

/** A reference-to-video list: 1..max strings, each an http(s) URL or an image data URI. */
function referenceList(
  body: BodyObject,
  rule: NonNullable<EndpointRule['references']>,
  errors: FalFieldError[],
): Uint8Array[] {
  const value = body[rule.field];
  if (value === undefined) {
    errors.push({ loc: ['body', rule.field], msg: 'Field required', type: 'missing', input: null });
    return [];
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > rule.max) {
    errors.push({
      loc: ['body', rule.field],
      msg: `List should have at least 1 item and at most ${rule.max} items`,
      type: 'too_long',
      input: Array.isArray(value) ? `${value.length} items` : value,
    });
    return [];
  }
  const pictures: Uint8Array[] = [];
  value.forEach((item, i) => {
    const bytes = typeof item === 'string' ? dataUriBytes(item) : undefined;
    if (bytes) pictures.push(bytes);
    else if (typeof item !== 'string' || !/^https?:\/\/\S+$/i.test(item)) {
      errors.push({ loc: ['body', rule.field, i], msg: 'Input should be a valid URL', type: 'url_parsing' });
    }
  });
  return pictures;
}

/** Check a submit body against its endpoint's schema; the errors, or what to render. */
export function validateFalInput(
  endpointId: string,
  body: BodyObject,
): { ok: true; spec: FalJobSpec } | { ok: false; errors: FalFieldError[] } {
  const found = findEndpoint(endpointId);
  if (!found) throw new Error(`not a simulated fal endpoint: ${endpointId}`);
  const { family, rule } = found;
  const errors: FalFieldError[] = [];
  const prompt = requiredString(body, 'prompt', errors);
  if (rule.image) {
    const url = requiredString(body, rule.image, errors);
    if (url && !/^(https?:\/\/\S+|data:image\/[a-z+]+;base64,)/i.test(url)) {
      errors.push({
        loc: ['body', rule.image],
        msg: 'Input should be a valid URL',
        type: 'url_parsing',
        input: url,
      });
    }
  }
  const references = rule.references ? referenceList(body, rule.references, errors) : [];
  const duration = literal(body, 'duration', family.durations, family.defaultDuration, errors);
  const aspects = rule.image && family.app === 'fal-ai/veo3.1' ? ['auto', ...family.aspects] : family.aspects;
  let aspect = family.defaultAspect;
  if (rule.aspect !== false) aspect = literal(body, 'aspect_ratio', aspects, family.defaultAspect, errors);
  else if (body.aspect_ratio !== undefined) {
    errors.push({
      loc: ['body', 'aspect_ratio'],
      msg: 'Extra inputs are not permitted',
      type: 'extra_forbidden',
    });
  }
  const resolution = family.resolutions
    ? literal(body, 'resolution', family.resolutions, family.defaultResolution, errors)
    : family.defaultResolution;
  const audio = body.generate_audio;
  if (audio !== undefined && typeof audio !== 'boolean') {
    errors.push({
      loc: ['body', 'generate_audio'],
      msg: 'Input should be a valid boolean',
      type: 'bool_type',
      input: audio,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  // `auto` follows the image, which the simulator does not read: landscape.
  const ratio = aspect === 'auto' ? '16:9' : aspect;
  return {
    ok: true,
    spec: {
      prompt,
      size: sizeFor(ratio, Number.parseInt(resolution, 10)),
      seconds: String(family.seconds(duration)),
      ...(references.length > 0 ? { references } : {}),
    },
  };
}
