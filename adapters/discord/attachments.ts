import type { Attachment } from 'discord.js';
import { ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { IMAGE_MAX_BYTES } from '../../src/media/image.ts';
import { createGuardedFetch } from '../../src/providers/shared/safe-fetch.ts';

/**
 * A member's attachment (the picture of `/sora cast add`) as bytes for the core, which checks
 * what they are. The Attachment Object's `size` comes first: over IMAGE_MAX_BYTES is refused
 * before any download (https://discord.com/developers/docs/resources/message#attachment-object).
 * The file comes from its CDN `url` through the guarded fetch (public addresses only, redirects
 * re-checked), and reading stops at the cap whatever `size` or Content-Length claimed.
 */
export type AttachmentFetch = typeof fetch;

const tooBig = (name: string) =>
  new ValidationError(msg('surface.discord.attachmentTooBig', { mib: IMAGE_MAX_BYTES / 1024 / 1024 }), name);
const unreadable = (name: string) => new ValidationError(msg('surface.discord.attachmentUnreadable'), name);

/**
 * The guarded fetch for attachments. `apiUrl` is the configured Discord API (DISCORD_API_URL, a
 * local fake in tests): its own origin is trusted as it is, as a provider's is; the real CDN
 * (cdn.discordapp.com) is a public host and passes the guard unaided.
 */
export function attachmentFetch(apiUrl: string | undefined): AttachmentFetch {
  return createGuardedFetch({ trustedOrigins: apiUrl ? [apiUrl] : [], maxRedirects: 2 });
}

export async function attachmentBytes(
  attachment: Pick<Attachment, 'size' | 'url'>,
  optionName: string,
  fetchFile: AttachmentFetch,
): Promise<Uint8Array> {
  if (!Number.isFinite(attachment.size) || attachment.size > IMAGE_MAX_BYTES) throw tooBig(optionName);
  let response: Response;
  try {
    response = await fetchFile(attachment.url, { signal: AbortSignal.timeout(30_000) });
  } catch {
    throw unreadable(optionName);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => {});
    throw unreadable(optionName);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > IMAGE_MAX_BYTES) {
    await response.body.cancel().catch(() => {});
    throw tooBig(optionName);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > IMAGE_MAX_BYTES) {
        await reader.cancel().catch(() => {});
        throw tooBig(optionName);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw unreadable(optionName);
  }
  return Buffer.concat(chunks);
}
