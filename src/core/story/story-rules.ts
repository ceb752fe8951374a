import type { ModelCapabilities } from '../capabilities.ts';
import { normalizePrompt } from '../clip/clip-options.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import type { StoryMode } from './story.ts';

/** The bounds a story is checked against (STORY_MAX_SECONDS, STORY_MAX_SHOTS). */
export interface StoryLimits {
  maxSeconds: number;
  maxShots: number;
}

/**
 * The shots as members wrote them, checked: at least one, at most `maxShots`, none empty (an
 * empty shot is refused rather than dropped, so the shot numbers a member reads stay theirs).
 */
export function checkShots(shots: readonly string[], limits: StoryLimits): string[] {
  if (shots.length === 0) throw new ValidationError('Describe at least one shot.', 'shots');
  if (shots.length > limits.maxShots) {
    throw new ValidationError(
      `A story has at most ${limits.maxShots} shots; you wrote ${shots.length}. Merge some shots or tell the rest in a second story.`,
      'shots',
    );
  }
  return shots.map((shot, i) => {
    if (shot.trim().length === 0) {
      throw new ValidationError(
        `Shot ${i + 1} is empty. Say what happens in it, or remove the extra separator.`,
        'shots',
      );
    }
    return normalizePrompt(shot);
  });
}

/** The story's whole length must fit STORY_MAX_SECONDS. */
export function checkTotal(totalS: number, limits: StoryLimits, what: string): void {
  if (totalS <= limits.maxSeconds) return;
  throw new ValidationError(
    `${what} would be ${totalS} seconds; the most is ${limits.maxSeconds}. Use fewer or shorter shots.`,
    'seconds',
  );
}

/**
 * Flow where the model starts from an image, else cut; flow asked of a model that takes no image
 * is refused, naming the models that do.
 */
export function chooseMode(
  asked: StoryMode | undefined,
  model: ModelCapabilities,
  all: readonly ModelCapabilities[],
): StoryMode {
  if (asked === 'cut') return 'cut';
  if (model.imageInput) return 'flow';
  if (asked === undefined) return 'cut';
  const able = [...new Set(all.filter((m) => m.imageInput).map((m) => m.label))];
  throw new ReelbotError(
    ErrorCode.InvalidInput,
    able.length > 0
      ? `${model.label} cannot start a shot from the last frame of the one before, which flow needs. Use mode:cut, or one of ${able.join(', ')}.`
      : `${model.label} cannot start a shot from the last frame of the one before, which flow needs, and no model here can. Use mode:cut.`,
    { field: 'mode' },
  );
}
