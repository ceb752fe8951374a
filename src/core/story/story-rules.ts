import type { ModelCapabilities } from '../capabilities.ts';
import { normalizePrompt } from '../clip/clip-options.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import { type Message, msg } from '../i18n/message.ts';
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
  if (shots.length === 0) throw new ValidationError(msg('error.story.noShots'), 'shots');
  if (shots.length > limits.maxShots) {
    throw new ValidationError(
      msg('error.story.tooManyShotsWritten', { max: limits.maxShots, count: shots.length }),
      'shots',
    );
  }
  return shots.map((shot, i) => {
    if (shot.trim().length === 0) {
      throw new ValidationError(msg('error.story.shotBlank', { index: i + 1 }), 'shots');
    }
    return normalizePrompt(shot);
  });
}

/** The story's whole length must fit STORY_MAX_SECONDS. */
export function checkTotal(totalS: number, limits: StoryLimits, what: Message): void {
  if (totalS <= limits.maxSeconds) return;
  throw new ValidationError(
    msg('error.story.tooLong', { what, total: totalS, max: limits.maxSeconds }),
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
      ? msg('error.story.flowUnsupported', { model: model.label, models: able.join(', ') })
      : msg('error.story.flowUnsupportedAnywhere', { model: model.label }),
    { field: 'mode' },
  );
}
