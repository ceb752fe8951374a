import type { Board } from '../board/board.ts';
import type { Actor, Clip, Member } from '../clip/clip.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { msg } from '../i18n/message.ts';
import { translator } from '../i18n/translator.ts';
import { type Place, placeKey } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobOutcome, JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry, SayOptions } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import { type Contest, type ContestPhase, OPEN_CONTEST_STATES, phaseJobId } from './contest.ts';
import { entriesBoard, standingsBoard, startBoard, statusBoard } from './contest-boards.ts';
import { ContestPhases, sayIn } from './contest-phases.ts';
import { flags } from './contest-tally.ts';
import {
  entriesText,
  formatDuration,
  localeOf,
  standingsText,
  startText,
  statusText,
} from './contest-text.ts';

export interface ContestServiceDeps {
  store: Store;
  queue: JobQueue;
  clock: Clock;
  logger: Logger;
  messengers: MessengerRegistry;
  /** The reaction that counts as a vote where the contest runs (workspace setting or default). */
  voteEmojiFor(place: Place): Promise<string>;
  /**
   * The channel's language where a contest starts without one in its request (the workspace's
   * `language` setting); absent: English.
   */
  languageFor?(place: Place): Promise<Locale>;
  /** The slash command's name, for the instructions in announcements (`sora`). */
  commandName: string;
  /** The shortest submission or voting window (CONTEST_MIN_WINDOW_S). */
  minWindowMs: number;
  newId?: () => string;
}

/** What a contest command shows: its text (every surface), and a board where it lists clips. */
export interface ContestView {
  text: string;
  board?: Board;
}

/** What an admin asks for with `/sora contest start`. */
export interface ContestRequest {
  theme: string;
  submitMs: number;
  voteMs: number;
  entriesPerMember: number;
  /** Another channel of the same workspace; default: where the command was given. */
  channelId?: string;
  minVoterAgeDays?: number;
  /**
   * The channel's language (commands/i18n.ts `channelLocale`), stamped on the contest: its
   * announcements, results and boards are drawn in it. Absent: the workspace's (`languageFor`).
   */
  locale?: Locale;
}

export const THEME_MAX = 120;
export const MAX_WINDOW_MS = 30 * 86_400_000;
export const MAX_ENTRIES = 10;
export const MAX_VOTER_AGE_DAYS = 365;

const defaultId = () => `k${Date.now().toString(36)}${crypto.randomUUID().replaceAll('-', '').slice(0, 6)}`;

/** The channel a contest holds (threads share their channel's contest). */
export const channelKeyOf = (place: Place) =>
  placeKey({ surface: place.surface, workspaceId: place.workspaceId, channelId: place.channelId });

/**
 * Prompt contests: admins start and cancel them; entries are clips made with the contest chosen
 * while submissions are open; phases move on their own through delayed queue jobs (durable in
 * BullMQ, the state in the store), and at close the votes are reconciled with each platform's
 * own list, counted by the rules and announced with an explanation.
 */
export class ContestService {
  readonly #deps: ContestServiceDeps;
  readonly #newId: () => string;
  readonly #phases: ContestPhases;

  constructor(deps: ContestServiceDeps) {
    this.#deps = deps;
    this.#newId = deps.newId ?? defaultId;
    this.#phases = new ContestPhases(deps);
  }

