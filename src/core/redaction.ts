/** Text with every configured secret replaced; the same function the logs and the cards use. */
export type Redact = (text: string) => string;

/** Redacts nothing: what secretRedactor gives when no secret is configured. */
export const noRedaction: Redact = (text) => text;

/** Shorter values are too likely to occur in ordinary text to be replaced wherever they appear. */
const SECRET_MIN = 6;

/**
 * A redactor for the operator's configured secrets (tokens, API keys, passwords): every
 * occurrence becomes `[redacted]`. The logger scrubs log lines with it and the status card shows
 * provider text through it, so a key a provider or gateway echoes back in an error reaches neither.
 */
export function secretRedactor(secrets: readonly (string | undefined)[]): Redact {
  const values = [
    ...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= SECRET_MIN)),
  ]
    // The longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  if (values.length === 0) return noRedaction;
  // One pass over the text whatever the number of secrets (a deployment may hold thousands of
  // workspace keys); the longest alternative first, as above.
  const pattern = new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, '[redacted]');
}

/**
 * Secrets learnt while the process runs (a workspace's provider key, the moment it is
 * decrypted). Process-wide on purpose: every live redactor of this process (the logger's, the
 * cards') hides them wherever the key was opened, so no path can forget to pass one along.
 */
const learnt = new Set<string>();
let learntVersion = 0;

/** Hide `secret` from every log line and card of this process from now on. */
export function registerSecret(secret: string): void {
  if (secret.length < SECRET_MIN || learnt.has(secret)) return;
  learnt.add(secret);
  learntVersion++;
}

/** The configured secrets and every secret registered, now or later (registerSecret). */
export function liveRedactor(secrets: readonly (string | undefined)[]): Redact {
  let seen = -1;
  let redact: Redact = noRedaction;
  return (text) => {
    if (seen !== learntVersion) {
      redact = secretRedactor([...secrets, ...learnt]);
      seen = learntVersion;
    }
    return redact(text);
  };
}
