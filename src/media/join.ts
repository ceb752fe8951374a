import { rm, stat, writeFile } from 'node:fs/promises';
import { ErrorCode, ReelbotError } from '../core/errors.ts';
import { msg } from '../core/i18n/message.ts';
import { diskFullError, ffmpegSaysDiskFull } from './disk-full.ts';
import { runFfmpeg } from './probe.ts';
import { copyable, readStreamFormat, type StreamFormat } from './stream-format.ts';
import { FFMPEG_LIMITS, type FfmpegLimits, ffmpegTimeLimit, mediaTimedOut } from './time-limits.ts';

/** A cross-fade when the caller names no length: long enough to read as a fade, short enough to keep the shot. */
export const DEFAULT_FADE_S = 0.5;
/** At most this many clips in one join (a storyboard has at most 6 shots; an extend joins 2). */
export const MAX_JOIN_INPUTS = 12;
/** Sound for the normalised join when the first clip has none: AAC's common web format. */
const DEFAULT_AUDIO = { sampleRate: 48_000, layout: 'stereo' } as const;
/** Frame rate for the normalised join when the first clip's cannot be read. */
const DEFAULT_FPS = 24;

export type Transition = 'cut' | 'fade';

/** How the join was made, for logs and the bench. */
export type JoinMethod = 'copy' | 'normalise' | 'fade';

const failed = (detail: string, retryable: boolean) =>
  new ReelbotError(ErrorCode.Internal, msg('error.media.join'), {
    message: `join failed: ${detail}`,
    retryable,
  });

/** The concat demuxer's list: one `file` line per clip, quoted as its docs say (https://ffmpeg.org/ffmpeg-formats.html#concat-1). */
export function concatList(inputs: readonly string[]): string {
  return inputs.map((path) => `file '${path.replaceAll("'", "'\\''")}'\n`).join('');
}

/**
 * The filter graph that brings every clip to the first one's frame size (letterboxed, never
 * stretched), frame rate and sound format, gives a silent track to a clip without sound and cuts
 * each clip's sound to its picture's length (so sound and picture stay together across joins),
 * then joins them: `concat` for cuts, chained `xfade` and `acrossfade` for fades
 * (https://ffmpeg.org/ffmpeg-filters.html#xfade, #acrossfade). Output pads are `[v]` and `[a]`.
 */
export function joinGraph(formats: readonly StreamFormat[], transition: Transition, fadeS: number): string {
  const first = formats[0]!;
  const { width: w, height: h } = first;
  const fps = first.fps ?? DEFAULT_FPS;
  const { sampleRate, layout } = first.audio ?? DEFAULT_AUDIO;
  const parts: string[] = [];
  formats.forEach((f, i) => {
    const d = f.durationS.toFixed(3);
    parts.push(
      `[${i}:v:0]scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=${fps},format=yuv420p,trim=duration=${d},setpts=PTS-STARTPTS[v${i}]`,
    );
    const sound = f.audio
      ? `[${i}:a:0]aresample=${sampleRate},aformat=sample_fmts=fltp:channel_layouts=${layout},apad`
      : `anullsrc=r=${sampleRate}:cl=${layout}`;
    parts.push(`${sound},atrim=duration=${d},asetpts=PTS-STARTPTS[a${i}]`);
  });
  if (transition === 'cut') {
    const pads = formats.map((_, i) => `[v${i}][a${i}]`).join('');
    parts.push(`${pads}concat=n=${formats.length}:v=1:a=1[v][a]`);
    return parts.join(';');
  }
  // Each fade starts `fadeS` before the end of what is joined so far.
  let offset = 0;
  let video = 'v0';
  let audio = 'a0';
  for (let i = 1; i < formats.length; i++) {
    offset += formats[i - 1]!.durationS - fadeS;
    const last = i === formats.length - 1;
    const v = last ? 'v' : `vx${i}`;
    const a = last ? 'a' : `ax${i}`;
    parts.push(`[${video}][v${i}]xfade=transition=fade:duration=${fadeS}:offset=${offset.toFixed(3)}[${v}]`);
    parts.push(`[${audio}][a${i}]acrossfade=d=${fadeS}[${a}]`);
    video = v;
    audio = a;
  }
  return parts.join(';');
}

