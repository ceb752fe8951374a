import type { Clip, ClipState, ProgressReading } from '../clip/clip.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobOutcome } from '../ports/job-queue.ts';
import type { MessengerRegistry } from '../ports/messenger.ts';
import type { ClipPatch, Store } from '../ports/store.ts';
import type { RenderStatus, VideoProvider } from '../ports/video-provider.ts';
import { estimateTimeLeftMs, nextRunAt, progressAt } from './eta.ts';
import { placeAtProvider } from './place-in-line.ts';
import { nextPollDelay } from './polling.ts';
import { RenderTimes } from './render-times.ts';

/**
 * What a render's card shows while the provider has it, and when the job runs next: its place
 * in the provider's line while it waits there; progress and time left while it renders, moved on
 * between status calls at least once per card-edit interval; and the time left learnt from the
 * renders of its model this process has seen (a running median), so no two clips get one guess.
 */

/**
 * A run this much before the time the job was told to run next was woken early (a webhook), and
 * asks the provider. Timers can fire a millisecond early against Date.now; BullMQ runs a delayed
 * job no earlier than its time on the worker's clock.
 */
const EARLY_WAKE_SLACK_MS = 50;

/**
 * Card ticks one worker process schedules per second at most; past that, cards move at their
 * status calls only. Each tick is a job run on the same worker slots that fetch and deliver
 * finished clips, so ticks are kept to what members watch: a few cards at a time, each edited at
 * most about once a second per channel (edit-pacer.ts), well inside Discord's 50 requests a
 * second per bot (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit).
 * With a thousand renders in flight, 50 a second took half a worker's runs and delivery stalled.
 */
export const TICKS_PER_SECOND = 10;

/** A token bucket for card ticks: `perSecond` a second, bursts of up to one second's worth. */
export class TickBudget {
  readonly #perSecond: number;
  readonly #clock: Clock;
  #tokens: number;
  #at: number;

  constructor(perSecond: number, clock: Clock) {
    this.#perSecond = Math.max(0, perSecond);
    this.#clock = clock;
    this.#tokens = this.#perSecond;
    this.#at = clock.now();
  }

