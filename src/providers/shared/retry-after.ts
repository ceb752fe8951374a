/**
 * The wait a 429 asked for: `retry-after-ms` first (OpenAI and Stainless-generated SDKs send it),
 * then `retry-after` in seconds or as an HTTP date (RFC 9110 §10.2.3).
 */
export function retryAfterFrom(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const after = headers?.get('retry-after');
  if (!after) return undefined;
  const seconds = Number.parseFloat(after);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
