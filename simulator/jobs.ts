import type { Clock } from '../src/core/ports/clock.ts';
import type { Logger } from '../src/core/ports/logger.ts';
import type { Renderer, RenderSpec } from './render.ts';
import {
  type NewVideo,
  planFromPrompt,
  RENDER_FAILURE,
  type VideoLibrary,
  type VideoRecord,
} from './videos.ts';

/** What every simulated API needs to start a render: the same records, clock and ffmpeg engine. */
export interface RenderDeps {
  clock: Clock;
  library: VideoLibrary;
  renderer: Renderer;
  logger: Logger;
  renderMs: number;
  moderationKeywords: readonly string[];
}

export function specOf(record: VideoRecord): RenderSpec {
  return {
    prompt: record.prompt,
    size: record.size,
    seconds: record.seconds,
    ...(record.firstFrameSha256 ? { imageSha256: record.firstFrameSha256 } : {}),
    ...(record.reference ? { reference: record.reference } : {}),
  };
}

/**
 * Record a job and start its MP4 at once in the background (identical prompt, size and length
 * share one file; a first frame, when given, shows for the first second). Prompt markers decide its fate: `[fail:…]` ends it failed halfway, `[slow]`
 * takes ten times as long. A video the clock finishes before ffmpeg does waits at download time.
 */
export function startRender(
  deps: RenderDeps,
  { firstFrame, ...spec }: NewVideo & { firstFrame?: Uint8Array | undefined },
  id?: string,
): VideoRecord {
  const plan = planFromPrompt(spec.prompt, deps.moderationKeywords);
  const renderMs = deps.renderMs * (plan.slow ? 10 : 1);
  // The picture is kept by its hash: the record stays small, and the hash is what tests compare.
  if (firstFrame) spec.firstFrameSha256 = deps.renderer.keepImage(firstFrame);
  const record = deps.library.add(spec, deps.clock.now(), renderMs, plan.failure, id);
  if (!plan.failure) {
    deps.renderer.asset(specOf(record), 'video').catch((error: Error) => {
      record.renderError = RENDER_FAILURE;
      deps.logger.warn({ err: error.message, videoId: record.id }, 'simulator render failed');
    });
  }
  return record;
}
