import { type Clip, type ClipFailure, isTerminal } from '../clip/clip.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobOutcome, JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MediaTool } from '../ports/media.ts';
import type { ClipPatch, Store } from '../ports/store.ts';
import { failureOf } from '../render/final-failure.ts';
import type { Story } from './story.ts';

export interface StoryStepDeps {
  store: Store;
  queue: JobQueue | undefined;
  media: MediaTool;
  clock: Clock;
  /** How long the story's job sleeps between looks at its shots (a finished shot wakes it). */
  pollMs: number;
  update(clip: Clip, patch: ClipPatch, from?: readonly Clip['state'][]): Promise<Clip>;
  /** Download a clip's video from its provider again, into a file named for `ownerId`. */
  redownload(source: Clip, ownerId: string): Promise<string>;
  /** The render job's own delivery (fit, upload once, settle, thumbnail, card). */
  deliver(clip: Clip, log: Logger): Promise<JobOutcome>;
  /** The render job's failure (books closed for the story, card shown). */
  fail(clip: Clip, failure: ClipFailure): Promise<JobOutcome>;
  show(clip: Clip, force: boolean): Promise<Clip>;
}

const done: JobOutcome = { kind: 'done' };

/**
 * Each cross-fade overlaps two shots, so the story loses its length at every join. A story is
 * promised as long as its shots together (within half a second, issue 15), so the fades share
 * under half a second between them, none longer than half a second.
 */
const FADES_TOTAL_S = 0.45;
const fadeFor = (inputs: number) => Math.min(0.5, FADES_TOTAL_S / Math.max(1, inputs - 1));

/** The clip record of an owned shot, made from the story when the shot is due. */
export function shotRecord(story: Story, storyClip: Clip, index: number, now: number): Clip {
  const shot = story.shots[index]!;
  const render = shot.render!;
  const clip: Clip = {
    id: shot.clipId,
    prompt: render.prompt,
    options: render.options,
    author: storyClip.author,
    place: storyClip.place,
    origin: 'new',
    storyId: story.id,
    shotIndex: index,
    state: 'queued',
    provider: storyClip.provider,
    progress: 0,
    estimatedCostUsd: render.estimatedCostUsd,
    statusCalls: 0,
    retries: 0,
    createdAt: now,
    updatedAt: now,
  };
  if (render.firstFrameFrom) clip.firstFrameFrom = render.firstFrameFrom;
  if (storyClip.locale) clip.locale = storyClip.locale;
  if (storyClip.priority) clip.priority = storyClip.priority;
  return clip;
}

/**
 * The story's own job: it never renders. It starts each owned shot as an ordinary clip job when
 * the shot is due (all at once in cut; in flow, when the shot it starts from is made), so
 * failover, polling, retries and place in line apply to shots as to any clip; when every shot is
 * made it joins them and posts the result once, through the render job's delivery. Every action
 * is idempotent (deterministic shot ids, create-or-find, idempotent enqueue, the messenger's
 * idempotency key), so a worker killed anywhere is replaced by one that buys and posts nothing
 * twice.
 */
