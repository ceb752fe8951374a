import { refundClip } from '../budget/settlement.ts';
import { priceFor } from '../capabilities.ts';
import type { CardPresenter, FirstCardOptions } from '../card/card-presenter.ts';
import type { ContestService } from '../contest/contest-service.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { msg } from '../i18n/message.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { ProviderRegistry } from '../providers.ts';
import { failureOf } from '../render/final-failure.ts';
import { scopeOf } from '../workspace/settings.ts';
import type { Admission } from './admission.ts';
import {
  type Actor,
  type CastCredit,
  type Clip,
  type ClipOrigin,
  isTerminal,
  type Member,
  type MessageRef,
} from './clip.ts';
import { queueAdmitted, requeueIfQueued } from './clip-job.ts';
import { inheritOptions, normalizePrompt, type OptionsInput, resolveClipOptions } from './clip-options.ts';
import { routeForCast, type Validated, validateRequest } from './clip-validation.ts';
import { castVote, retractVote, type VoteResult } from './clip-votes.ts';
import { type Lineage, lineageOf } from './lineage.ts';
import { wakeForProvider } from './provider-wake.ts';
import { idForRequestKey } from './request-id.ts';

export interface ClipRequest {
  prompt: string;
  options: OptionsInput;
  author: Member;
  place: Place;
  /** A message the surface already posted as the card (e.g. Discord's deferred reply). */
  card?: MessageRef;
  /** Makes a repeated request (a retried platform event) return the first clip. */
  requestKey?: string;
  /** Members the prompt mentions, as the surface resolved them (for consent). */
  mentions?: Member[];
  /** Enter the clip into a contest: `yes` for this channel's open one, or a contest id. */
  contest?: string;
  /** The channel's language, which its card and notices are drawn in (Clip.locale). */
  locale?: Locale;
}

export interface ClipServiceDeps {
  store: Store;
  queue: JobQueue;
  providers: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  /** Redraws a card when a member changes a clip (cancel); absent in pure unit tests. */
  cards?: CardPresenter;
  /** Rate limits, channels, moderation, consent and budgets; absent in pure unit tests. */
  admission?: Admission;
  /** Prompt contests: a clip entered into one takes its slot; votes on entries are kept. */
  contests?: ContestService;
  /**
   * The providers a workspace's clips are made with, in its failover order (its own keys'
   * first: src/core/keys/workspace-providers.ts). Unset: the operator's.
   */
  providersFor?: (place: Place) => Promise<ProviderRegistry>;
  newId?: () => string;
}

export type { VoteResult };

