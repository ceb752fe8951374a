import type { Clip } from '../clip/clip.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobOutcome } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessengerRegistry, SayOptions } from '../ports/messenger.ts';
import type { Store } from '../ports/store.ts';
import { scopeOf } from '../workspace/settings.ts';
import {
  type Contest,
  type ContestEntry,
  type ContestPhase,
  type ContestResult,
  RESULTS_SHOWN,
} from './contest.ts';
import { resultsBoard, votingBoard } from './contest-boards.ts';
import { type EntryBallots, flags, tallyContest } from './contest-tally.ts';
import { entryLine, localeOf, momentsOf, resultText, votingText } from './contest-text.ts';

export interface ContestPhaseDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  messengers: MessengerRegistry;
}

const done: JobOutcome = { kind: 'done' };
/** Long enough for one announcement to be posted (a platform call of a few seconds at worst). */
const ANNOUNCE_CLAIM_MS = 60_000;

/**
 * Post in the contest's channel (with a board where there is one: surfaces that draw pictures
 * show it); a surface not connected here is retried by the queue.
 */
export async function sayIn(
  messengers: MessengerRegistry,
  contest: Contest,
  text: string,
  options: SayOptions = {},
): Promise<void> {
  const messenger = messengers.get(contest.place.surface);
  if (!messenger) {
    throw new ReelbotError(ErrorCode.DeliveryFailed, msg('contest.error.notConnected'), {
      retryable: true,
      message: `no messenger for surface ${contest.place.surface}`,
    });
  }
  const { notify, board } = options;
  await messenger.say(contest.place, text, {
    ...(notify?.length ? { notify } : {}),
    ...(board ? { board } : {}),
    moments: momentsOf(contest),
  });
}

/**
 * The contest's moves in time, run by its delayed phase jobs: open voting (snapshotting the
 * reactions already there), then close (reconcile, count, announce). Every move is a
 * compare-and-set on the state and every announcement is made once (a short claim plus a mark
 * on the contest), so a job delivered twice, late, or after a restart does nothing wrong.
 */
export class ContestPhases {
  readonly #deps: ContestPhaseDeps;

  constructor(deps: ContestPhaseDeps) {
    this.#deps = deps;
  }

  async run(contestId: string, phase: ContestPhase): Promise<JobOutcome> {
    const contest = await this.#deps.store.contests.get(contestId);
    if (!contest || contest.state === 'cancelled') return done;
    const now = this.#deps.clock.now();
    const due = phase === 'voting' ? contest.votingOpensAt : contest.votingClosesAt;
    // Delivered early (another machine's clock): wait for the moment rather than act before it.
    if (now < due && contest.state !== 'closed') return { kind: 'again', delayMs: due - now };
    if (contest.state === 'submissions') await this.#openVoting(contest);
    const outcome = await this.#announceOnce(contestId, 'voting');
    if (phase === 'voting' || outcome.kind === 'again') return outcome;
    await this.#close(contestId);
    return this.#announceOnce(contestId, 'results');
  }

  /**
   * Current standings: entries whose clip is posted and not deleted, counted by the contest's
   * rules; with `reconcile`, each entry's reactions are read from the platform's own list.
   */
  async standings(contest: Contest, reconcile: boolean, at: number): Promise<ContestResult> {
    const ballots = await this.#ballots(contest, await this.#shownEntries(contest), reconcile);
    return tallyContest(contest, ballots, await this.#firstSeen(contest, ballots), at);
  }

  async #openVoting(contest: Contest): Promise<void> {
    const { store, clock } = this.#deps;
    const entries = await store.contests.entries(contest.id);
    // Reactions already on entries when voting opens are set aside (they were put on before the
    // window), so at close the platform list can tell them from votes cast while the bot was away.
    const messenger = this.#deps.messengers.get(contest.place.surface);
    const openedAt = clock.now();
    for (const entry of entries) {
      const clip = await store.clips.get(entry.clipId);
      if (!clip?.delivery || !messenger?.voters) continue;
      for (const member of await messenger.voters(clip.delivery, contest.voteEmoji)) {
        await store.contests.recordVote(contest.id, clip.id, {
          voter: { id: member.id, name: member.name, ...flags(member) },
          at: Math.min(openedAt, contest.votingOpensAt) - 1,
          source: 'early',
        });
      }
    }
    try {
      await store.contests.update(contest.id, { state: 'voting', votingOpenedAt: openedAt }, ['submissions']);
      this.#deps.logger.info({ contestId: contest.id, entries: entries.length }, 'contest voting open');
    } catch (error) {
      // Another delivery of this phase (or the close job catching up) moved it first.
      if (!(error instanceof ReelbotError && error.code === ErrorCode.Conflict)) throw error;
    }
  }

