import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError, ErrorCode } from '../../src/core/errors.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import {
  chooseFfmpeg,
  ffmpegPath,
  ffprobePath,
  isMaintained,
  parseFfmpegVersion,
  useFfmpeg,
} from '../../src/media/ffmpeg.ts';

/** Banners as real builds print them (first line of `-version`). */
const DEBIAN = 'ffmpeg version 5.1.9-0+deb12u1 Copyright (c) 2000-2026 the FFmpeg developers';
const BUNDLED =
  'ffmpeg version N-47683-g0e8eb07980-static https://johnvansickle.com/ffmpeg/  Copyright (c) 2000-2018 the FFmpeg developers';
const UBUNTU_22 = 'ffmpeg version 4.4.2-0ubuntu0.22.04.1 Copyright (c) 2000-2021 the FFmpeg developers';

const root = mkdtempSync(join(tmpdir(), 'reelbot-ffmpeg-choice-'));
let dirs = 0;

/** A directory of fake binaries: tiny shell scripts that print a version line, or fail. */
function binDir(binaries: Record<string, string | { exit: number }>): string {
  const dir = join(root, `bin${dirs++}`);
  mkdirSync(dir);
  for (const [name, banner] of Object.entries(binaries)) {
    const body =
      typeof banner === 'string'
        ? `echo '${banner}'\necho 'built with gcc'\n`
        : `echo 'cannot execute' >&2\nexit ${banner.exit}\n`;
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}`, { mode: 0o755 });
  }
  return dir;
}

const probeOf = (ffmpegBanner: string) => ffmpegBanner.replace(/^ffmpeg/, 'ffprobe');
const bundled = join(binDir({ ffmpeg: BUNDLED }), 'ffmpeg');

describe('parseFfmpegVersion', () => {
  it('reads release numbers from Debian, Ubuntu and FFmpeg tarball builds', () => {
    expect(parseFfmpegVersion(`${DEBIAN}\nbuilt with gcc 12`)).toEqual({
      text: '5.1.9-0+deb12u1',
      major: 5,
      minor: 1,
      year: 2026,
    });
    expect(parseFfmpegVersion(UBUNTU_22)).toMatchObject({ major: 4, minor: 4 });
    expect(parseFfmpegVersion('ffmpeg version n6.1.1 Copyright (c) 2000-2023')).toMatchObject({
      text: 'n6.1.1',
      major: 6,
      minor: 1,
    });
    expect(parseFfmpegVersion('ffmpeg version 7.0.2-static https://johnvansickle.com/ffmpeg/')).toMatchObject(
      {
        major: 7,
        minor: 0,
      },
    );
  });

  it('dates a git snapshot by its copyright year, and reads ffprobe lines when asked', () => {
    expect(parseFfmpegVersion(BUNDLED)).toEqual({ text: 'N-47683-g0e8eb07980-static', year: 2018 });
    expect(parseFfmpegVersion(probeOf(DEBIAN), 'ffprobe')).toMatchObject({ major: 5, minor: 1 });
    expect(parseFfmpegVersion(probeOf(DEBIAN))).toBeUndefined();
  });

  it('finds nothing in output that is not an ffmpeg banner', () => {
    expect(parseFfmpegVersion('')).toBeUndefined();
    expect(parseFfmpegVersion('avconv version 12.3')).toBeUndefined();
    expect(parseFfmpegVersion('bash: ffmpeg: command not found')).toBeUndefined();
  });

  it('counts 5.0 and later, and snapshots from 2022 on, as maintained', () => {
    expect(isMaintained({ text: '5.0', major: 5, minor: 0 })).toBe(true);
    expect(isMaintained({ text: '4.4.2', major: 4, minor: 4, year: 2024 })).toBe(false);
    expect(isMaintained({ text: 'N-1', year: 2018 })).toBe(false);
    expect(isMaintained({ text: 'N-2', year: 2023 })).toBe(true);
    expect(isMaintained({ text: 'odd' })).toBe(false);
  });
});

describe('chooseFfmpeg', () => {
  it('takes FFMPEG_PATH over a newer ffmpeg on PATH, with ffprobe from its own directory', async () => {
    const mine = binDir({ ffmpeg: 'ffmpeg version 6.0 Copyright (c) 2000-2023', ffprobe: probeOf(DEBIAN) });
    const onPath = binDir({ ffmpeg: 'ffmpeg version 7.1 Copyright (c) 2000-2024', ffprobe: probeOf(DEBIAN) });
    const choice = await chooseFfmpeg({ configured: join(mine, 'ffmpeg'), searchPath: onPath, bundled });
    expect(choice).toEqual({
      ffmpeg: join(mine, 'ffmpeg'),
      ffprobe: join(mine, 'ffprobe'),
      version: '6.0',
      source: 'FFMPEG_PATH',
    });
  });

  it('uses an old FFMPEG_PATH as told, but warns; looks a bare name up on PATH', async () => {
    const onPath = binDir({ 'ffmpeg-old': UBUNTU_22 });
    const choice = await chooseFfmpeg({ configured: 'ffmpeg-old', searchPath: onPath, bundled });
    expect(choice).toMatchObject({ ffmpeg: join(onPath, 'ffmpeg-old'), version: '4.4.2-0ubuntu0.22.04.1' });
    expect(choice.source).toBe('FFMPEG_PATH');
    expect(choice.warning).toMatch(/older than 5\.0\. It decodes untrusted video/);
    expect(choice.ffprobe).toBeUndefined();
  });

  it('stops start-up with one line naming FFMPEG_PATH when it does not run as ffmpeg', async () => {
    const broken = binDir({ ffmpeg: { exit: 126 }, other: 'hello' });
    for (const configured of [join(broken, 'ffmpeg'), join(broken, 'other'), join(broken, 'missing')]) {
      const error = await chooseFfmpeg({ configured, searchPath: '', bundled }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).code).toBe(ErrorCode.ConfigInvalid);
      expect((error as ConfigError).message).toMatch(
        new RegExp(`^FFMPEG_PATH: ${configured} does not run as ffmpeg`),
      );
    }
  });

  it('takes an ffmpeg 5 or newer from PATH, the first one PATH names, over the bundled build', async () => {
    const first = binDir({ ffmpeg: DEBIAN, ffprobe: probeOf(DEBIAN) });
    const second = binDir({ ffmpeg: 'ffmpeg version 7.1 Copyright (c) 2000-2024' });
    const choice = await chooseFfmpeg({ searchPath: [first, second].join(delimiter), bundled });
    expect(choice).toEqual({
      ffmpeg: join(first, 'ffmpeg'),
      ffprobe: join(first, 'ffprobe'),
      version: '5.1.9-0+deb12u1',
      source: 'PATH',
    });
    // An ffprobe that does not run is not used.
    const noProbe = binDir({ ffmpeg: DEBIAN, ffprobe: { exit: 1 } });
    expect((await chooseFfmpeg({ searchPath: noProbe, bundled })).ffprobe).toBeUndefined();
  });

  it('falls back to the bundled build with a warning that names the risk and the ffmpeg passed over', async () => {
    const old = binDir({ ffmpeg: UBUNTU_22, ffprobe: probeOf(UBUNTU_22) });
    const choice = await chooseFfmpeg({ searchPath: old, bundled });
    expect(choice).toMatchObject({
      ffmpeg: bundled,
      ffprobe: undefined,
      version: 'N-47683-g0e8eb07980-static',
      source: 'bundled',
    });
    expect(choice.warning).toContain(
      `${join(old, 'ffmpeg')} on PATH is 4.4.2-0ubuntu0.22.04.1, older than 5.0`,
    );
    expect(choice.warning).toContain('decodes untrusted video from providers');
    expect(choice.warning).toContain('FFMPEG_PATH');

    const none = await chooseFfmpeg({ searchPath: binDir({}), bundled });
    expect(none.source).toBe('bundled');
    expect(none.warning).toMatch(/^no ffmpeg 5 or newer found: using the one bundled with @ffmpeg-installer/);

    const broken = await chooseFfmpeg({ searchPath: binDir({ ffmpeg: { exit: 2 } }), bundled });
    expect(broken.source).toBe('bundled');
    expect(broken.warning).toContain('on PATH does not run');
  });
});

describe('useFfmpeg', () => {
  it('points the media code at the choice and logs which binary and version run', async () => {
    const lines: { level: string; fields: Record<string, unknown>; msg: string }[] = [];
    const record =
      (level: string) =>
      (fields: Record<string, unknown>, msg: string): void =>
        void lines.push({ level, fields, msg });
    const logger: Logger = {
      child: () => logger,
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    };
    const dir = binDir({ ffmpeg: DEBIAN, ffprobe: probeOf(DEBIAN) });
    const config = loadConfig({ FFMPEG_PATH: join(dir, 'ffmpeg') });
    const choice = await useFfmpeg({ configured: config.media.ffmpegPath!, logger });
    expect(choice.source).toBe('FFMPEG_PATH');
    expect(ffmpegPath).toBe(join(dir, 'ffmpeg'));
    expect(ffprobePath).toBe(join(dir, 'ffprobe'));
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual([
      {
        level: 'info',
        fields: {
          ffmpeg: join(dir, 'ffmpeg'),
          version: '5.1.9-0+deb12u1',
          source: 'FFMPEG_PATH',
          ffprobe: join(dir, 'ffprobe'),
        },
        msg: 'ffmpeg 5.1.9-0+deb12u1 (FFMPEG_PATH)',
      },
    ]);
    // Asked again with the same setting: the same choice, not logged twice.
    expect(await useFfmpeg({ configured: config.media.ffmpegPath!, logger })).toBe(choice);
    expect(lines).toHaveLength(1);
  });

  it('reads FFMPEG_PATH and MEDIA_MIN_FREE_MB from config, with 512 MiB by default', () => {
    expect(loadConfig({}).media).toEqual({ minFreeBytes: 512 * 1024 * 1024 });
    expect(loadConfig({ FFMPEG_PATH: '/usr/bin/ffmpeg', MEDIA_MIN_FREE_MB: '0' }).media).toEqual({
      ffmpegPath: '/usr/bin/ffmpeg',
      minFreeBytes: 0,
    });
    expect(() => loadConfig({ MEDIA_MIN_FREE_MB: '-1' })).toThrow(
      /^MEDIA_MIN_FREE_MB: expected a whole number/,
    );
  });
});
