import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.ts';

/** The key that encrypts workspaces' provider keys at rest, and the id every ciphertext carries. */
export interface MasterKey {
  /** First 8 bytes of SHA-256 of the key, hex: names the key without revealing it. */
  readonly id: string;
  readonly bytes: Buffer;
  /** The base64 text it was given as, so the logs' redaction can hide it. */
  readonly text: string;
}

/** 32 bytes in standard base64 (what `openssl rand -base64 32` prints): 43 characters and `=`. */
const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Parse a master key given as base64 of 32 random bytes; anything else is refused with one line
 * naming the variable (a passphrase or a hex string would silently weaken AES-256).
 */
export function parseMasterKey(text: string, variable = 'REELBOT_MASTER_KEY'): MasterKey {
  const trimmed = text.trim();
  const bytes = Buffer.from(BASE64_32.test(trimmed) ? trimmed : '', 'base64');
  if (bytes.length !== 32 || bytes.toString('base64') !== trimmed) {
    throw new ConfigError(
      `${variable}: expected 32 random bytes in base64 (make one with: openssl rand -base64 32)`,
    );
  }
  return { id: masterKeyId(bytes), bytes, text: trimmed };
}

export function masterKeyId(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest().subarray(0, 8).toString('hex');
}