  /** Start a contest (the command lets only admins); anything refused changes nothing. */
  async start(actor: Actor, place: Place, request: ContestRequest): Promise<Contest> {
    this.#validate(request);
    const { store, queue, clock } = this.#deps;
    const channel: Place = {
      surface: place.surface,
      workspaceId: place.workspaceId,
      channelId: request.channelId ?? place.channelId,
    };
    const running = await this.#openIn(channel);
    if (running) throw this.#busy(running);
    const now = clock.now();
    const locale = request.locale ?? (await this.#deps.languageFor?.(channel));
    const contest: Contest = {
      id: this.#newId(),
      theme: request.theme,
      place: channel,
      state: 'submissions',
      createdBy: { id: actor.id, name: actor.name },
      createdAt: now,
      votingOpensAt: now + request.submitMs,
      votingClosesAt: now + request.submitMs + request.voteMs,
      entriesPerMember: request.entriesPerMember,
      ...(request.minVoterAgeDays ? { minVoterAgeDays: request.minVoterAgeDays } : {}),
      voteEmoji: await this.#deps.voteEmojiFor(channel),
      ...(locale ? { locale } : {}),
    };
    try {
      await store.contests.create(contest, channelKeyOf(channel));
    } catch (error) {
      // Two admins at once: the other's contest holds the channel.
      const other = await this.#openIn(channel);
      if (error instanceof ReelbotError && error.code === ErrorCode.Conflict && other)
        throw this.#busy(other);
      throw error;
    }
    try {
      await this.#say(contest, startText(contest, this.#deps.commandName, now), {
        board: startBoard(contest, this.#deps.commandName, now),
      });
    } catch (error) {
      // The channel cannot be posted in (a wrong channel, no access): a contest nobody can see
      // must not run, so it is undone before any phase is scheduled.
      await store.contests.update(contest.id, { state: 'cancelled', cancelledAt: now }, ['submissions']);
      throw new ReelbotError(
        ErrorCode.DeliveryFailed,
        error instanceof ReelbotError
          ? msg('contest.error.notPostedBecause', { reason: error.text })
          : msg('contest.error.notPosted'),
        { cause: error, message: `contest announcement failed: ${(error as Error).message}` },
      );
    }
    // Deterministic ids: a retried start (or a restart) never schedules a phase twice.
    await queue.enqueue(
      phaseJobId(contest.id, 'voting'),
      { contestId: contest.id, phase: 'voting' },
      { delayMs: request.submitMs },
    );
    await queue.enqueue(
      phaseJobId(contest.id, 'close'),
      { contestId: contest.id, phase: 'close' },
      { delayMs: request.submitMs + request.voteMs },
    );
    this.#deps.logger.info({ contestId: contest.id, by: actor.id, theme: contest.theme }, 'contest started');
    return contest;
  }