export function createStoryStep(deps: StoryStepDeps) {
  const { store, media, clock } = deps;

  async function run(storyClip: Clip, log: Logger): Promise<JobOutcome> {
    const story = await store.stories.get(storyClip.id);
    if (!story) {
      return deps.fail(storyClip, failureOf(ErrorCode.Internal, msg('error.story.recordMissing')));
    }
    let current = storyClip;
    if (current.state === 'queued') {
      // Out of reelbot's line at once: its shots wait in the line and at the provider themselves.
      current = await deps.update(current, { state: 'rendering', submittedAt: clock.now() }, ['queued']);
      current = await deps.show(current, true);
    }
    if (current.state === 'submitted' || current.state === 'rendering') {
      const outcome = await advance(story, current, log);
      if (outcome) return outcome;
      current = (await store.clips.get(current.id))!;
    }
    if (current.state === 'fetching') {
      const path = await join(story, current, log);
      const info = await media.probe(path);
      current = await deps.update(current, {
        state: 'delivering',
        filePath: path,
        media: { ...info, reencoded: false },
        retries: 0,
      });
    } else if (current.state === 'delivering' && !current.delivery) {
      // The joined file lives on the worker that made it: join again where it is missing.
      if (!current.filePath || !(await media.exists(current.filePath))) {
        const path = await join(story, current, log);
        current = await deps.update(current, {
          filePath: path,
          media: { ...(await media.probe(path)), reencoded: false },
        });
      }
    }
    if (current.state !== 'delivering') return done;
    const outcome = await deps.deliver(current, log);
    await dropShotFiles(story, log);
    return outcome;
  }

  /** Start what is due, read where the shots stand; undefined once every shot is made. */
  async function advance(story: Story, storyClip: Clip, log: Logger): Promise<JobOutcome | undefined> {
    const shots = await Promise.all(story.shots.map((s) => store.clips.get(s.clipId)));
    let live = 0;
    let made = 0;
    let progressSum = 0;
    let failed: { index: number; failure: ClipFailure | undefined } | undefined;
    for (const [index, s] of story.shots.entries()) {
      const shot = shots[index];
      if (!s.own) {
        if (!shot || shot.deletedAt || shot.state !== 'posted') {
          failed ??= {
            index,
            failure: failureOf(ErrorCode.SourceGone, msg('error.story.sourceGone')),
          };
        }
        continue;
      }
      if (shot?.state === 'posted') made++;
      else if (shot?.state === 'failed' || shot?.state === 'cancelled')
        failed ??= { index, failure: shot.failure };
      else if (shot) live++;
      progressSum += shot?.state === 'posted' ? 100 : (shot?.progress ?? 0);
    }
    // Nothing new is bought once a shot has failed for good; shots in flight are let finish, so
    // the books charge exactly the shots the provider made.
    if (!failed) {
      for (const [index, s] of story.shots.entries()) {
        if (!s.own || isTerminal(shots[index]?.state ?? 'queued')) continue;
        if (!shots[index]) {
          const from = s.render?.firstFrameFrom;
          const source = from
            ? (shots[story.shots.findIndex((x) => x.clipId === from)] ?? (await store.clips.get(from)))
            : undefined;
          if (from && source?.state !== 'posted') continue;
          await createShot(story, storyClip, index);
          live++;
          log.info({ shot: index + 1, of: story.shots.length }, 'shot started');
        }
        await enqueue(shots[index]?.priority ?? storyClip.priority, s.clipId);
      }
    }
    const own = story.shots.filter((s) => s.own).length;
    if (failed && live === 0) {
      // The shot's own sentence, as a Message when it has one so it is drawn in the reader's language.
      const why = failed.failure
        ? (failed.failure.text ?? failed.failure.message)
        : msg('error.story.shotFailedUnknown');
      const code = failed.failure?.code ?? ErrorCode.RenderFailed;
      return deps.fail(
        storyClip,
        failureOf(
          code,
          story.shots.length > 1
            ? msg('error.story.shotFailed', { index: failed.index + 1, count: story.shots.length, why })
            : why,
        ),
      );
    }
    if (!failed && made === own) {
      await deps.update(storyClip, { state: 'fetching', progress: 100, renderedAt: clock.now() }, [
        'rendering',
        'submitted',
      ]);
      return undefined;
    }
    const progress = Math.floor(progressSum / Math.max(1, own));
    const moved = progress !== storyClip.progress ? await deps.update(storyClip, { progress }) : storyClip;
    await deps.show(moved, false);
    return { kind: 'again', delayMs: deps.pollMs };
  }

  async function createShot(story: Story, storyClip: Clip, index: number) {
    try {
      await store.clips.create(shotRecord(story, storyClip, index, clock.now()));
    } catch (error) {
      // Made by a step that died before queueing it: the enqueue below finds it a job.
      if (!(error instanceof ReelbotError && error.code === ErrorCode.Conflict)) throw error;
    }
  }

  async function enqueue(priority: number | undefined, clipId: string) {
    if (!deps.queue) {
      throw new ReelbotError(ErrorCode.Internal, msg('error.story.noQueue'), {
        message: 'the render job was built without a queue, which stories need for their shots',
      });
    }
    await deps.queue.enqueue(clipId, { clipId }, priority ? { priority } : {});
  }

  /** One file of the whole story: the shots joined in order (a native extension is one already). */
  async function join(story: Story, storyClip: Clip, log: Logger): Promise<string> {
    const paths: string[] = [];
    const clips: string[] = story.shots.map((s) => s.clipId);
    if (story.native) {
      // A native extension holds its source already; one that failed over to a provider that
      // could not extend was made from the source's last frame, so the source goes first.
      const shot = await store.clips.get(clips[0]!);
      if (shot?.startedFrom === 'lastFrame' && shot.firstFrameFrom) clips.unshift(shot.firstFrameFrom);
    }
    for (const clipId of clips) {
      const own = clipId.startsWith(`${story.id}-`);
      const shot = await store.clips.get(clipId);
      if (!shot || (shot.deletedAt && !own)) {
        throw new ReelbotError(ErrorCode.SourceGone, msg('error.story.shotGone'));
      }
      const kept = shot.filePath && (await media.exists(shot.filePath)) ? shot.filePath : undefined;
      paths.push(kept ?? (await deps.redownload(shot, storyClip.id)));
    }
    if (paths.length === 1) return paths[0]!;
    const path = await media.join(storyClip.id, paths, {
      transition: story.transition,
      ...(story.transition === 'fade' ? { fadeS: fadeFor(paths.length) } : {}),
    });
    log.info({ shots: paths.length, transition: story.transition }, 'shots joined');
    return path;
  }

  /** The shots' files are not needed once the story is posted (a re-roll fetches them again). */
  async function dropShotFiles(story: Story, log: Logger) {
    const latest = await store.clips.get(story.id);
    if (latest?.state !== 'posted') return;
    for (const s of story.shots) {
      if (!s.own) continue;
      try {
        await media.discard(s.clipId);
        await store.clips.update(s.clipId, { filePath: undefined });
      } catch (error) {
        log.warn({ err: (error as Error).message, shot: s.clipId }, 'could not remove a shot’s files');
      }
    }
  }

  return run;
}
