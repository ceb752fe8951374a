/**
 * When to ask a provider again. Renders take minutes and providers charge nothing for a status
 * call, but rate limits count them (OpenAI's guide suggests 10-20 s), so the delay adapts: halve
 * the estimated time left, never below `minMs` or above `maxMs`, and when half the remaining time
 * is below the floor, wait for the whole of it (one call near the end instead of several).
 */
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
}

/** Estimated milliseconds left, from the progress rate so far; undefined without progress. */
export function estimateRemainingMs(elapsedMs: number, progress: number | undefined): number | undefined {
  if (!progress || progress <= 0 || progress >= 100 || elapsedMs <= 0) return undefined;
  return (elapsedMs * (100 - progress)) / progress;
}

export function nextPollDelay(policy: PollPolicy, input: PollInput): number {
  const clamp = (ms: number) => Math.round(Math.min(policy.maxMs, Math.max(policy.minMs, ms)));
  if (input.hintMs !== undefined) return clamp(input.hintMs);
  const remaining = estimateRemainingMs(input.elapsedMs, input.progress);
  if (remaining === undefined) return clamp(policy.minMs * 2 ** input.calls);
  const half = remaining / 2;
  return clamp(half < policy.minMs ? remaining : half);
}
