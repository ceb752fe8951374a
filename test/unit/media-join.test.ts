import { describe, expect, it } from 'vitest';
import { concatList, joinGraph, joinMethod } from '../../src/media/join.ts';
import { type StreamFormat, streamFormatOf } from '../../src/media/stream-format.ts';

/** Stories (issue 15): how a join is chosen and spelled, from what ffmpeg prints about each shot. */

const HEADER = (video: string, audio?: string) =>
  [
    "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'shot.mp4':",
    '  Duration: 00:00:08.02, start: 0.000000, bitrate: 429 kb/s',
    `  Stream #0:0[0x1](und): Video: ${video} (default)`,
    ...(audio ? [`  Stream #0:1[0x2](und): Audio: ${audio} (default)`] : []),
  ].join('\n');
const H264 =
  'h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 1280x720 [SAR 1:1 DAR 16:9], 292 kb/s, 24 fps, 24 tbr, 12288 tbn';
const AAC = 'aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 128 kb/s';

/** A shot's format; `null` sound for a shot without a track. */
const format = (video = H264, audio: string | null = AAC) =>
  streamFormatOf(HEADER(video, audio ?? undefined))!;

describe('streamFormatOf', () => {
  it('reads codec, profile, pixel format, size, rate and the sound format', () => {
    expect(format()).toEqual({
      durationS: 8.02,
      width: 1280,
      height: 720,
      videoCodec: 'h264 (High) yuv420p',
      fps: 24,
      audio: { codec: 'aac (LC)', sampleRate: 48_000, layout: 'stereo' },
    });
    expect(format(H264, null).audio).toBeUndefined();
  });
});

describe('joinMethod', () => {
  it('copies only cuts between shots whose every stream matches, all with sound', () => {
    expect(joinMethod([format(), format()], 'cut')).toBe('copy');
    expect(joinMethod([format(), format()], 'fade')).toBe('fade');
    const cases: StreamFormat[] = [
      format(H264.replace('1280x720', '720x1280')),
      format(H264.replace('24 fps', '30 fps')),
      format(H264.replace('(High)', '(Main)')),
      format(H264, AAC.replace('48000', '44100')),
      format(H264, AAC.replace('stereo', 'mono')),
      format(H264, null),
    ];
    for (const other of cases) expect(joinMethod([format(), other], 'cut')).toBe('normalise');
  });
});

describe('concatList', () => {
  it("quotes each path for the concat demuxer, a ' included", () => {
    expect(concatList(['/m/a.mp4', "/m/it's.mp4"])).toBe("file '/m/a.mp4'\nfile '/m/it'\\''s.mp4'\n");
  });
});

describe('joinGraph', () => {
  it('fades at the end of what is joined so far, and gives a silent shot a silent track', () => {
    const graph = joinGraph([format(), format(H264, null), format()], 'fade', 0.5);
    expect(graph).toContain('anullsrc=r=48000:cl=stereo');
    expect(graph).toContain('xfade=transition=fade:duration=0.5:offset=7.520');
    expect(graph).toContain('xfade=transition=fade:duration=0.5:offset=15.040[v]');
    expect(graph.match(/acrossfade=d=0.5/g)).toHaveLength(2);
  });
});
