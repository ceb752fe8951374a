import { refundClip } from '../budget/settlement.ts';
import type { ModelCapabilities } from '../capabilities.ts';
import { type Admission, settingsHere } from '../clip/admission.ts';
import type { Clip, Member, MessageRef } from '../clip/clip.ts';
import { queueAdmitted, requeueIfQueued } from '../clip/clip-job.ts';
import { normalizePrompt, type OptionsInput, resolveClipOptions } from '../clip/clip-options.ts';
import { idForRequestKey } from '../clip/request-id.ts';
import { ErrorCode, ReelbotError, ValidationError } from '../errors.ts';
import type { Locale } from '../i18n/locales.ts';
import { msg } from '../i18n/message.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { ProviderRegistry } from '../providers.ts';
import type { EffectiveSettings } from '../workspace/settings.ts';
import { centsOf, planCents, type ShotPlan } from './shot-plan.ts';
import {
  type Story,
  type StoryMode,
  type StoryShot,
  type StoryTransition,
  shotClipId,
  shotPrompt,
} from './story.ts';
import { extendableParent, extensionStory, reusedShots, routeExtension } from './story-extension.ts';
import { checkShots, checkTotal, chooseMode, type StoryLimits } from './story-rules.ts';

/** Who asks and where; the same for every story use case. */
export interface StoryAsker {
  author: Member;
  place: Place;
  /** A message the surface already posted to become the story's card. */
  card?: MessageRef;
  /** Makes a repeated request (a retried platform event) return the first story. */
  requestKey?: string;
  /** Members the prompt mentions, as the surface resolved them (for consent). */
  mentions?: Member[];
  /** The channel's language, which the story's card is drawn in (Clip.locale). */
  locale?: Locale;
}

export interface StoryRequest extends StoryAsker {
  /** The shots in order, as read by readShots (src/core/story/shot-list.ts). */
  shots: readonly string[];
  /** What stays the same in every shot. */
  look?: string;
  /** Seconds per shot; the model's default length when absent. */
  seconds?: number;
  mode?: StoryMode;
  transition?: StoryTransition;
  /** Model, aspect and style, as `generate` takes them. */
  options: Omit<OptionsInput, 'durationS' | 'referenceImageUrl'>;
}

export interface ExtendRequest extends StoryAsker {
  /** What happens next. */
  prompt: string;
  /** Seconds of continuation; the model's default length when absent. */
  seconds?: number;
}

export interface StoryServiceDeps {
  store: Store;
  queue: JobQueue;
  providers: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  limits: StoryLimits;
  /** Rate limits, channels, moderation, consent and budgets; absent in pure unit tests. */
  admission?: Admission;
  /**
   * The providers a workspace's stories are made with, its own keys' first (as for clips:
   * src/core/keys/workspace-providers.ts). Unset: the operator's.
   */
  providersFor?: (place: Place) => Promise<ProviderRegistry>;
  newId?: () => string;
}

