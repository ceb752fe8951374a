import type { Clip } from '../clip/clip.ts';

/**
 * What the render job reports at step boundaries, for operators' metrics. Each method gets the
 * clip as stored right after the step, so durations come from its own timestamps. Ops turns these
 * into Prometheus series; the core only says what happened.
 */
export interface Metrics {
  /** A clip for good failed (its `failure.code` says why). */
  failed(clip: Clip): void;
  /** A clip is visible where it was asked for; its `costUsd` is now spent. */
  posted(clip: Clip): void;
  /** The provider finished rendering a clip (`renderedAt` is set). */
  rendered(clip: Clip): void;
}

export const noMetrics: Metrics = {
  failed: () => {},
  posted: () => {},
  rendered: () => {},
};
