import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { joinClips, type Transition } from '../src/media/join.ts';
import { runFfmpeg } from '../src/media/probe.ts';
import { tempDir } from '../test/helpers/pipeline.ts';
import { childrenCpuS, type Row, say } from './lib.ts';

/** A story at its longest: six shots of ten seconds, 1280x720 at 24 fps, with sound. */
const SHOTS = 6;
const SHOT_S = 10;
const FADE_S = 0.5;

/** Wall and CPU seconds of one join (CPU: the ffmpeg children it waited for). */
async function timed(run: () => Promise<unknown>): Promise<{ wallS: number; cpuS: number }> {
  const cpu = childrenCpuS();
  const start = performance.now();
  await run();
  return { wallS: (performance.now() - start) / 1000, cpuS: childrenCpuS() - cpu };
}

const fmt = ({ wallS, cpuS }: { wallS: number; cpuS: number }) =>
  `${wallS.toFixed(2)} s wall, ${cpuS.toFixed(2)} s CPU`;

/**
 * Joining a 60 s story (MediaTool.join on the real ffmpeg). Cuts between shots that match are a
 * stream copy through the concat demuxer; the naive design re-encodes everything to join. Fades
 * are one pass of chained xfade/acrossfade; the naive design fades pairwise (shot 1 + 2, then that
 * + 3, …), re-encoding the growing video at every join.
 */
export async function benchJoin(): Promise<Row[]> {
  const dir = tempDir('bench-join');
  say(`join: making ${SHOTS} shots of ${SHOT_S} s at 1280x720 with sound`);
  const shots = await Promise.all(
    Array.from({ length: SHOTS }, async (_, i) => {
      const path = join(dir, `shot-${i}.mp4`);
      const { code, stderr } = await runFfmpeg([
        ...['-y', '-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=24:duration=${SHOT_S}`],
        ...['-f', 'lavfi', '-i', `sine=frequency=${300 + i * 50}:sample_rate=48000:duration=${SHOT_S}`],
        ...['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-ac', '2', path],
      ]);
      if (code !== 0) throw new Error(`bench: could not make a shot: ${stderr.slice(-300)}`);
      return path;
    }),
  );
  const out = (name: string) => join(dir, `${name}.mp4`);
  // The naive cut (`forceEncode`): every frame re-encoded, as if the shots did not match.
  const joined = (inputs: string[], name: string, transition: Transition, forceEncode = false) =>
    joinClips(inputs, out(name), { transition, fadeS: FADE_S, forceEncode });
  try {
    say('join: cuts by stream copy');
    const copy = await timed(() => joined(shots, 'copy', 'cut'));
    say('join: cuts by re-encoding everything (naive)');
    const encode = await timed(() => joined(shots, 'encode', 'cut', true));
    say('join: fades in one pass');
    const fade = await timed(() => joined(shots, 'fade', 'fade'));
    say('join: fades pairwise (naive)');
    const pairwise = await timed(async () => {
      let sofar = shots[0]!;
      for (let i = 1; i < shots.length; i++) {
        await joined([sofar, shots[i]!], `pair-${i}`, 'fade');
        sofar = out(`pair-${i}`);
      }
    });
    const fadedS = SHOTS * SHOT_S - (SHOTS - 1) * FADE_S;
    return [
      {
        what: `joining a ${SHOTS * SHOT_S} s story (${SHOTS} shots of ${SHOT_S} s, 1280x720, sound) with cuts`,
        reelbot: `stream copy (concat demuxer): ${fmt(copy)}`,
        naive: `re-encode everything: ${fmt(encode)}`,
        target: 'under 2 s wall',
        met: copy.wallS < 2,
      },
      {
        what: `joining the same ${SHOTS} shots with ${FADE_S} s fades (picture and sound), ${fadedS} s out`,
        reelbot: `one pass, chained xfade + acrossfade: ${fmt(fade)}`,
        naive: `pairwise fades, re-encoding the growing video ${SHOTS - 1} times: ${fmt(pairwise)}`,
        target: `under half the video's length (${(fadedS / 2).toFixed(1)} s wall)`,
        met: fade.wallS < fadedS / 2,
        note: 'CPU time is what the ffmpeg processes used (user + system, from /proc/self/stat cutime/cstime); libx264 preset veryfast, CRF 20.',
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