const defaultId = () => `s${Date.now().toString(36)}${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

/**
 * Storyboards, extensions and re-rolled shots. Each is admitted like one clip: validated, screened,
 * and the whole estimate (every shot it buys) reserved in the ledger's one atomic step under the
 * story's own clip id, before anything is stored, queued or spent. The story's clip is then queued;
 * its job (story-step.ts) makes the shots as clips of their own and joins and posts them.
 */
export class StoryService {
  readonly #deps: StoryServiceDeps;
  readonly #newId: () => string;

  constructor(deps: StoryServiceDeps) {
    this.#deps = deps;
    this.#newId = deps.newId ?? defaultId;
  }

  get limits(): StoryLimits {
    return this.#deps.limits;
  }

  /** A multi-shot story from a storyboard. */
  async request(request: StoryRequest): Promise<Clip> {
    await this.#deps.admission?.limitRate(request.author, request.place);
    const plan = await this.#plan(request);
    return this.#admit(plan.story, plan.plans, request, plan.settings, plan.about);
  }

  /**
   * Everything `request` would refuse (shots, lengths, mode, channel, content, consent), without
   * storing, queueing or reserving: lets a surface refuse before it posts anything.
   */
  async check(request: StoryRequest): Promise<{ estimatedCostUsd: number; shots: string[] }> {
    const { story, plans, about } = await this.#plan(request);
    await this.#deps.admission?.screen({
      prompt: about.screenText,
      author: request.author,
      place: request.place,
      ...(request.mentions ? { mentions: request.mentions } : {}),
    });
    const cents = planCents(plans);
    return { estimatedCostUsd: cents / 100, shots: story.shots.map((s) => s.prompt ?? '') };
  }

  async #plan(request: StoryRequest) {
    const { admission, limits } = this.#deps;
    const providers = await this.#providersFor(request.place);
    const settings = await this.#settings(request.place);
    const actions = checkShots(request.shots, limits);
    const look = request.look?.trim() ? normalizePrompt(request.look) : undefined;
    const modelId =
      admission && settings
        ? admission.modelFor(request.options.model, settings, providers)
        : request.options.model;
    const { provider, model } = providers.resolveModel(modelId);
    const options = resolveClipOptions(
      { ...request.options, ...(request.seconds !== undefined ? { durationS: request.seconds } : {}) },
      model,
      settings?.aspect,
    );
    checkTotal(
      actions.length * options.durationS,
      limits,
      msg('error.story.whatShots', { count: actions.length, seconds: options.durationS }),
    );
    const mode = chooseMode(request.mode, model, modelsOf(providers));
    const id = await this.#id(request.requestKey);
    const shotUsd = centsOf(model, options) / 100;
    const plans = actions.map((action, i) => ({
      prompt: shotPrompt(look ? { look } : {}, action),
      options,
      estimatedCostUsd: shotUsd,
      ...(mode === 'flow' && i > 0 ? { firstFrameFrom: shotClipId(id, i - 1) } : {}),
    }));
    const story: Story = {
      id,
      kind: 'story',
      place: request.place,
      author: request.author,
      ...(look ? { look } : {}),
      mode,
      transition: request.transition ?? 'cut',
      shots: plans.map((plan, i) => ({
        clipId: shotClipId(id, i),
        own: true,
        prompt: actions[i]!,
        render: plan,
      })),
      createdAt: this.#deps.clock.now(),
    };
    const about = {
      prompt: actions.join(' | '),
      provider: provider.name,
      model,
      screenText: [look ?? '', ...actions].join('\n'),
    };
    return { story, plans, settings, about };
  }

  /**
   * Continue a posted clip: natively where its provider can extend the model's videos up to the
   * whole length, else from its last frame as image-to-video, joined after it.
   */
  async extend(parentId: string, request: ExtendRequest): Promise<Clip> {
    const { admission, limits, store } = this.#deps;
    await admission?.limitRate(request.author, request.place);
    const from = await extendableParent(store, parentId);
    const providers = await this.#providersFor(request.place);
    const settings = await this.#settings(request.place);
    const prompt = normalizePrompt(request.prompt);
    const route = routeExtension(providers, modelsOf(providers), limits, from.parent, request.seconds);
    const id = await this.#id(request.requestKey);
    const { story, plan } = extensionStory(id, from, route, prompt, request, this.#deps.clock.now());
    return this.#admit(story, [plan], request, settings, {
      prompt,
      provider: route.provider.name,
      model: route.model,
      screenText: prompt,
      parent: from.parent,
      totalS: route.totalS,
    });
  }

  /**
   * Render one shot of a posted story again and post a new cut of the story crediting the first;
   * it costs one shot. The other shots are reused as they are.
   */
  async rerollShot(storyClipId: string, shotNumber: number, request: StoryAsker): Promise<Clip> {
    const { admission, store } = this.#deps;
    await admission?.limitRate(request.author, request.place);
    const first = await store.clips.get(storyClipId);
    const story = await store.stories.get(storyClipId);
    if (!first || first.deletedAt || !story) {
      throw new ReelbotError(ErrorCode.NotFound, msg('error.story.gone'));
    }
    if (first.state !== 'posted') {
      throw new ReelbotError(ErrorCode.InvalidInput, msg('error.story.rerollNotPosted'));
    }
    const index = shotNumber - 1;
    const old = story.shots[index];
    if (!Number.isInteger(shotNumber) || !old) {
      throw new ValidationError(msg('error.story.shotRange', { count: story.shots.length }), 'shot');
    }
    const oldShot = await store.clips.get(old.clipId);
    if (!old.own || !oldShot) {
      throw new ReelbotError(ErrorCode.InvalidInput, msg('error.story.shotNotOwn'));
    }
    const settings = await this.#settings(request.place);
    const { provider, model } = (await this.#providersFor(request.place)).resolveModel(oldShot.options.model);
    const id = await this.#id(request.requestKey);
    const shotId = shotClipId(id, index);
    const previous = story.shots[index - 1];
    // In flow the new take starts where the shot before it ends, as the first take did.
    const firstFrameFrom = story.native
      ? oldShot.firstFrameFrom
      : story.mode === 'flow'
        ? previous?.clipId
        : undefined;
    const plan: ShotPlan = {
      prompt: oldShot.prompt,
      options: oldShot.options,
      estimatedCostUsd: centsOf(model, oldShot.options) / 100,
      ...(firstFrameFrom ? { firstFrameFrom } : {}),
    };
    const shots: StoryShot[] = reusedShots(story).map((s, i) =>
      i === index ? { ...s, clipId: shotId, own: true, render: plan } : s,
    );
    const next: Story = {
      ...story,
      id,
      kind: 'reroll',
      place: request.place,
      author: request.author,
      shots,
      parentId: first.id,
      createdAt: this.#deps.clock.now(),
    };
    return this.#admit(next, [plan], request, settings, {
      prompt: first.prompt,
      provider: provider.name,
      model,
      screenText: oldShot.prompt,
      parent: first,
      totalS: first.options.durationS,
    });
  }

  /**
   * Screen, reserve the story's whole estimate atomically, store the story and its clip, queue it.
   * Idempotent for a retried request: the same id finds the same reservation, story and clip.
   */
  async #admit(
    story: Story,
    plans: readonly ShotPlan[],
    asker: StoryAsker,
    settings: EffectiveSettings | undefined,
    about: {
      prompt: string;
      provider: string;
      model: ModelCapabilities;
      screenText: string;
      parent?: Clip;
      totalS?: number;
    },
  ): Promise<Clip> {
    const { store, clock, admission, logger } = this.#deps;
    const existing = await store.clips.get(story.id);
    if (existing) return this.#requeue(existing);
    await admission?.screen({
      prompt: about.screenText,
      author: asker.author,
      place: asker.place,
      ...(asker.mentions ? { mentions: asker.mentions } : {}),
    });
    const cents = planCents(plans);
    const first = plans[0]!.options;
    const now = clock.now();
    const clip: Clip = {
      id: story.id,
      prompt: about.prompt,
      options: { ...first, durationS: about.totalS ?? plans.length * first.durationS },
      author: asker.author,
      place: asker.place,
      origin: story.kind === 'reroll' ? 'reroll' : story.kind === 'extend' ? 'remix' : 'new',
      storyId: story.id,
      state: 'queued',
      provider: about.provider,
      progress: 0,
      estimatedCostUsd: cents / 100,
      statusCalls: 0,
      retries: 0,
      createdAt: now,
      updatedAt: now,
    };
    if (about.parent) clip.parentId = about.parent.id;
    if (asker.card) clip.card = asker.card;
    if (asker.locale) clip.locale = asker.locale;
    if (admission && settings) clip.priority = await admission.reserve(clip, settings);
    try {
      await store.stories.create(story).catch((error) => {
        // A retried request whose first attempt died after writing the story: same id, same story.
        if (!(error instanceof ReelbotError && error.code === ErrorCode.Conflict)) throw error;
      });
      await store.clips.create(clip);
    } catch (error) {
      if (error instanceof ReelbotError && error.code === ErrorCode.Conflict) {
        return this.#requeue((await store.clips.get(story.id))!);
      }
      await refundClip(store, clip, logger);
      throw error;
    }
    await queueAdmitted(this.#deps, clip, asker.card);
    logger.info(
      { clipId: clip.id, kind: story.kind, shots: story.shots.length, mode: story.mode, cents },
      'story queued',
    );
    return clip;
  }

  #settings(place: Place): Promise<EffectiveSettings | undefined> {
    return settingsHere(this.#deps.admission, place);
  }

  #providersFor(place: Place): Promise<ProviderRegistry> {
    return this.#deps.providersFor?.(place) ?? Promise.resolve(this.#deps.providers);
  }

  async #id(requestKey: string | undefined): Promise<string> {
    return requestKey ? idForRequestKey('t', `story:${requestKey}`) : this.#newId();
  }

  /** A repeated request: make sure its job exists (the first caller may have died before queueing). */
  #requeue(clip: Clip): Promise<Clip> {
    return requeueIfQueued(this.#deps.queue, clip);
  }
}

/** Every model a set of providers offers. */
function modelsOf(providers: ProviderRegistry): ModelCapabilities[] {
  return providers.all().flatMap((p) => p.capabilities().models);
}
