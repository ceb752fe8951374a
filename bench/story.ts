import { rm } from 'node:fs/promises';
import { createSimulator } from '../simulator/index.ts';
import type { Simulator } from '../simulator/types.ts';
import { type App, createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import type { StoryMode } from '../src/core/story/story.ts';
import { pipelineEnv, tempDir } from '../test/helpers/pipeline.ts';
import { RecordingMessenger } from '../test/helpers/recording-messenger.ts';
import { dropPrefix, uniquePrefix } from '../test/helpers/redis.ts';
import { NO_MEMBER_LIMITS } from '../test/ops/main-process.ts';
import { childrenCpuS, type Row, say, until } from './lib.ts';

/**
 * Time compression, as in the polling bench: a 2-minute render takes RENDER_MS here, and the poll
 * floor, ceiling and card cadence are divided by the same factor. What does not scale (the
 * downloads, ffmpeg's last frame and join, Redis, the upload) is not divided, so the ratios below
 * are harder to meet than at full length, never easier.
 */
const SCALE = 6;
const RENDER_MS = 120_000 / SCALE;
const SHOT_S = 4;

const CUT = [
  'a lighthouse keeper climbs the spiral stairs',
  'the lamp turns on over a stormy sea',
  'a fishing boat fights the waves',
  'the beam sweeps across the boat',
  'the boat turns toward the harbour',
  'dawn: the keeper waves from the gallery',
];
const FLOW = [
  'a paper boat is set on a rain gutter',
  'the boat rides the stream down the street',
  'it drops into a storm drain',
  'it comes out into a sunlit river',
];
const LOOK = 'hand-held 35mm, warm colours';

/** Seconds between two epoch-ms instants. */
const secs = (fromMs: number, toMs: number) => (toMs - fromMs) / 1000;
const s1 = (n: number) => `${n.toFixed(1)} s`;

interface Told {
  /** Request to the story's one upload reaching the messenger, seconds. */
  wallS: number;
  /** Per shot, in order: submit started and shot made (fetched, its state `posted`), epoch ms. */
  shots: { startMs: number; madeMs: number }[];
  /** Request made, and the story's upload, epoch ms. */
  requestMs: number;
  postedMs: number;
  /** CPU seconds of this process (the app, its worker, the in-process simulator's HTTP) and of its ffmpeg children. */
  cpuS: number;
  childCpuS: number;
  /** Videos the simulator's ffmpeg rendered during the run (0 when warmed: its renders are cached). */
  simRenders: number;
}

/**
 * Tell one story through the real StoryService and wait for its one post. The shots' times are
 * read from their clip records once it is posted: `submitStartedAt` (set just before the
 * provider's create) and `updatedAt` of the update that made the shot (its last; the story's
 * clean-up of shot files does not touch it).
 */
async function tell(
  app: App,
  sim: Simulator,
  messenger: RecordingMessenger,
  mode: StoryMode,
  actions: readonly string[],
): Promise<Told> {
  const uploadsAt = new Map<string, number>();
  messenger.onUpload = (upload) => {
    uploadsAt.set(upload.card.clipId, Date.now());
  };
  const cpu = process.cpuUsage();
  const childCpu = childrenCpuS();
  const renders = sim.stats().renders;
  const requestMs = Date.now();
  const clip = await app.services.stories.request({
    shots: actions,
    look: LOOK,
    seconds: SHOT_S,
    mode,
    transition: 'cut',
    options: {},
    author: { id: 'bench-director', name: 'Director' },
    place: { surface: 'bench', workspaceId: 'w', channelId: 'c' },
  });
  await until(
    async () => {
      const latest = await app.store.clips.get(clip.id);
      if (latest?.state === 'failed' || latest?.state === 'cancelled') {
        throw new Error(`bench: the ${mode} story ended ${latest.state}: ${latest.failure?.message ?? ''}`);
      }
      return latest?.state === 'posted';
    },
    `the ${mode} story posted`,
    actions.length * RENDER_MS * 4 + 60_000,
  );
  const used = process.cpuUsage(cpu);
  const childCpuS = childrenCpuS() - childCpu;
  const postedMs = uploadsAt.get(clip.id);
  const uploads = messenger.uploads.filter((u) => u.card.clipId === clip.id).length;
  if (postedMs === undefined || uploads !== 1) {
    throw new Error(`bench: the ${mode} story was uploaded ${uploads} times, not once`);
  }
  const story = (await app.store.stories.get(clip.id))!;
  const shots = await Promise.all(
    story.shots.map(async (s) => {
      const shot = await app.store.clips.get(s.clipId);
      if (shot?.state !== 'posted' || shot.submitStartedAt === undefined) {
        throw new Error(`bench: shot ${s.clipId} is ${shot?.state}, not made`);
      }
      return { startMs: shot.submitStartedAt, madeMs: shot.updatedAt };
    }),
  );
  return {
    wallS: secs(requestMs, postedMs),
    shots,
    requestMs,
    postedMs,
    cpuS: (used.user + used.system) / 1e6,
    childCpuS,
    simRenders: sim.stats().renders - renders,
  };
}

/**
 * The naive design from the same run's own figures: the shots one after another, each taking as
 * long as it took here (create, render, the poll that saw it done, download), with reelbot's own
 * admission before the first and its join and upload after the last added unchanged.
 */
function naiveS(told: Told): number {
  const first = Math.min(...told.shots.map((s) => s.startMs));
  const last = Math.max(...told.shots.map((s) => s.madeMs));
  const each = told.shots.reduce((sum, s) => sum + secs(s.startMs, s.madeMs), 0);
  return secs(told.requestMs, first) + each + secs(last, told.postedMs);
}

const cpuOf = (told: Told) =>
  `CPU ${told.cpuS.toFixed(2)} s in the process, ${told.childCpuS.toFixed(2)} s in ffmpeg children`;

/**
 * Stories end to end (issue 15): the real app in-process (StoryService, the render and story jobs
 * on BullMQ, the Redis store, ffmpeg for last frames and joins, the openai SDK) against the
 * built-in simulator, every shot of every story taking RENDER_MS at the provider. Each story is
 * told once unmeasured first, so the simulator's own ffmpeg has its videos cached and neither
 * delays the provider's answer nor counts in the CPU figures.
 */
export async function benchStory(): Promise<Row[]> {
  const simDir = tempDir('bench-story-sim');
  const sim = await createSimulator({ port: 0, renderMs: RENDER_MS, mediaDir: simDir });
  const prefix = uniquePrefix('bench-story');
  const env = pipelineEnv(sim, prefix, {
    POLL_MIN_MS: String(Math.round(2000 / SCALE)),
    POLL_MAX_MS: String(Math.round(30_000 / SCALE)),
    CARD_EDIT_INTERVAL_MS: String(Math.round(2000 / SCALE)),
    ...NO_MEMBER_LIMITS,
  });
  const messenger = new RecordingMessenger('bench');
  const app = await createApp(loadConfig(env), silentLogger, { messengers: [messenger] });
  try {
    await app.startWorker();
    const rendersS = RENDER_MS / 1000;
    say(`story: warming the simulator's renders (a ${CUT.length}-shot cut story)`);
    await tell(app, sim, messenger, 'cut', CUT);
    say(`story: a ${CUT.length}-shot cut story, ${rendersS} s per shot`);
    const cut = await tell(app, sim, messenger, 'cut', CUT);
    say(`story: warming the simulator's renders (a ${FLOW.length}-shot flow story)`);
    await tell(app, sim, messenger, 'flow', FLOW);
    say(`story: a ${FLOW.length}-shot flow story, ${rendersS} s per shot`);
    const flow = await tell(app, sim, messenger, 'flow', FLOW);

    const slowestMadeS = Math.max(...cut.shots.map((s) => secs(s.startMs, s.madeMs)));
    const cutRatio = cut.wallS / rendersS;
    const cutNaive = naiveS(cut);
    const flowSumS = FLOW.length * rendersS;
    const flowRatio = flow.wallS / flowSumS;
    const flowNaive = naiveS(flow);
    const ordered = [...flow.shots].sort((a, b) => a.startMs - b.startMs);
    const gaps = ordered.slice(1).map((s, i) => secs(ordered[i]!.madeMs, s.startMs));
    const scaled = `time-compressed ${SCALE}x: 2-minute renders take ${rendersS} s`;
    return [
      {
        what: `a ${CUT.length}-shot cut story (${SHOT_S} s shots, ${scaled}), request to posted`,
        reelbot: `${s1(cut.wallS)} = ${cutRatio.toFixed(2)}x the slowest shot's ${rendersS} s render (slowest shot submit to made ${s1(slowestMadeS)}); ${cpuOf(cut)}`,
        naive: `shots one after another, computed from this run's own shot times: ${s1(cutNaive)} = ${(cutNaive / rendersS).toFixed(2)}x`,
        target: 'within 1.3x the slowest shot',
        met: cutRatio <= 1.3,
      },
      {
        what: `a ${FLOW.length}-shot flow story (${SHOT_S} s shots, ${scaled}), request to posted`,
        reelbot: `${s1(flow.wallS)} = ${flowRatio.toFixed(2)}x the sum of its shots' renders (${s1(flowSumS)}); between shots (last frame, next create) ${gaps.map(s1).join(', ')}; ${cpuOf(flow)}`,
        naive: `shots one after another, computed from this run's own shot times: ${s1(flowNaive)} = ${(flowNaive / flowSumS).toFixed(2)}x (no last frames between shots, so no flow)`,
        target: 'within 1.1x the sum of its shots',
        met: flowRatio <= 1.1,
        note: `Every shot takes ${rendersS} s at the provider; the poll floor, ceiling and card cadence are divided by ${SCALE} too, downloads, ffmpeg and Redis are not. The naive figures add this run's own shot times (create, render, the poll that saw it done, download) one after another, with reelbot's admission before and join and upload after; they are not a second run. The simulator's ffmpeg renders during the measured runs (its videos cached by the unmeasured first telling): cut ${cut.simRenders}, flow ${flow.simRenders}.`,
      },
    ];
  } finally {
    await app.close();
    await sim.close();
    await dropPrefix(prefix);
    await rm(simDir, { recursive: true, force: true });
    await rm(env.MEDIA_DIR, { recursive: true, force: true });
  }
}