  async #close(contestId: string): Promise<void> {
    const { store, clock } = this.#deps;
    const contest = (await store.contests.get(contestId))!;
    if (contest.state !== 'voting') return;
    const closedAt = clock.now();
    const result = await this.standings(contest, true, closedAt);
    try {
      await store.contests.update(contestId, { state: 'closed', closedAt, result }, ['voting']);
      this.#deps.logger.info({ contestId, ...result.accounting }, 'contest closed');
    } catch (error) {
      if (!(error instanceof ReelbotError && error.code === ErrorCode.Conflict)) throw error;
    }
  }

  /**
   * Post a phase's announcement unless it was posted: the holder of a short claim posts and
   * marks the contest; a second delivery meanwhile looks again after the claim, and finds the
   * mark (or, if the post failed, posts it then).
   */
  async #announceOnce(contestId: string, what: 'voting' | 'results'): Promise<JobOutcome> {
    const { store, clock } = this.#deps;
    const contest = (await store.contests.get(contestId))!;
    const field = what === 'voting' ? 'votingAnnouncedAt' : 'announcedAt';
    const due =
      what === 'voting'
        ? contest.state === 'voting' || contest.state === 'closed'
        : contest.state === 'closed';
    if (!due || contest[field] !== undefined) return done;
    if (!(await store.keyValue.claim(`contest-${what}:${contestId}`, ANNOUNCE_CLAIM_MS))) {
      return { kind: 'again', delayMs: ANNOUNCE_CLAIM_MS };
    }
    if (what === 'voting') {
      const entries = await store.contests.entries(contestId);
      const now = clock.now();
      await sayIn(this.#deps.messengers, contest, votingText(contest, entries.length, now), {
        board: await votingBoard(this.#deps, contest, entries, now),
      });
    } else {
      await this.#announceResults(contest);
    }
    await store.contests.update(contestId, { [field]: clock.now() });
    return done;
  }

  async #announceResults(contest: Contest): Promise<void> {
    const ranking = contest.result!.ranking;
    const top = ranking.slice(0, RESULTS_SHOWN);
    const messenger = this.#deps.messengers.get(contest.place.surface);
    const lines: string[] = [];
    for (const [i, entry] of top.entries()) {
      const clip = await this.#deps.store.clips.get(entry.clipId);
      const link = clip?.delivery && messenger?.link ? await messenger.link(clip.delivery) : undefined;
      lines.push(entryLine(entry, i, link, localeOf(contest)));
    }
    // The winners are told (pinged once each); everyone else reads it in the channel.
    const notify = top.filter((e) => e.votes > 0).map((e) => e.author);
    await sayIn(this.#deps.messengers, contest, resultText(contest, lines, ranking.length), {
      notify,
      board: await resultsBoard(this.#deps, contest),
    });
  }

  /** Entries whose clip is posted and not deleted (what can be voted on and ranked), with it. */
  async #shownEntries(contest: Contest): Promise<{ entry: ContestEntry; clip: Clip }[]> {
    const entries = await this.#deps.store.contests.entries(contest.id);
    const shown: { entry: ContestEntry; clip: Clip }[] = [];
    for (const entry of entries) {
      const clip = await this.#deps.store.clips.get(entry.clipId);
      if (clip && clip.state === 'posted' && !clip.deletedAt) shown.push({ entry, clip });
    }
    return shown;
  }

  async #ballots(
    contest: Contest,
    shown: { entry: ContestEntry; clip: Clip }[],
    reconcile: boolean,
  ): Promise<EntryBallots[]> {
    const messenger = this.#deps.messengers.get(contest.place.surface);
    const ballots: EntryBallots[] = [];
    for (const { entry, clip } of shown) {
      const recorded = await this.#deps.store.contests.votes(contest.id, entry.clipId);
      const platform =
        reconcile && clip.delivery && messenger?.voters
          ? await messenger.voters(clip.delivery, contest.voteEmoji)
          : undefined;
      ballots.push({ entry, recorded, ...(platform ? { platform } : {}) });
    }
    return ballots;
  }

  /** When the bot first met each voter, for a minimum voter age where the surface gives none. */
  async #firstSeen(contest: Contest, ballots: EntryBallots[]): Promise<Map<string, number>> {
    if (!contest.minVoterAgeDays) return new Map();
    const ids = new Set<string>();
    for (const b of ballots) {
      for (const v of b.recorded) ids.add(v.voter.id);
      for (const m of b.platform ?? []) ids.add(m.id);
    }
    return this.#deps.store.firstSeen.get(scopeOf(contest.place), [...ids]);
  }
}
