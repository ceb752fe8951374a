import { z } from 'zod';
import type { RawOptions } from '../../commands/parse.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../../src/core/errors.ts';
import { msg } from '../../src/core/i18n/message.ts';
import { IMAGE_MAX_BYTES } from '../../src/media/image.ts';

/**
 * Files attached to a studio command, carried the way a Discord interaction carries them: the
 * request lists `attachments: [{ id, filename, content_type, size, data }]` (Discord's attachment
 * object, https://discord.com/developers/docs/resources/message#attachment-object, with the
 * bytes inline as base64 instead of a CDN url, since the studio has no CDN and a picture must
 * never be served back), and an `image` option's value names an attachment id, as Discord's
 * attachment option does (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type).
 * A command with one image option and one attachment may leave the option out: the file is it;
 * a value that names no attachment is left as typed (generate's `image` takes a link).
 *
 * The picture's bytes are only checked for size here; what they are (JPEG, PNG or WebP by their
 * bytes) is the core's check (src/media/image.ts).
 */

/** Base64 of a picture at the limit: 4 characters per 3 bytes. */
export const ATTACHMENT_DATA_MAX = Math.ceil(IMAGE_MAX_BYTES / 3) * 4;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const attachmentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'studio.error.attachmentId'),
  filename: z.string().max(255, 'studio.error.fileName'),
  content_type: z.string().max(255).optional(),
  size: z.number().int().min(0),
  data: z.string().regex(BASE64, 'studio.error.base64'),
});

/** A size in MiB to one decimal, for a sentence (the catalog formats it in the reader's locale). */
export function mebibytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export type StudioAttachment = z.infer<typeof attachmentSchema>;

export const attachmentsSchema = z.array(attachmentSchema).max(1, 'studio.error.onePicture').optional();

function tooLarge(bytes: number): ReelbotError {
  return new ReelbotError(
    ErrorCode.ImageTooLarge,
    msg('studio.web.picture.tooLarge', { size: mebibytes(bytes) }),
  );
}

/** The attachment's bytes, refused by its declared size before anything is decoded. */
function bytesOf(attachment: StudioAttachment): Uint8Array {
  if (attachment.size > IMAGE_MAX_BYTES || attachment.data.length > ATTACHMENT_DATA_MAX) {
    throw tooLarge(Math.max(attachment.size, (attachment.data.length / 4) * 3));
  }
  const bytes = Buffer.from(attachment.data, 'base64');
  if (bytes.byteLength !== attachment.size) {
    throw new ValidationError(msg('studio.error.incomplete', { name: attachment.filename }));
  }
  return bytes;
}

/**
 * Replace each image option's value (an attachment id, or nothing) with the attachment's bytes,
 * as the raw options the command's schema reads. An attachment no option takes is refused, so a
 * file is never silently dropped.
 */
export function withAttachments(
  options: RawOptions,
  imageOptions: readonly string[],
  attachments: readonly StudioAttachment[],
): RawOptions {
  const raw = { ...options };
  const used = new Set<string>();
  for (const name of imageOptions) {
    const named = raw[name];
    // A value naming no attachment stays as typed (generate's image takes a link); the command's
    // schema says what it wants.
    const attachment =
      typeof named === 'string'
        ? attachments.find((a) => a.id === named)
        : attachments.length === 1
          ? attachments[0]
          : undefined;
    if (!attachment) continue;
    raw[name] = bytesOf(attachment);
    used.add(attachment.id);
  }
  if (attachments.some((a) => !used.has(a.id))) {
    throw new ValidationError(msg('studio.error.noAttachment'));
  }
  return raw;
}