/** Which join the inputs need: stream copy only for cuts between clips that all match. */
export function joinMethod(formats: readonly StreamFormat[], transition: Transition): JoinMethod {
  if (transition === 'fade' && formats.length > 1) return 'fade';
  return copyable(formats) ? 'copy' : 'normalise';
}

/**
 * Join `inputs` into `out` (see MediaTool.join). Every input is read only through the `file`
 * protocol. On any failure `out` and the concat list are removed: half a join is worth nothing and
 * holds disk space. A full disk throws DISK_FULL, a run past its time limit MEDIA_TIMED_OUT;
 * anything else a retryable INTERNAL.
 */
export async function joinClips(
  inputs: readonly string[],
  out: string,
  options: {
    transition: Transition;
    fadeS?: number;
    /**
     * Kill the join's ffmpeg after this. Default: from the inputs (time-limits.ts): a stream copy
     * of 60 s takes well under a second, a normalising 720p encode of 60 s about its length on
     * two cores, so the limit grows with the bytes read and, for an encode, the seconds made.
     */
    timeoutMs?: number;
    /** What that default is made from (a test's tiny limit). */
    limits?: FfmpegLimits;
    /** Encode even when a stream copy would do (the bench's naive row measures that design). */
    forceEncode?: boolean;
  },
): Promise<JoinMethod> {
  if (inputs.length === 0 || inputs.length > MAX_JOIN_INPUTS) {
    throw failed(`${inputs.length} inputs (1..${MAX_JOIN_INPUTS})`, false);
  }
  const limits = options.limits ?? FFMPEG_LIMITS;
  const formats = await Promise.all(inputs.map((path) => readStreamFormat(path, limits))).catch(
    (error: unknown) => {
      if (error instanceof ReelbotError) throw error;
      throw failed(`an input is not a readable video (${(error as Error).message})`, false);
    },
  );
  // A fade longer than half the shortest clip would swallow it; a fade of nothing is a cut.
  const shortest = Math.min(...formats.map((f) => f.durationS));
  const fadeS = Math.min(options.fadeS ?? DEFAULT_FADE_S, shortest / 2);
  const transition: Transition = options.transition === 'fade' && fadeS > 0.04 ? 'fade' : 'cut';
  const chosen = joinMethod(formats, transition);
  const method = chosen === 'copy' && options.forceEncode ? 'normalise' : chosen;
  const list = `${out}.txt`;
  const sizes = await Promise.all(inputs.map(async (path) => (await stat(path)).size));
  const timeoutMs =
    options.timeoutMs ??
    ffmpegTimeLimit(limits, {
      bytes: sizes.reduce((sum, size) => sum + size, 0),
      encodeS: method === 'copy' ? 0 : formats.reduce((sum, f) => sum + f.durationS, 0),
    });
  const encode = [
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '20',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
  ];
  const args =
    method === 'copy'
      ? [
          '-f',
          'concat',
          '-safe',
          '0',
          '-protocol_whitelist',
          'file',
          '-i',
          list,
          '-map',
          '0:v:0',
          '-map',
          '0:a:0',
          '-c',
          'copy',
        ]
      : [
          ...inputs.flatMap((path) => ['-protocol_whitelist', 'file', '-i', `file:${path}`]),
          '-filter_complex',
          joinGraph(formats, transition, fadeS),
          '-map',
          '[v]',
          '-map',
          '[a]',
          ...encode,
        ];
  try {
    if (method === 'copy') await writeFile(list, concatList(inputs));
    const { code, stderr, timedOut } = await runFfmpeg(
      ['-y', ...args, '-movflags', '+faststart', '-f', 'mp4', out],
      { timeoutMs },
    );
    // Checked first: ffmpeg 5.1 exits 0 when writing its trailer fails, leaving a truncated file.
    if (ffmpegSaysDiskFull(stderr)) throw diskFullError();
    if (timedOut) throw mediaTimedOut(`joining ${inputs.length} clips (${method})`, timeoutMs);
    if (code !== 0)
      throw failed(`ffmpeg exited ${code}: ${stderr.trim().split('\n').at(-1)?.slice(0, 200)}`, true);
    return method;
  } catch (error) {
    await rm(out, { force: true });
    throw error;
  } finally {
    await rm(list, { force: true });
  }
}
