import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Sealed } from '../ports/keys.ts';
import type { MasterKey } from './master-key.ts';

export type { Sealed };

/**
 * Encrypt `plaintext` under the master key. `context` is bound as additional authenticated data
 * (the record's workspace and provider), so a ciphertext copied onto another record fails to open.
 */
export function seal(master: MasterKey, plaintext: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master.bytes, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: master.id,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Why a sealed secret did not open: sealed under another master key, or altered (bad tag). */
export class UnsealError extends Error {
  readonly reason: 'other-key' | 'tampered';
  constructor(reason: 'other-key' | 'tampered') {
    super(reason === 'other-key' ? 'sealed under another master key' : 'auth tag check failed');
    this.reason = reason;
  }
}

/** Decrypt a sealed secret; throws UnsealError when it was sealed elsewhere or altered. */
export function unseal(master: MasterKey, sealed: Sealed, context: string): string {
  if (sealed.keyId !== master.id) throw new UnsealError('other-key');
  try {
    const decipher = createDecipheriv('aes-256-gcm', master.bytes, Buffer.from(sealed.iv, 'base64'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new UnsealError('tampered');
  }
}
