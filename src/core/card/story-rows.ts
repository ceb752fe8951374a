import type { StoryMode, StoryTransition } from '../story/story.ts';

export type ShotRowState = 'queued' | 'rendering' | 'done' | 'failed';

/** One row of a story's card: a shot, where it stands. */
export interface ShotRow {
  /** 1-based, as members count shots. */
  number: number;
  /** What happens in it, as the member wrote it (raw: renderers escape it). */
  text: string;
  state: ShotRowState;
  /** 0..100 */
  progress: number;
  /** The shot's own clip, once it exists (each shot is a clip of its own). */
  clipId?: string;
  /** A shot reused from the story this one re-cuts or extends (not rendered again). */
  reused?: boolean;
}

/** What a story's card adds to a clip's: a row per shot, the time left and the whole cost. */
export interface StoryCardPart {
  mode: StoryMode;
  transition: StoryTransition;
  rows: ShotRow[];
  /** Seconds until the whole story is expected, while its shots render. */
  etaS?: number;
  /** The estimate of every shot this story buys (what admission reserved). */
  totalEstimatedUsd: number;
  /** What a story that failed was charged for the shots the provider made (they stay clips). */
  chargedUsd?: number;
}
