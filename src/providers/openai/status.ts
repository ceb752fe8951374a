import type { Video } from 'openai/resources/videos';
import { ErrorCode } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import type { RenderStatus } from '../../core/ports/video-provider.ts';
import { failureOf as clipFailure } from '../../core/render/final-failure.ts';
import { failureOf, type Redact } from './errors.ts';

/**
 * A Video's status in the port's words. The SDK types four statuses, but gateways and Batch
 * outputs have been seen with others (openai/skills sora.py), so map leniently: anything that sounds like
 * waiting or working keeps polling, and anything else ends the job rather than polling forever.
 */
const WAITING = new Set(['queued', 'pending', 'submitted', 'waiting']);
const WORKING = new Set(['in_progress', 'processing', 'running', 'rendering', 'generating']);
const DONE = new Set(['completed', 'succeeded', 'success']);

export function toRenderStatus(video: Video, redact: Redact, pollAfterMs?: number): RenderStatus {
  const status = String(video.status ?? '').toLowerCase();
  const hint = pollAfterMs === undefined ? {} : { pollAfterMs };
  const progress =
    typeof video.progress === 'number' && Number.isFinite(video.progress)
      ? { progress: Math.max(0, Math.min(100, Math.round(video.progress))) }
      : {};
  if (WAITING.has(status)) return { state: 'queued', ...progress, ...hint };
  if (WORKING.has(status)) return { state: 'rendering', ...progress, ...hint };
  if (DONE.has(status)) return { state: 'completed', progress: 100 };
  if (status === 'failed' || status === 'error')
    return { state: 'failed', failure: failureOf(video.error, redact) };
  if (status === 'cancelled' || status === 'canceled') {
    return {
      state: 'failed',
      failure: clipFailure(ErrorCode.Cancelled, msg('error.provider.cancelled')),
    };
  }
  if (status === 'expired') {
    return {
      state: 'failed',
      failure: clipFailure(ErrorCode.DownloadFailed, msg('error.provider.expired')),
    };
  }
  return {
    state: 'failed',
    failure: clipFailure(
      ErrorCode.RenderFailed,
      msg('error.provider.unknownStatusNamed', { status: redact(status).slice(0, 40) }),
    ),
  };
}
