import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';

/**
 * How long an ffmpeg run may take, from what it is given: every file it reads came from outside
 * (a provider's download, shots joined into a story), and a file built to make a decoder crawl
 * or a header claiming hours must not hold a worker, its ffmpeg and its disk space for ever.
 */
export interface FfmpegLimits {
  /** Any run: starting ffmpeg, reading a header, writing one small image on a busy machine. */
  floorMs: number;
  /** Per MiB read: a run that must scan its input (a header at the end, a stream copy). */
  perMiBMs: number;
  /** Per second of video encoded: libx264 veryfast at 720p runs about real time on two cores. */
  encodePerSecondMs: number;
  /** Never longer than this, whatever a (possibly lying) header claims about the duration. */
  ceilingMs: number;
}

/**
 * A header read or one frame takes well under a second and a 60 s 720p encode about 60 s on two
 * busy cores (join.ts measured it), so each is given several times that before it is killed.
 */
export const FFMPEG_LIMITS: FfmpegLimits = {
  floorMs: 30_000,
  perMiBMs: 250,
  encodePerSecondMs: 4_000,
  ceilingMs: 15 * 60_000,
};

/** Used by any run whose caller gives no limit (tests, the bench): long, but never for ever. */
export const DEFAULT_FFMPEG_TIMEOUT_MS = FFMPEG_LIMITS.ceilingMs;

const MiB = 1024 * 1024;

/** The limit for a run reading `bytes` and encoding `encodeS` seconds (0 when it only reads). */
export function ffmpegTimeLimit(
  limits: FfmpegLimits,
  input: { bytes: number; encodeS?: number | undefined },
): number {
  const bytes = Number.isFinite(input.bytes) && input.bytes > 0 ? input.bytes : 0;
  const encodeS = Number.isFinite(input.encodeS) && (input.encodeS ?? 0) > 0 ? input.encodeS! : 0;
  const wanted = limits.floorMs + (bytes / MiB) * limits.perMiBMs + encodeS * limits.encodePerSecondMs;
  return Math.ceil(Math.min(limits.ceilingMs, wanted));
}

/** `overrides` over the defaults (a test's tiny limit, an operator's slower machine). */
export const limitsWith = (overrides: Partial<FfmpegLimits> = {}): FfmpegLimits => ({
  ...FFMPEG_LIMITS,
  ...overrides,
});

/**
 * An ffmpeg run killed at its limit (its partial output already removed). Retryable: a machine
 * busy with other encodes may be what slowed it; the job's retries are bounded, then refunded.
 */
export function mediaTimedOut(what: string, limitMs: number): ReelbotError {
  return new ReelbotError(ErrorCode.MediaTimedOut, msg('error.media.timedOut'), {
    message: `${what}: ffmpeg ran past its ${limitMs} ms limit and was killed`,
    retryable: true,
  });
}
