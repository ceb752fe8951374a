import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * The ffmpeg binary shipped inside the @ffmpeg-installer npm package: no system install and
 * nothing downloaded at run time. npm 11 may skip the package's chmod postinstall, so make sure
 * it is executable once per process.
 */
const require = createRequire(import.meta.url);
export const ffmpegPath: string = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;

let ready: Promise<void> | undefined;
export function ensureFfmpeg(): Promise<void> {
  ready ??= chmod(ffmpegPath, 0o755).catch(() => {});
  return ready;
}
