import { PROMPT_MAX } from '../clip/clip-options.ts';
import { ValidationError } from '../errors.ts';
import { msg } from '../i18n/message.ts';

/** Most shots in one story: six shots of up to ten seconds make the sixty-second limit. */
export const STORY_MAX_SHOTS = 6;

/** Number words directors write after "Shot" ("Shot one:"). */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten';
/**
 * A label that names a shot by number: "Shot 1:", "SHOT 2 -", "Scene 3 —", "Shot #4.", "Beat 5)",
 * "Shot one:". The separator is required, so "shot 2 of the fox" inside a sentence is left alone.
 */
const NUMBERED = `(?:shot|scene|beat|panel|part|clip)\\s*(?:#\\s*)?(?:\\d{1,2}|${NUMBER_WORDS})\\s*(?:[:.)]|[-–—](?=\\s))`;
/**
 * A label that names a shot by its place: "Opening:", "Opening shot:", "Establishing shot:",
 * "Final shot:", "Closing shot -", "Ending:", "Then:"... It needs a colon or a dash, and a line or
 * sentence start (see LABEL), so "the final shot was" is not one.
 */
const PLACED = `(?:(?:opening|establishing|first|second|third|fourth|fifth|sixth|next|middle|final|last|closing|ending)(?:\\s+(?:shot|scene))?|finale|then)\\s*(?::|[-–—](?=\\s))`;
/** A label where one may start: the text's start, a new line, or after a sentence ends. */
const LABEL = new RegExp(`(?:^|(?<=\\n)|(?<=[.!?;]\\s+))\\s*(?:${NUMBERED}|${PLACED})\\s*`, 'gi');
/** A label at the start of a `|`-separated part ("Shot 1: a fox | Shot 2: ..."). */
const LEADING_LABEL = new RegExp(`^\\s*(?:${NUMBERED}|${PLACED})\\s*`, 'i');

export interface ShotListLimits {
  /** Most shots allowed (STORY_MAX_SHOTS by default). */
  maxShots?: number;
  /** Longest shot prompt, in characters (PROMPT_MAX by default). */
  promptMax?: number;
}

/**
 * The shots of a story as the member wrote them. Shots are split on `|`; with no `|`, on the
 * labels directors' prompts give their shots ("Shot 1:", "Scene 2 -", "Opening:", "Final shot:"),
 * which are dropped. Words before the first label (a shared setting or style: "Noir, 35mm, rain.")
 * describe every shot, so each shot carries them in front. Text with neither is one shot.
 * Throws ValidationError, naming the shot at fault, for an empty shot, too many shots, or a shot
 * over the prompt limit.
 */
export function readShots(text: string, limits: ShotListLimits = {}): string[] {
  const maxShots = limits.maxShots ?? STORY_MAX_SHOTS;
  const promptMax = limits.promptMax ?? PROMPT_MAX;
  const shots = text.includes('|') ? splitOnBars(text) : splitOnLabels(text);
  if (shots.length === 1 && shots[0] === '') {
    throw new ValidationError(msg('error.story.describe'), 'prompt');
  }
  if (shots.length > maxShots) {
    throw new ValidationError(
      msg('error.story.tooManyShots', { max: maxShots, count: shots.length }),
      'prompt',
    );
  }
  shots.forEach((shot, i) => {
    if (shot === '') {
      throw new ValidationError(
        msg('error.story.shotEmpty', { index: i + 1, count: shots.length }),
        'prompt',
      );
    }
    if (shot.length > promptMax) {
      throw new ValidationError(
        msg('error.story.shotTooLong', { index: i + 1, length: shot.length, max: promptMax }),
        'prompt',
      );
    }
  });
  return shots;
}

/** One shot per `|`, each without a label of its own. */
function splitOnBars(text: string): string[] {
  return text.split('|').map((part) => tidy(part.replace(LEADING_LABEL, '')));
}

function splitOnLabels(text: string): string[] {
  const starts: { at: number; end: number }[] = [];
  for (const match of text.matchAll(LABEL)) {
    starts.push({ at: match.index, end: match.index + match[0].length });
  }
  if (starts.length === 0) return [tidy(text)];
  const preamble = tidy(text.slice(0, starts[0]!.at));
  return starts.map((label, i) => {
    const shot = tidy(text.slice(label.end, starts[i + 1]?.at ?? text.length));
    return preamble && shot ? `${preamble} ${shot}` : shot;
  });
}

/** Trimmed, with the runs of blank space a multi-line prompt leaves between shots made one space. */
const tidy = (shot: string) => shot.replace(/\s+/g, ' ').trim();
