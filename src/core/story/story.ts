import type { ClipOptions, Member } from '../clip/clip.ts';
import type { Place } from '../place.ts';

/**
 * `flow`: each shot starts from the last frame of the shot before, so they render one after
 * another (needs a model that takes an image); `cut`: the shots render at once and are joined.
 */
export type StoryMode = 'flow' | 'cut';
export type StoryTransition = 'cut' | 'fade';

/**
 * How a story came to be: `story` from the storyboard command, `extend` continues a posted clip,
 * `reroll` is a new cut of a story with one shot rendered again.
 */
export type StoryKind = 'story' | 'extend' | 'reroll';

/** One shot of a story, in order. */
export interface StoryShot {
  /** The clip record of the shot (its own, or a parent's shot/clip reused in a new cut). */
  clipId: string;
  /** True when this story bought the shot (its reservation covers it); false for one reused. */
  own: boolean;
  /** What happens in the shot, as the member wrote it (shown on the card). */
  prompt?: string;
  /**
   * How an owned shot is rendered: the prompt sent (its action with the story's look), its
   * options, and the clip whose last frame it starts from (flow, extension). Kept on the story so
   * the story's job can create the shot's clip record when the shot is due, from this alone.
   */
  render?: { prompt: string; options: ClipOptions; estimatedCostUsd: number; firstFrameFrom?: string };
}

/**
 * A story: several shots rendered as clips of their own and posted as one joined clip. Written
 * once at admission and never changed: where each shot and the story stand lives on their clip
 * records (the story's own clip has the story's id), so the story's progress is exactly what
 * the clip store says, compare-and-set like every clip.
 */
export interface Story {
  /** Also the id of the clip the story posts. */
  id: string;
  kind: StoryKind;
  place: Place;
  author: Member;
  /** What stays the same in every shot (characters, setting, palette, camera). */
  look?: string;
  mode: StoryMode;
  transition: StoryTransition;
  shots: StoryShot[];
  /** The posted clip this story extends or re-cuts (its lineage). */
  parentId?: string;
  /**
   * An extension the provider makes itself (its `extend`): one owned shot whose video already
   * holds the parent and its continuation, so nothing is joined.
   */
  native?: boolean;
  createdAt: number;
}

/** The clip id of a story's n-th owned shot: deterministic, so a retried step finds it again. */
export const shotClipId = (storyId: string, index: number) => `${storyId}-s${index}`;

/** The prompt a shot is rendered from: its action, with the story's look given to every shot. */
export function shotPrompt(story: Pick<Story, 'look'>, action: string): string {
  return story.look ? `${action}\n\nLook (the same in every shot): ${story.look}` : action;
}
