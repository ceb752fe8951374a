import type { Clock } from '../src/core/ports/clock.ts';
import type { Logger } from '../src/core/ports/logger.ts';
import { specOf } from './jobs.ts';
import type { Renderer } from './render.ts';
import { RENDER_FAILURE, type SimJobStore, type VideoLibrary } from './videos.ts';
import type { TerminalWatch } from './webhooks.ts';

/**
 * A restarted simulator takes back the jobs it had accepted: their records answer status and
 * content again, a render that was in flight starts again at once (its MP4 went with the old
 * process's ffmpeg), and its terminal webhook is armed again. Finished ones render on demand.
 */
export function resumeJobs(
  store: SimJobStore,
  deps: {
    library: VideoLibrary;
    clock: Clock;
    renderer: Renderer;
    logger: Logger;
    watch: TerminalWatch | undefined;
  },
): number {
  const now = deps.clock.now();
  const records = deps.library.restore(store.load(now), now);
  let rendering = 0;
  for (const record of records) {
    if (now >= record.endsAtMs) continue;
    deps.watch?.watch(record.id, record.endsAtMs);
    if (record.planned) continue;
    rendering++;
    deps.renderer.asset(specOf(record), 'video').catch((error: Error) => {
      record.renderError = RENDER_FAILURE;
      deps.logger.warn({ err: error.message, videoId: record.id }, 'simulator render failed');
    });
  }
  if (records.length) {
    deps.logger.info({ jobs: records.length, rendering }, 'simulator took back the jobs it had accepted');
  }
  return records.length;
}
