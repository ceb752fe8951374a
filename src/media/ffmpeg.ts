import { execFile } from 'node:child_process';
import { access, chmod, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.ts';
import type { Logger } from '../core/ports/logger.ts';

/**
 * Which ffmpeg decodes the bytes providers send. In order: FFMPEG_PATH; else an `ffmpeg` on PATH
 * of version 5 or newer (Debian 12's `ffmpeg` package is 5.1 and gets security updates,
 * https://packages.debian.org/bookworm/ffmpeg); else the static build bundled in the
 * @ffmpeg-installer npm package, which still runs but is a 2018 git snapshot
 * (https://www.npmjs.com/package/@ffmpeg-installer/linux-x64, "Copyright (c) 2000-2018") with
 * none of the decoder fixes since, so the process warns once at start-up.
 */
const require = createRequire(import.meta.url);
export const bundledFfmpeg: string = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;

/** Oldest ffmpeg major version taken from PATH without a warning. */
export const MIN_FFMPEG_MAJOR = 5;
/**
 * A git snapshot (`N-12345-g…`) prints no release number, only its copyright years; FFmpeg 5.0
 * was released in January 2022 (https://ffmpeg.org/index.html#news), so a snapshot whose
 * copyright runs to 2022 or later is at least as new.
 */
const MIN_SNAPSHOT_YEAR = 2022;
/** `ffmpeg -version` answers at once; a binary that hangs this long is not one to use. */
const VERSION_TIMEOUT_MS = 10_000;

export interface FfmpegVersion {
  /** As printed after "ffmpeg version", e.g. `5.1.9-0+deb12u1` or `N-47683-g0e8eb07980-static`. */
  text: string;
  major?: number;
  minor?: number;
  /** The last copyright year, which dates a snapshot build. */
  year?: number;
}

/** Reads the first line of `ffmpeg -version` (or `ffprobe -version`). */
export function parseFfmpegVersion(output: string, program = 'ffmpeg'): FfmpegVersion | undefined {
  const line = new RegExp(`^${program} version (\\S+)(.*)$`, 'm').exec(output);
  if (!line) return undefined;
  const text = line[1]!;
  // Release builds print 5.1.9 (Debian adds -0+deb12u1); FFmpeg's own tarball builds print n6.1.
  const release = /^n?(\d+)\.(\d+)/.exec(text);
  const year = /Copyright \(c\) \d{4}-(\d{4})/.exec(line[2] ?? '')?.[1];
  return {
    text,
    ...(release ? { major: Number(release[1]), minor: Number(release[2]) } : {}),
    ...(year ? { year: Number(year) } : {}),
  };
}

/** True for 5.0 or newer, or a snapshot dated 2022 or later. */
export function isMaintained(version: FfmpegVersion): boolean {
  if (version.major !== undefined) return version.major >= MIN_FFMPEG_MAJOR;
  return (version.year ?? 0) >= MIN_SNAPSHOT_YEAR;
}

export interface FfmpegChoice {
  ffmpeg: string;
  /** ffprobe from the same directory, when there is one that runs (the bundled build has none). */
  ffprobe: string | undefined;
  version: string;
  source: 'FFMPEG_PATH' | 'PATH' | 'bundled';
  /** A sentence for the operator when the choice carries a risk. */
  warning?: string;
}

export interface ChooseOptions {
  /** FFMPEG_PATH: a path, or a program name looked up on the search path. */
  configured?: string;
  /** The OS search path, as spawn uses it (default: this process's PATH). */
  searchPath?: string;
  /** The fallback binary (default: the @ffmpeg-installer build). */
  bundled?: string;
}

/** Pick the ffmpeg this process runs; throws ConfigError when FFMPEG_PATH does not run. */
export async function chooseFfmpeg(options: ChooseOptions = {}): Promise<FfmpegChoice> {
  const searchPath = options.searchPath ?? process.env.PATH ?? '';
  if (options.configured) {
    const path = options.configured.includes('/')
      ? resolve(options.configured)
      : ((await findOnPath(options.configured, searchPath)) ?? options.configured);
    const run = await versionOf(path, 'ffmpeg');
    if (!run.version) {
      throw new ConfigError(`FFMPEG_PATH: ${path} does not run as ffmpeg (${run.problem})`);
    }
    return {
      ffmpeg: path,
      ffprobe: await ffprobeBeside(path),
      version: run.version.text,
      source: 'FFMPEG_PATH',
      ...(isMaintained(run.version)
        ? {}
        : {
            warning: `FFMPEG_PATH names ffmpeg ${run.version.text}, older than ${MIN_FFMPEG_MAJOR}.0. ${RISK}`,
          }),
    };
  }

  const onPath = await findOnPath('ffmpeg', searchPath);
  let passedOver = '';
  if (onPath) {
    const run = await versionOf(onPath, 'ffmpeg');
    if (run.version && isMaintained(run.version)) {
      return {
        ffmpeg: onPath,
        ffprobe: await ffprobeBeside(onPath),
        version: run.version.text,
        source: 'PATH',
      };
    }
    passedOver = run.version
      ? ` (${onPath} on PATH is ${run.version.text}, older than ${MIN_FFMPEG_MAJOR}.0)`
      : ` (${onPath} on PATH does not run: ${run.problem})`;
  }

  const bundled = options.bundled ?? bundledFfmpeg;
  // npm 11 may skip the package's chmod postinstall, so make sure it is executable.
  await chmod(bundled, 0o755).catch(() => {});
  const run = await versionOf(bundled, 'ffmpeg');
  const version = run.version?.text ?? 'unknown';
  return {
    ffmpeg: bundled,
    ffprobe: undefined,
    version,
    source: 'bundled',
    warning: `no ffmpeg ${MIN_FFMPEG_MAJOR} or newer found${passedOver}: using the one bundled with @ffmpeg-installer (${version}), a 2018 build. ${RISK}`,
  };
}

const RISK =
  'It decodes untrusted video from providers without the security fixes of later releases: install a maintained ffmpeg (Debian: apt-get install ffmpeg) or set FFMPEG_PATH.';

/** The first executable `name` on the search path, as a shell would find it. */
async function findOnPath(name: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(resolve(dir), name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** ffprobe in the chosen ffmpeg's directory, when it runs (one build, one set of fixes). */
async function ffprobeBeside(ffmpeg: string): Promise<string | undefined> {
  const name = basename(ffmpeg).replace(/ffmpeg/, 'ffprobe');
  const path = join(dirname(ffmpeg), name === basename(ffmpeg) ? 'ffprobe' : name);
  const run = await versionOf(path, 'ffprobe');
  return run.version ? path : undefined;
}

/** Run `<binary> -version` and read its first line. */
function versionOf(path: string, program: string): Promise<{ version?: FfmpegVersion; problem: string }> {
  return new Promise((done) => {
    execFile(path, ['-version'], { timeout: VERSION_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (error, stdout) => {
      const version = parseFfmpegVersion(String(stdout), program);
      if (version) done({ version, problem: '' });
      else done({ problem: error ? error.message.split('\n')[0]! : `no "${program} version" line` });
    });
  });
}

/**
 * The binaries in use: live bindings, so importers see the choice once ensureFfmpeg() (or
 * useFfmpeg()) has resolved. Every caller awaits one of those before it spawns.
 */
export let ffmpegPath: string = bundledFfmpeg;
export let ffprobePath: string | undefined;

let current: { configured: string | undefined; choice: Promise<FfmpegChoice> } | undefined;

/**
 * Choose the binaries for this process (once per FFMPEG_PATH value) and log which one runs and
 * its version; a risky choice is logged as a warning. The composition root calls this first.
 */
export function useFfmpeg(options: { configured?: string; logger?: Logger } = {}): Promise<FfmpegChoice> {
  if (current && current.configured === options.configured) return current.choice;
  const choice = chooseFfmpeg(options.configured ? { configured: options.configured } : {}).then((c) => {
    ffmpegPath = c.ffmpeg;
    ffprobePath = c.ffprobe;
    return c;
  });
  current = { configured: options.configured, choice };
  const { logger } = options;
  if (logger) {
    void choice.then(
      (c) => {
        const fields = { ffmpeg: c.ffmpeg, version: c.version, source: c.source, ffprobe: c.ffprobe ?? null };
        if (c.warning) logger.warn(fields, `ffmpeg: ${c.warning}`);
        else logger.info(fields, `ffmpeg ${c.version} (${c.source})`);
      },
      () => {},
    );
  }
  return choice;
}

/** The binaries chosen so far, or the default choice (no FFMPEG_PATH) when nothing chose yet. */
export function ensureFfmpeg(): Promise<FfmpegChoice> {
  return current?.choice ?? useFfmpeg();
}
