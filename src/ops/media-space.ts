import { statfs } from 'node:fs/promises';

const MIB = 1024 * 1024;

/** Bytes an unprivileged process may still write on the file system holding `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  // bavail, not bfree: blocks reserved for root are no use to the bot
  // (https://man7.org/linux/man-pages/man2/statfs.2.html).
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/**
 * Room for clips in the media directory: not ready below MEDIA_MIN_FREE_MB, so an orchestrator
 * stops sending work to a worker whose downloads would fail with DISK_FULL. The path is not shown.
 */
export async function mediaSpaceCheck(
  dir: string,
  minFreeBytes: number,
): Promise<{ ok: boolean; detail?: string }> {
  let free: number;
  try {
    free = await freeBytes(dir);
  } catch {
    return { ok: false, detail: 'cannot read the free space of MEDIA_DIR' };
  }
  const shown = `${Math.floor(free / MIB)} MiB free in MEDIA_DIR`;
  if (free >= minFreeBytes) return { ok: true, detail: shown };
  return { ok: false, detail: `${shown}, under MEDIA_MIN_FREE_MB (${Math.round(minFreeBytes / MIB)} MiB)` };
}
