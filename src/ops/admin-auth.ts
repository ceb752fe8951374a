import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * True when the request carries the admin token: `Authorization: Bearer <token>` for scripts, or
 * HTTP Basic with the token as the password (any user name) so a browser can open the dashboard
 * from its own sign-in prompt. Compared in constant time on hashes, so neither the token's
 * content nor its length leaks through timing.
 */
export function hasAdminToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const [scheme, value = ''] = header.split(' ', 2);
  let offered: string | undefined;
  if (scheme?.toLowerCase() === 'bearer') offered = value;
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    offered = colon >= 0 ? decoded.slice(colon + 1) : undefined;
  }
  if (offered === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(offered), digest(token));
}