const defaultId = () => `c${Date.now().toString(36)}${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

/** The use cases every surface calls: ask for a clip, remix, re-roll, cancel, delete, vote. */
export class ClipService {
  readonly #deps: ClipServiceDeps;
  readonly #newId: () => string;

  constructor(deps: ClipServiceDeps) {
    this.#deps = deps;
    this.#newId = deps.newId ?? defaultId;
  }

  /**
   * Validate, screen, reserve, record and queue a new clip. Anything refused (bad input,
   * channel, content, consent, budget) throws before anything is stored, queued or spent. The
   * member's rate is a gate of the command or button that asks (commands/gates.ts).
   */
  async request(request: ClipRequest): Promise<Clip> {
    return this.#request(request);
  }

  async #request(
    request: ClipRequest,
    lineage?: { parent: Clip; origin: Exclude<ClipOrigin, 'new'> },
  ): Promise<Clip> {
    const { store, clock, admission } = this.#deps;
    const validated = await this.#validate(request);
    const { prompt, settings } = validated;

    const id = request.requestKey ? await idForRequestKey('r', request.requestKey) : this.#newId();
    const existing = await store.clips.get(id);
    if (existing) return this.#requeue(existing);
    const cast = (await admission?.screen({ ...request, prompt }))?.cast ?? [];
    // A likeness is rendered from its pictures: on a model that takes them (an edit keeps the
    // parent's provider, which changes its own video).
    const { provider, model, options } =
      cast.length > 0 && lineage?.origin !== 'edit' ? await this.#forCast(request, validated) : validated;
    // The contest it enters, checked (open, this channel, under the member's limit).
    const contest = request.contest
      ? await this.#contests().entryFor(request.contest, request.place, request.author)
      : undefined;

    const now = clock.now();
    const clip: Clip = {
      id,
      prompt,
      options,
      author: request.author,
      place: request.place,
      origin: lineage?.origin ?? 'new',
      state: 'queued',
      // An edit is made by the provider that holds the parent's video.
      provider: lineage?.origin === 'edit' ? lineage.parent.provider : provider.name,
      progress: 0,
      estimatedCostUsd: priceFor(model, options.size, options.durationS),
      statusCalls: 0,
      retries: 0,
      createdAt: now,
      updatedAt: now,
    };
    if (lineage) clip.parentId = lineage.parent.id;
    if (request.card) clip.card = request.card;
    if (request.locale) clip.locale = request.locale;
    if (cast.length > 0) clip.cast = cast;
    if (contest) {
      // The entry slot is taken before any money is reserved, atomically against the limit.
      clip.contestId = contest.id;
      await this.#contests().enter(contest, id, request.author);
    }
    // Budgets and caps, checked and reserved atomically; the priority keeps one member's burst
    // behind everyone else's next clip.
    try {
      if (admission && settings) clip.priority = await admission.reserve(clip, settings);
    } catch (error) {
      if (contest) await store.contests.withdraw(contest.id, id);
      throw error;
    }
    try {
      await store.clips.create(clip);
    } catch (error) {
      if (error instanceof ReelbotError && error.code === ErrorCode.Conflict) {
        // The same request raced us; its reservation is this clip id's, counted once.
        return this.#requeue((await store.clips.get(id))!);
      }
      await refundClip(store, clip, this.#deps.logger);
      if (contest) await store.contests.withdraw(contest.id, id);
      throw error;
    }
    // Each cast member's list of clips their likeness appears in (`/sora cast list`, and what
    // `/sora cast remove` cancels).
    for (const member of cast) await store.cast.noteClip(scopeOf(clip.place), member.id, id, now);
    await queueAdmitted(this.#deps, clip, request.card);
    await store.firstSeen.note(scopeOf(clip.place), clip.author.id, now);
    this.#deps.logger.info({ clipId: id, author: clip.author.id, model: options.model }, 'clip queued');
    return clip;
  }

  /** Channel, prompt, model and options: what a request asks for, or a ValidationError. */
  async #validate(request: Pick<ClipRequest, 'prompt' | 'options' | 'place'>): Promise<Validated> {
    return validateRequest(await this.#providersFor(request.place), this.#deps.admission, request);
  }

  /** The model for a clip that uses a likeness (see routeForCast). */
  async #forCast(request: Pick<ClipRequest, 'options' | 'place'>, validated: Validated): Promise<Validated> {
    return routeForCast(await this.#providersFor(request.place), request.options, validated);
  }

  #providersFor(place: Place): Promise<ProviderRegistry> {
    return this.#deps.providersFor?.(place) ?? Promise.resolve(this.#deps.providers);
  }

  /**
   * Everything `request` would refuse for the prompt and options, without storing, queueing or
   * reserving: lets a surface refuse before it posts anything (Slack opens a thread for a
   * request). With the author and place it also checks the channel, the content and consent.
   */
  async check(
    request: Pick<ClipRequest, 'prompt' | 'options'> &
      Partial<Pick<ClipRequest, 'author' | 'place' | 'mentions' | 'contest'>>,
  ): Promise<{ estimatedCostUsd: number }> {
    const { place, author } = request;
    if (!place || !author) {
      normalizePrompt(request.prompt);
      const { model } = this.#deps.providers.resolveModel(request.options.model);
      const options = resolveClipOptions(request.options, model);
      return { estimatedCostUsd: priceFor(model, options.size, options.durationS) };
    }
    const validated = await this.#validate({ ...request, place });
    const { prompt } = validated;
    const cast = (await this.#deps.admission?.screen({ ...request, prompt, author, place }))?.cast ?? [];
    const { model, options } =
      cast.length > 0 ? await this.#forCast({ ...request, place }, validated) : validated;
    if (request.contest) await this.#contests().entryFor(request.contest, place, author);
    return { estimatedCostUsd: priceFor(model, options.size, options.durationS) };
  }

  /** A new clip from someone else's (or one's own) prompt, credited to the original. */
  async remix(
    parentId: string,
    prompt: string,
    request: Omit<ClipRequest, 'prompt' | 'options'>,
  ): Promise<Clip> {
    const parent = await this.get(parentId);
    return this.#request(
      { ...request, prompt, options: inheritOptions(parent) },
      { parent, origin: 'remix' },
    );
  }

  /**
   * Ask the parent's provider to change the parent's video with a new instruction (provider-side
   * remix). Only offered, and only accepted, where the parent's model can do it.
   */
  async edit(
    parentId: string,
    prompt: string,
    request: Omit<ClipRequest, 'prompt' | 'options'>,
  ): Promise<Clip> {
    const parent = await this.get(parentId);
    if (parent.state !== 'posted' || !this.#deps.providers.canEdit(parent)) {
      throw new ReelbotError(ErrorCode.InvalidInput, msg('error.clip.editUnsupported'));
    }
    return this.#request({ ...request, prompt, options: inheritOptions(parent) }, { parent, origin: 'edit' });
  }

  /** The same prompt and options, rendered again. */
  async reroll(parentId: string, request: Omit<ClipRequest, 'prompt' | 'options'>): Promise<Clip> {
    const parent = await this.get(parentId);
    return this.#request(
      { ...request, prompt: parent.prompt, options: inheritOptions(parent) },
      { parent, origin: 'reroll' },
    );
  }

  /** Stop a clip that has not been posted, and refund it. Only its author or an admin may. */
  async cancel(clipId: string, actor: Actor): Promise<Clip> {
    const clip = await this.get(clipId);
    return this.#cancel(clip, actor);
  }

  async #cancel(clip: Clip, actor: Actor): Promise<Clip> {
    const clipId = clip.id;
    this.#mustOwn(clip, actor, 'cancel');
    if (isTerminal(clip.state)) {
      throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.alreadyDone', { state: clip.state }));
    }
    if (clip.state === 'delivering') {
      throw new ReelbotError(ErrorCode.Conflict, msg('error.clip.delivering'));
    }
    const cancelled = await this.#deps.store.clips.update(
      clipId,
      {
        state: 'cancelled',
        failure: failureOf(ErrorCode.Cancelled, msg('error.clip.cancelledBy', { name: actor.name })),
        updatedAt: this.#deps.clock.now(),
      },
      ['queued', 'submitted', 'rendering', 'fetching'],
    );
    await this.#deps.queue.remove(clipId);
    await refundClip(this.#deps.store, cancelled, this.#deps.logger);
    // A cancelled entry frees its slot: the member may enter another clip instead.
    if (cancelled.contestId) await this.#deps.store.contests.withdraw(cancelled.contestId, clipId);
    this.#deps.logger.info({ clipId, by: actor.id }, 'clip cancelled');
    return (await this.#deps.cards?.show(cancelled, { force: true })) ?? cancelled;
  }

  /** Hide a clip everywhere (the surface removes its message). Only its author or an admin may. */
  async delete(clipId: string, actor: Actor): Promise<Clip> {
    const clip = await this.get(clipId);
    this.#mustOwn(clip, actor, 'delete');
    if (!isTerminal(clip.state) && clip.state !== 'delivering') await this.#cancel(clip, actor);
    const deleted = await this.#deps.store.clips.update(clipId, { deletedAt: this.#deps.clock.now() });
    await this.#deps.cards?.takeDown(deleted);
    this.#deps.logger.info({ clipId, by: actor.id }, 'clip deleted');
    return deleted;
  }

  /** Count a member's vote (see castVote): bots and the clip's author never count. */
  async vote(clipId: string, voter: Member): Promise<VoteResult> {
    return castVote(this.#deps, clipId, voter);
  }

  /** Take a vote back (the reaction was removed). */
  async unvote(clipId: string, voter: Member): Promise<VoteResult> {
    return retractVote(this.#deps, clipId, voter);
  }

  /** The clip a platform message shows (its card or its video), for votes and buttons. */
  async clipForMessage(messageKey: string): Promise<Clip | undefined> {
    const id = await this.#deps.store.messages.clipFor(messageKey);
    const clip = id ? await this.#deps.store.clips.get(id) : undefined;
    return clip && !clip.deletedAt ? clip : undefined;
  }

  /** A provider says a render finished (webhook): wake its job (see wakeForProvider). */
  async wake(provider: string, providerJobId: string, signed?: { completed: true }): Promise<boolean> {
    return wakeForProvider(this.#deps, provider, providerJobId, signed);
  }

  /** Where a clip came from and everything remixed from it, with votes (`/sora remixes`). */
  async lineage(clipId: string): Promise<Lineage> {
    return lineageOf(this.#deps.store, await this.get(clipId));
  }

  async get(clipId: string): Promise<Clip> {
    const clip = await this.#deps.store.clips.get(clipId);
    if (!clip || clip.deletedAt) throw new ReelbotError(ErrorCode.NotFound, msg('error.clip.gone'));
    return clip;
  }

  /** A repeated request: make sure its job exists (the first caller may have died before queueing). */
  #requeue(clip: Clip): Promise<Clip> {
    return requeueIfQueued(this.#deps.queue, clip);
  }

  /** Contests, for a request that enters one; a service built without them cannot take entries. */
  #contests(): ContestService {
    if (this.#deps.contests) return this.#deps.contests;
    throw new ReelbotError(ErrorCode.Internal, msg('error.clip.contestsUnavailable'), {
      message: 'ClipService was built without a ContestService',
    });
  }

  /**
   * Cancel, with a refund, every clip in `clipIds` still on its way that uses `memberId`'s likeness
   * (they withdrew it, or an admin purged it). Returns the clips cancelled. Clips already posted,
   * failed, cancelled or uploading are left as they are.
   */
  async withdrawLikeness(memberId: string, clipIds: readonly string[], actor: Actor): Promise<Clip[]> {
    const cancelled: Clip[] = [];
    for (const clipId of clipIds) {
      const clip = await this.#deps.store.clips.get(clipId);
      if (!clip || isTerminal(clip.state) || clip.state === 'delivering') continue;
      if (!clip.cast?.some((m) => m.id === memberId)) continue;
      try {
        cancelled.push(await this.#cancel(clip, { ...actor, admin: true }));
      } catch (error) {
        // It moved on meanwhile (posting began, or it finished): nothing left to cancel.
        if (error instanceof ReelbotError && error.code === ErrorCode.Conflict) continue;
        throw error;
      }
    }
    return cancelled;
  }

  /** Its author, an admin, or a member whose likeness it uses (the owner rule). */
  #mustOwn(clip: Clip, actor: Actor, action: 'cancel' | 'delete') {
    const cast = clip.cast?.some((m: CastCredit) => m.id === actor.id) ?? false;
    if (clip.author.id !== actor.id && !actor.admin && !cast) {
      throw new ReelbotError(
        ErrorCode.Forbidden,
        msg('error.clip.notYours', { author: clip.author.name, action }),
      );
    }
  }

  /**
   * The first card of a queued clip, drawn the moment the request is accepted on the message the
   * surface opened for it (Discord's deferred reply, Slack's thread placeholder, the studio's
   * reserved message), with its place in line and model label. Undefined for a repeated request
   * (its first card is another message) or a service built without cards.
   */
  async firstCard(clip: Clip, card: MessageRef, options: FirstCardOptions = {}) {
    return this.#deps.cards?.firstCard(clip, card, options);
  }

  // Reads for surfaces, so adapters never reach the store (test/unit/adapter-boundary.test.ts).

  /** The clip, deleted or not; undefined when there is none. */
  async find(clipId: string): Promise<Clip | undefined> {
    return this.#deps.store.clips.get(clipId);
  }

  /** The clip's thumbnail (JPEG bytes), once a worker made one. */
  async thumbnail(clipId: string): Promise<Uint8Array | undefined> {
    return this.#deps.store.thumbnails.get(clipId);
  }

  /** The votes that count on a clip. */
  async voteCount(clipId: string): Promise<number> {
    return this.#deps.store.votes.count(clipId);
  }
}
