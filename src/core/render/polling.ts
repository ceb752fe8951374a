/**
 * When to ask a provider again. Renders take minutes and providers charge nothing for a status
 * call, but rate limits count them (OpenAI's guide suggests 10-20 s), so the delay adapts: halve
 * the estimated time left, never below `minMs` or above `maxMs`, and once what is left is within
 * a few floors, wait for the whole of it plus a margin (one call just after the end instead of
 * several near it).
 */

/**
 * Left no more than this many floors (10 s at the default 2 s floor): wait it out in one call.
 * Halving below that would spend two or three calls on the last few seconds; a 2-minute render
 * reaches it at about 92%, one halving step after 85% (test/unit/polling.test.ts).
 */
const FINAL_SPAN_FLOORS = 5;
/**
 * The final wait overshoots the estimate by this share: the estimate is made a status call's
 * round trip after the provider measured its progress, and progress comes in whole percent, so
 * a wait of exactly the estimate lands just before the end and costs one more call.
 */
const FINAL_MARGIN = 0.05;
export interface PollPolicy {
  minMs: number;
  maxMs: number;
}

export interface PollInput {
  /** Milliseconds since the provider accepted the job. */
  elapsedMs: number;
  progress?: number;
  /** Status calls made so far for this clip. */
  calls: number;
  /** The provider's own hint, when it sends one. */
  hintMs?: number;
  /** The caller's estimate of time left, when it has a better one than the progress rate (eta.ts). */
  remainingMs?: number;
}

/** Estimated milliseconds left, from the progress rate so far; undefined without progress. */
export function estimateRemainingMs(elapsedMs: number, progress: number | undefined): number | undefined {
  if (!progress || progress <= 0 || progress >= 100 || elapsedMs <= 0) return undefined;
  return (elapsedMs * (100 - progress)) / progress;
}

export function nextPollDelay(policy: PollPolicy, input: PollInput): number {
  const clamp = (ms: number) => Math.round(Math.min(policy.maxMs, Math.max(policy.minMs, ms)));
  if (input.hintMs !== undefined) return clamp(input.hintMs);
  const remaining = input.remainingMs ?? estimateRemainingMs(input.elapsedMs, input.progress);
  if (remaining === undefined) return clamp(policy.minMs * 2 ** input.calls);
  if (remaining <= FINAL_SPAN_FLOORS * policy.minMs) return clamp(remaining * (1 + FINAL_MARGIN));
  return clamp(remaining / 2);
}
