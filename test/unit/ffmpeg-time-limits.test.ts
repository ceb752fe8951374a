import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/core/errors.ts';
import { FFMPEG_LIMITS, ffmpegTimeLimit, limitsWith, mediaTimedOut } from '../../src/media/time-limits.ts';

const MiB = 1024 * 1024;
const limits = limitsWith({ floorMs: 1_000, perMiBMs: 100, encodePerSecondMs: 2_000, ceilingMs: 60_000 });

describe('ffmpegTimeLimit', () => {
  it('is the floor plus the bytes read plus the seconds encoded', () => {
    expect(ffmpegTimeLimit(limits, { bytes: 0 })).toBe(1_000);
    expect(ffmpegTimeLimit(limits, { bytes: 10 * MiB })).toBe(2_000);
    expect(ffmpegTimeLimit(limits, { bytes: 10 * MiB, encodeS: 8 })).toBe(18_000);
  });

  it('never passes the ceiling, whatever a header claims', () => {
    expect(ffmpegTimeLimit(limits, { bytes: 10 * MiB, encodeS: 36_000 })).toBe(60_000);
    expect(ffmpegTimeLimit(FFMPEG_LIMITS, { bytes: 2 ** 40, encodeS: 1e9 })).toBe(FFMPEG_LIMITS.ceilingMs);
  });

  it('reads a duration or size that is not a number as nothing, not as no limit', () => {
    expect(ffmpegTimeLimit(limits, { bytes: Number.NaN, encodeS: Number.POSITIVE_INFINITY })).toBe(1_000);
    expect(ffmpegTimeLimit(limits, { bytes: -5, encodeS: -3 })).toBe(1_000);
  });

  it('gives a 60 s 720p clip minutes, not seconds, by default', () => {
    const limit = ffmpegTimeLimit(FFMPEG_LIMITS, { bytes: 30 * MiB, encodeS: 60 });
    expect(limit).toBe(30_000 + 30 * 250 + 60 * 4_000);
  });
});

describe('mediaTimedOut', () => {
  it('is MEDIA_TIMED_OUT, retryable, naming the run and its limit', () => {
    const error = mediaTimedOut('joining 2 clips (fade)', 1234);
    expect(error).toMatchObject({ code: ErrorCode.MediaTimedOut, retryable: true });
    expect(error.message).toBe('joining 2 clips (fade): ffmpeg ran past its 1234 ms limit and was killed');
    expect(error.userMessage).toMatch(/Nothing was charged/);
  });
});