  /** Cancel the channel's open contest (or the one named; the command lets only admins); the phase jobs go. */
  async cancel(actor: Actor, place: Place, contestId?: string): Promise<Contest> {
    const contest = await this.#find(place, contestId);
    if (!OPEN_CONTEST_STATES.includes(contest.state)) {
      throw new ReelbotError(
        ErrorCode.Conflict,
        msg('contest.error.already', { theme: contest.theme, state: contest.state }),
      );
    }
    const cancelled = await this.#deps.store.contests.update(
      contest.id,
      {
        state: 'cancelled',
        cancelledAt: this.#deps.clock.now(),
        cancelledBy: { id: actor.id, name: actor.name },
      },
      OPEN_CONTEST_STATES,
    );
    await this.#deps.queue.remove(phaseJobId(contest.id, 'voting'));
    await this.#deps.queue.remove(phaseJobId(contest.id, 'close'));
    this.#deps.logger.info({ contestId: contest.id, by: actor.id }, 'contest cancelled');
    // The cancel stands even if the channel cannot be told (the admin's reply says it).
    await this.#say(
      cancelled,
      translator(localeOf(cancelled))('contest.cancelled.notice', { theme: contest.theme, name: actor.name }),
    ).catch((error) =>
      this.#deps.logger.warn(
        { contestId: contest.id, err: (error as Error).message },
        'cancel notice failed',
      ),
    );
    return cancelled;
  }

  /** The channel's contest (open, else the latest) or the one named, for status. */
  async status(place: Place, contestId?: string, locale?: Locale): Promise<string> {
    return (await this.statusView(place, contestId, locale)).text;
  }

  /**
   * Status as text, and (a closed contest) its winner as a board, in `locale` (the channel's,
   * where the command knows it) else the contest's own language.
   */
  async statusView(place: Place, contestId?: string, locale?: Locale): Promise<ContestView> {
    const contest = await this.#find(place, contestId, true);
    const shownIn = locale ?? localeOf(contest);
    const now = this.#deps.clock.now();
    const entries = await this.#deps.store.contests.entries(contest.id);
    const board = await statusBoard(this.#deps, contest, now, shownIn);
    return { text: statusText(contest, entries.length, now, shownIn), ...(board ? { board } : {}) };
  }

  /** Standings: entries without votes while submissions are open, live counts while voting, results after. */
  async leaderboard(place: Place, contestId?: string, locale?: Locale): Promise<string> {
    return (await this.leaderboardView(place, contestId, locale)).text;
  }

  /** The standings as text and as a board of the entries, in `locale` else the contest's language. */
  async leaderboardView(place: Place, contestId?: string, locale?: Locale): Promise<ContestView> {
    const contest = await this.#find(place, contestId, true);
    const shownIn = locale ?? localeOf(contest);
    const now = this.#deps.clock.now();
    if (contest.state === 'submissions') {
      const entries = await this.#deps.store.contests.entries(contest.id);
      return {
        text: entriesText(contest, entries, now, shownIn),
        board: await entriesBoard(this.#deps, contest, entries, now, shownIn),
      };
    }
    if (contest.state === 'cancelled')
      return { text: translator(shownIn)('contest.cancelled.noStandings', { theme: contest.theme }) };
    // While voting: the bot's own record; the final count also reads each platform's list.
    const result = contest.result ?? (await this.#phases.standings(contest, false, now));
    return {
      text: standingsText(contest, result, now, shownIn),
      board: await standingsBoard(this.#deps, contest, result, now, shownIn),
    };
  }

  /**
   * The contest a request enters (`yes`: the channel's open one; or its id), checked: submissions
   * open, the right channel, and (a first look) the member's entry limit. The slot itself is taken
   * atomically by `enter`.
   */
  async entryFor(choice: string, place: Place, author: Member): Promise<Contest> {
    const contest =
      choice.toLowerCase() === 'yes'
        ? await this.#openContestOrExplain(place)
        : await this.#deps.store.contests.get(choice);
    // Another workspace's contest is not named here, not even its theme.
    if (!contest || scopeOf(contest.place) !== scopeOf(place)) {
      throw new ValidationError(msg('contest.error.unknownId'), 'contest');
    }
    if (channelKeyOf(contest.place) !== channelKeyOf(place)) {
      throw new ValidationError(msg('contest.error.otherChannel', { theme: contest.theme }), 'contest');
    }
    const now = this.#deps.clock.now();
    if (contest.state !== 'submissions' || now >= contest.votingOpensAt) {
      throw new ValidationError(
        contest.state === 'voting' || (contest.state === 'submissions' && now >= contest.votingOpensAt)
          ? msg('contest.error.votingOn', { theme: contest.theme })
          : msg('contest.error.over', { theme: contest.theme, state: contest.state }),
        'contest',
      );
    }
    const mine = (await this.#deps.store.contests.entries(contest.id)).filter(
      (e) => e.author.id === author.id,
    );
    if (mine.length >= contest.entriesPerMember) throw this.#full(contest);
    return contest;
  }

  /** Take an entry slot for a clip, atomically against the member's limit. */
  async enter(contest: Contest, clipId: string, author: Member): Promise<void> {
    const outcome = await this.#deps.store.contests.enter(
      contest.id,
      { clipId, author: { id: author.id, name: author.name }, enteredAt: this.#deps.clock.now() },
      contest.entriesPerMember,
    );
    if (outcome === 'full') throw this.#full(contest);
    if (outcome === 'closed') {
      throw new ValidationError(msg('contest.error.closedJustNow', { theme: contest.theme }), 'contest');
    }
  }

  /**
   * Note a vote (or its removal) on an entry, as heard: every vote is kept with who and when, bots
   * and self-votes too, so the results can say what was not counted and why.
   */
  async noteVote(clip: Clip, voter: Member, on: boolean): Promise<void> {
    if (!clip.contestId) return;
    const contest = await this.#deps.store.contests.get(clip.contestId);
    if (!contest || !OPEN_CONTEST_STATES.includes(contest.state)) return;
    if (on) {
      await this.#deps.store.contests.recordVote(contest.id, clip.id, {
        voter: { id: voter.id, name: voter.name, ...flags(voter) },
        at: this.#deps.clock.now(),
        source: 'event',
      });
    } else {
      await this.#deps.store.contests.retractVote(contest.id, clip.id, voter.id);
    }
  }

  /** A phase job: open voting or close. Idempotent; early delivery waits, late delivery catches up. */
  runPhase(contestId: string, phase: ContestPhase): Promise<JobOutcome> {
    return this.#phases.run(contestId, phase);
  }

  async #say(contest: Contest, text: string, options: SayOptions = {}): Promise<void> {
    await sayIn(this.#deps.messengers, contest, text, options);
  }

  async #openIn(place: Place): Promise<Contest | undefined> {
    const id = await this.#deps.store.contests.openIn(channelKeyOf(place));
    return id ? this.#deps.store.contests.get(id) : undefined;
  }

  async #openContestOrExplain(place: Place): Promise<Contest> {
    const open = await this.#openIn(place);
    if (open) return open;
    throw new ValidationError(msg('contest.error.noneOpen'), 'contest');
  }

  /** The named contest, else this channel's open one, else (for reading) its latest one. */
  async #find(place: Place, contestId?: string, latestToo = false): Promise<Contest> {
    if (contestId) {
      const contest = await this.#deps.store.contests.get(contestId);
      if (!contest || scopeOf(contest.place) !== scopeOf(place)) {
        throw new ReelbotError(ErrorCode.NotFound, msg('contest.error.notHere'));
      }
      return contest;
    }
    const open = await this.#openIn(place);
    if (open) return open;
    if (latestToo) {
      const latest = (await this.#deps.store.contests.list(scopeOf(place), 50)).find(
        (c) => channelKeyOf(c.place) === channelKeyOf(place),
      );
      if (latest) return latest;
    }
    throw new ReelbotError(
      ErrorCode.NotFound,
      msg('contest.error.noneRunning', { command: this.#deps.commandName }),
    );
  }

  #validate(request: ContestRequest): void {
    const { minWindowMs } = this.#deps;
    const theme = request.theme.trim();
    if (!theme || theme.length > THEME_MAX) {
      throw new ValidationError(msg('contest.error.theme', { max: THEME_MAX }), 'theme');
    }
    for (const [field, ms, window] of [
      ['submit', request.submitMs, 'submission'],
      ['vote', request.voteMs, 'voting'],
    ] as const) {
      if (!(ms >= minWindowMs && ms <= MAX_WINDOW_MS)) {
        // The shortest window as written in commands (`1 min`, `2 h`): the same in every language.
        throw new ValidationError(
          msg('contest.error.window', {
            window,
            min: formatDuration(minWindowMs),
            maxDays: MAX_WINDOW_MS / 86_400_000,
          }),
          field,
        );
      }
    }
    if (
      !Number.isInteger(request.entriesPerMember) ||
      request.entriesPerMember < 1 ||
      request.entriesPerMember > MAX_ENTRIES
    ) {
      throw new ValidationError(msg('contest.error.entries', { max: MAX_ENTRIES }), 'entries');
    }
    const age = request.minVoterAgeDays;
    if (age !== undefined && (!Number.isInteger(age) || age < 0 || age > MAX_VOTER_AGE_DAYS)) {
      throw new ValidationError(msg('contest.error.voterAge', { max: MAX_VOTER_AGE_DAYS }), 'voter_age');
    }
  }

  #busy(running: Contest): ReelbotError {
    return new ReelbotError(
      ErrorCode.Conflict,
      msg('contest.error.busy', { theme: running.theme, id: running.id }),
    );
  }

  #full(contest: Contest): ReelbotError {
    return new ReelbotError(
      ErrorCode.Conflict,
      msg('contest.error.full', { count: contest.entriesPerMember, theme: contest.theme }),
    );
  }

  /** A contest by id, in any state; undefined when there is none. */
  async get(contestId: string): Promise<Contest | undefined> {
    return this.#deps.store.contests.get(contestId);
  }
}
