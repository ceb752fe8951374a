import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';

/**
 * errno codes that mean "no room to write": a full file system (ENOSPC) or a used-up disk quota
 * (EDQUOT), https://man7.org/linux/man-pages/man2/write.2.html#ERRORS.
 */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT']);
/** How ffmpeg reports the same two errors on stderr (their strerror text). */
const FFMPEG_NO_ROOM = /No space left on device|Disk quota exceeded/;

export function isDiskFull(error: unknown): boolean {
  return NO_ROOM.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');
}

export function ffmpegSaysDiskFull(stderr: string): boolean {
  return FFMPEG_NO_ROOM.test(stderr);
}

/**
 * Retryable: space may come back (an operator clears it) or another worker with room may take
 * the job. The member reads the sentence only if the retries run out, so it says what happened.
 */
export function diskFullError(cause?: unknown): ReelbotError {
  return new ReelbotError(ErrorCode.DiskFull, msg('error.media.diskFull'), {
    cause,
    retryable: true,
    message: 'no space left in the media directory',
  });
}
