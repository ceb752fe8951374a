import { randomBytes } from 'node:crypto';
import { type BodyObject, isBodyObject } from './body.ts';
import { ApiError } from './http.ts';

/** POST /v1/moderations (openai-node src/resources/moderations.ts): flagged on a keyword. */

const CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/instructions',
  'self-harm/intent',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;
/** Only these categories apply to images (CategoryAppliedInputTypes in moderations.ts). */
const IMAGE_CATEGORIES = new Set<string>([
  'self-harm',
  'self-harm/instructions',
  'self-harm/intent',
  'sexual',
  'violence',
  'violence/graphic',
]);
/** A keyword hit is reported as graphic violence: the simulator cannot tell categories apart. */
const FLAGGED_AS = new Set<string>(['violence', 'violence/graphic']);

export const DEFAULT_MODERATION_KEYWORDS = ['gore', 'blocked-word'];

export function containsKeyword(text: string, keywords: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return keywords.some((word) => word !== '' && lower.includes(word.toLowerCase()));
}

/** Each input as text (image parts are never flagged), one result per input. */
function inputs(body: BodyObject): Array<{ text: string; kind: 'text' | 'image' }> {
  const input = body.input;
  if (typeof input === 'string') return [{ text: input, kind: 'text' }];
  if (Array.isArray(input) && input.length > 0) {
    return input.map((item) => {
      if (typeof item === 'string') return { text: item, kind: 'text' };
      if (isBodyObject(item) && item.type === 'text' && typeof item.text === 'string') {
        return { text: item.text, kind: 'text' };
      }
      if (isBodyObject(item) && item.type === 'image_url') return { text: '', kind: 'image' };
      throw new ApiError(
        400,
        "Invalid 'input': each item must be a string, a text part or an image_url part.",
        {
          param: 'input',
          code: 'invalid_value',
        },
      );
    });
  }
  throw new ApiError(400, "Missing required parameter: 'input'.", {
    param: 'input',
    code: 'missing_required_parameter',
  });
}

export function moderate(body: BodyObject, keywords: readonly string[]): unknown {
  const model = typeof body.model === 'string' ? body.model : 'omni-moderation-latest';
  const results = inputs(body).map(({ text, kind }) => {
    const flagged = containsKeyword(text, keywords);
    const categories: Record<string, boolean> = {};
    const scores: Record<string, number> = {};
    const applied: Record<string, Array<'text' | 'image'>> = {};
    for (const category of CATEGORIES) {
      const hit = flagged && FLAGGED_AS.has(category);
      categories[category] = hit;
      scores[category] = hit ? 0.97 : 0.0001;
      applied[category] = kind === 'image' ? (IMAGE_CATEGORIES.has(category) ? ['image'] : []) : ['text'];
    }
    return { flagged, categories, category_scores: scores, category_applied_input_types: applied };
  });
  return { id: `modr-${randomBytes(12).toString('hex')}`, model, results };
}
