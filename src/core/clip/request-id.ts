/**
 * A stable id for a platform request id, so a retried event (Discord and Slack deliver again when
 * an answer is late) maps to the record the first delivery made: `prefix` and 24 hex digits of the
 * key's SHA-256. Clips and stories use different prefixes and keys, so they never share an id.
 */
export async function idForRequestKey(prefix: string, requestKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(requestKey)));
  return `${prefix}${[...digest.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
