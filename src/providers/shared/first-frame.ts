import { ErrorCode, ProviderError } from '../../core/errors.ts';
import { msg } from '../../core/i18n/message.ts';
import type { RenderRequest } from '../../core/ports/video-provider.ts';

/**
 * A first frame as a base64 data URI (RFC 2397), the form fal and Runway take inline in their
 * image fields. Refused (PROVIDER_REJECTED, not retryable: the same picture will not shrink) when
 * the picture is over `maxBytes`, so it never leaves as a request the API would turn away.
 */
export function firstFrameDataUri(
  frame: NonNullable<RenderRequest['firstFrame']>,
  limit: { maxBytes: number; provider: string },
): string {
  if (frame.bytes.byteLength > limit.maxBytes) {
    throw new ProviderError(
      ErrorCode.ProviderRejected,
      msg('error.provider.firstFrameTooLarge', {
        size: Math.ceil(frame.bytes.byteLength / 2 ** 20),
        max: Math.floor(limit.maxBytes / 2 ** 20),
      }),
      {
        message: `${limit.provider}: first frame of ${frame.bytes.byteLength} bytes is over ${limit.maxBytes}`,
      },
    );
  }
  return `data:${frame.mimeType};base64,${Buffer.from(frame.bytes).toString('base64')}`;
}
