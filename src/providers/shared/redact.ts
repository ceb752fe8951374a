/** Replaces a secret wherever it appears in provider text, plus anything shaped like a known key. */
export type Redact = (text: string) => string;

/** An inline data URI's payload (a reference picture sent in a request). */
const INLINE_DATA = /data:[a-z]+\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=]{8,}/gi;

/**
 * A redactor for one secret. `shapes` add patterns for keys of the same provider that are not the
 * configured one (a gateway may echo a different key back), each replaced by `<prefix>[redacted]`.
 */
export function makeRedactor(
  secret: string,
  shapes: ReadonlyArray<{ pattern: RegExp; prefix: string }> = [],
) {
  return ((text: string) => {
    let out = secret.length >= 4 ? text.split(secret).join('[redacted]') : text;
    // A provider that echoes a request back would echo a member's picture: never in a log or card.
    out = out.replace(INLINE_DATA, 'data:[redacted]');
    for (const { pattern, prefix } of shapes) out = out.replace(pattern, `${prefix}[redacted]`);
    return out;
  }) satisfies Redact;
}

/** One line of provider text, without secrets, short enough for a chat card. */
export function reasonOf(text: string, redact: Redact): string {
  const clean = redact(text).replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

/** An error as a cause that is safe to log: the original, unless its text carries the secret. */
export function safeCause(error: unknown, redact: Redact, extraText = ''): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redact(error) : error;
  if (redact(error.message) === error.message && redact(extraText) === extraText) return error;
  const copy = new Error(redact(error.message));
  copy.name = error.name;
  return copy;
}