  /** True when a tick may be scheduled now (and takes its token). */
  take(): boolean {
    const now = this.#clock.now();
    const refill = (Math.max(0, now - this.#at) / 1000) * this.#perSecond;
    this.#tokens = Math.min(this.#perSecond, this.#tokens + refill);
    this.#at = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

export interface RenderProgressDeps {
  store: Store;
  messengers: MessengerRegistry;
  clock: Clock;
  settings: { pollMinMs: number; pollMaxMs: number; cardEditIntervalMs: number };
  /** The render job's compare-and-set update (stamps updatedAt). */
  update(clip: Clip, patch: ClipPatch, from?: readonly ClipState[]): Promise<Clip>;
  /** Draw the card (CardPresenter.show). */
  show(clip: Clip, options: { force?: boolean; etaS?: number; place?: number }): Promise<Clip>;
}

const again = (delayMs: number): JobOutcome => ({ kind: 'again', delayMs: Math.max(0, delayMs) });

/** Models are learnt per provider: one model id can be served at different speeds. */
const modelKey = (clip: Clip) => `${clip.provider}/${clip.options.model}`;

export class RenderProgress {
  readonly #deps: RenderProgressDeps;
  /** The render times of each model this process has seen (one render job per process). */
  readonly #times = new RenderTimes();
  readonly #budget: TickBudget;

  constructor(deps: RenderProgressDeps) {
    this.#deps = deps;
    this.#budget = new TickBudget(TICKS_PER_SECOND, deps.clock);
  }

  /** True when this run only moves the card on: the next status call is not due and no webhook woke it. */
  ticks(clip: Clip): boolean {
    const reading = clip.reading;
    if (clip.state !== 'rendering' || !reading || clip.reportedDoneAt !== undefined) return false;
    const now = this.#deps.clock.now();
    return now < reading.pollAt && now >= reading.wakeAt - EARLY_WAKE_SLACK_MS;
  }

  /** Between status calls: move progress and time left on at the last reading's rate. */
  async tick(clip: Clip): Promise<JobOutcome> {
    const { clock } = this.#deps;
    const now = clock.now();
    const reading = clip.reading!;
    const { progress, leftMs } = progressAt(reading, now);
    const shown = Math.max(clip.progress, progress);
    // Moved on, or the last status call came too soon after an edit to be drawn: draw it now.
    const undrawn = clip.cardEditedAt === undefined || clip.cardEditedAt < reading.at;
    const moved = shown !== clip.progress || undrawn;
    const wakeAt = this.#nextRun(reading, now, this.#editedAt(clip, now, moved, false));
    const updated = await this.#deps.update(clip, { progress: shown, reading: { ...reading, wakeAt } });
    if (moved) await this.#deps.show(updated, leftMs > 0 ? { etaS: Math.ceil(leftMs / 1000) } : {});
    return again(wakeAt - now);
  }

  /** The provider still has it in its line: show where it stands there. */
  async waiting(
    clip: Clip,
    status: RenderStatus,
    calls: number,
    provider: VideoProvider,
  ): Promise<JobOutcome> {
    const { store, clock, settings } = this.#deps;
    // fal says where it stands; else count this deployment's clips ahead, in the same pipelined
    // round trip as the update (one more Redis command per waiting poll, none per rendering one).
    const ranking =
      status.queuePosition === undefined
        ? store.clips.providerWaitingPosition(clip.provider, clip.id)
        : Promise.resolve(undefined);
    const [updated, rank] = await Promise.all([
      this.#deps.update(clip, { statusCalls: calls, retries: 0 }),
      ranking,
    ]);
    const place = placeAtProvider(status, rank);
    if (place !== undefined && place !== clip.placeInLine) await this.#deps.show(updated, { place });
    const elapsedMs = clock.now() - (clip.submittedAt ?? clip.createdAt);
    const delay = nextPollDelay(
      { minMs: settings.pollMinMs, maxMs: settings.pollMaxMs },
      { elapsedMs, calls, ...(status.pollAfterMs !== undefined ? { hintMs: status.pollAfterMs } : {}) },
    );
    return again(Math.max(delay, provider.webhookFallbackMs ?? 0));
  }

  /** The provider renders it: progress, time left, and the next status call (with ticks before it). */
  async rendering(
    clip: Clip,
    status: RenderStatus,
    calls: number,
    provider: VideoProvider,
  ): Promise<JobOutcome> {
    const { clock, settings, messengers } = this.#deps;
    const now = clock.now();
    // First seen rendering now: it started after the last look that found it waiting (or after
    // the submit, when this is the first look). Measured from there, a wait in the provider's line
    // does not count as slow rendering.
    const startedAt =
      clip.state === 'rendering'
        ? (clip.renderStartedAt ?? clip.submittedAt ?? clip.createdAt)
        : clip.updatedAt;
    const elapsedMs = now - startedAt;
    const key = modelKey(clip);
    const remainingMs = estimateTimeLeftMs({
      elapsedMs,
      progress: status.progress,
      typicalMs: this.#times.median(key),
      outlastingMs: this.#times.remainingAfter(key, elapsedMs),
    });
    const pollDelay = Math.max(
      nextPollDelay(
        { minMs: settings.pollMinMs, maxMs: settings.pollMaxMs },
        {
          elapsedMs,
          calls,
          ...(status.progress !== undefined ? { progress: status.progress } : {}),
          ...(status.pollAfterMs !== undefined ? { hintMs: status.pollAfterMs } : {}),
          ...(remainingMs !== undefined ? { remainingMs } : {}),
        },
      ),
      provider.webhookFallbackMs ?? 0,
    );
    // Ticks only where a card can move: the provider reports progress and a card is up.
    const canTick =
      status.progress !== undefined &&
      remainingMs !== undefined &&
      remainingMs > 0 &&
      clip.card !== undefined &&
      messengers.get(clip.place.surface) !== undefined;
    const progress = Math.max(clip.progress, status.progress ?? 0);
    const etaS = remainingMs === undefined ? undefined : Math.ceil(remainingMs / 1000);
    const force = clip.state !== 'rendering';
    const moved = progress !== clip.progress || force || etaS !== undefined;
    let reading: ProgressReading | undefined;
    if (canTick) {
      const base = {
        at: now,
        progress: status.progress!,
        remainingMs: remainingMs!,
        pollAt: now + pollDelay,
      };
      const editedAt = this.#editedAt(clip, now, moved, force);
      reading = { ...base, wakeAt: this.#nextRun({ ...base, wakeAt: 0 }, now, editedAt) };
    }
    const updated = await this.#deps.update(clip, {
      state: 'rendering',
      progress,
      statusCalls: calls,
      retries: 0,
      renderStartedAt: startedAt,
      placeInLine: undefined,
      reading,
    });
    if (moved) await this.#deps.show(updated, { force, ...(etaS !== undefined ? { etaS } : {}) });
    return again((reading?.wakeAt ?? now + pollDelay) - now);
  }

  /** A render ended well at `doneAt`: learn how long its model takes. */
  learn(clip: Clip, doneAt: number): void {
    // Never seen rendering: it rendered after the last look that found it waiting.
    const startedAt =
      clip.state === 'rendering' ? (clip.renderStartedAt ?? clip.submittedAt) : clip.updatedAt;
    if (startedAt !== undefined) this.#times.note(modelKey(clip), doneAt - startedAt);
  }

  /** The next tick within the budget, else the status call that is due. */
  #nextRun(reading: ProgressReading, now: number, editedAt: number): number {
    const at = nextRunAt(reading, now, this.#minTickMs(this.#deps.settings), editedAt);
    return at < reading.pollAt && !this.#budget.take() ? reading.pollAt : at;
  }

  /**
   * When the card will have last been edited once this run draws it (`shows`): now, unless the
   * card-edit interval holds the edit back (as CardPresenter.show does).
   */
  #editedAt(clip: Clip, now: number, shows: boolean, force: boolean): number {
    const last = clip.cardEditedAt;
    if (last === undefined) return now;
    if (!shows) return last;
    return force || now - last >= this.#deps.settings.cardEditIntervalMs ? now : last;
  }

  /** Card ticks no closer than the card-edit interval, nor than the poll floor (an interval of 0 means "no throttle"). */
  #minTickMs(settings: RenderProgressDeps['settings']): number {
    return Math.max(settings.cardEditIntervalMs, settings.pollMinMs);
  }
}
