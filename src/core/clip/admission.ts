import { toCents } from '../budget/money.ts';
import { dayOf, monthOf } from '../budget/periods.ts';
import { budgetRefusal } from '../budget/refusal.ts';
import { nameList } from '../error-lists.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Moderation } from '../moderation.ts';
import type { Place } from '../place.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { ProviderRegistry } from '../providers.ts';
import { mayUseLikeness, namedCast, namedMembers } from '../workspace/consent.ts';
import {
  type EffectiveSettings,
  effectiveSettings,
  type SafetyDefaults,
  scopeOf,
} from '../workspace/settings.ts';
import type { CastCredit, Clip, Member } from './clip.ts';

/** BullMQ takes priorities up to 2^21; a member's backlog never needs more than this many lanes. */
const MAX_PRIORITY = 1000;

export interface AdmissionDeps {
  store: Store;
  providers: ProviderRegistry;
  clock: Clock;
  logger: Logger;
  defaults: SafetyDefaults;
  moderation: Moderation;
  /** The slash command's name, for sentences that tell members what to type. */
  commandName: string;
}

/**
 * The gate every request passes before anything is spent, cheapest check first: the member's
 * rate, the channel, the prompt's content and the consent of anyone it names, then the budgets,
 * checked and reserved in one atomic step. Each refusal is a ReelbotError with a sentence a member
 * can act on; a refused request has changed nothing but the rate bucket.
 */
export class Admission {
  readonly #deps: AdmissionDeps;

  constructor(deps: AdmissionDeps) {
    this.#deps = deps;
  }

  get defaults(): SafetyDefaults {
    return this.#deps.defaults;
  }

  /** The settings that apply where a member is. */
  async settingsFor(place: Pick<Place, 'surface' | 'workspaceId'>): Promise<EffectiveSettings> {
    return effectiveSettings(await this.#deps.store.settings.get(scopeOf(place)), this.#deps.defaults);
  }

  /** Take one of the member's tokens for a command or button press; RATE_LIMITED when none is left. */
  async limitRate(actor: Member, place: Place, settings?: EffectiveSettings): Promise<void> {
    const perMinute = (settings ?? (await this.settingsFor(place))).ratePerMinute;
    const { allowed, retryAfterMs } = await this.#deps.store.rateLimits.take(
      `${scopeOf(place)}:${actor.id}`,
      perMinute,
      this.#deps.clock.now(),
    );
    if (allowed) return;
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    throw new ReelbotError(
      ErrorCode.RateLimited,
      msg('error.admission.rateLimited', { perMinute, seconds }),
      { retryAfterMs, message: `rate limited: ${actor.id} in ${scopeOf(place)}` },
    );
  }

  /** FORBIDDEN when admins limited clips to other channels. */
  checkChannel(place: Place, settings: EffectiveSettings): void {
    if (!settings.channels || settings.channels.includes(place.channelId)) return;
    throw new ReelbotError(ErrorCode.Forbidden, msg('error.admission.channel'), {
      message: `channel ${place.channelId} is not in the workspace's allowed channels`,
    });
  }

  /** The model a request gets: its own, else the workspace's default model or provider's first. */
  modelFor(
    requested: string | undefined,
    settings: EffectiveSettings,
    providers: ProviderRegistry = this.#deps.providers,
  ): string | undefined {
    if (requested !== undefined) return requested;
    const { logger } = this.#deps;
    if (settings.model) {
      if (providers.labelOf(settings.model)) return settings.model;
      logger.warn(
        { model: settings.model },
        'workspace default model is not offered any more; using the first',
      );
    }
    if (settings.provider) {
      const provider = providers.all().find((p) => p.name === settings.provider);
      const first = provider?.capabilities().models[0];
      if (first) return first.id;
    }
    return undefined;
  }

  /**
   * The prompt's content and the people it names: MODERATION_BLOCKED, or CONSENT_REQUIRED when it
   * names a member (not the author) who has not opted in with the consent command, or a cast
   * member (by mention, name or `@handle`) whose likeness the author may not use. Returns the cast
   * members whose likeness the clip will use (the author's own included when they name themselves).
   */
  async screen(request: {
    prompt: string;
    author: Member;
    place: Place;
    mentions?: readonly Member[];
  }): Promise<{ cast: CastCredit[] }> {
    await this.#deps.moderation.check(request.prompt);
    const scope = scopeOf(request.place);
    const [known, castRecords] = await Promise.all([
      this.#deps.store.members.list(scope),
      this.#deps.store.cast.list(scope),
    ]);
    // A cast member is named by their display name too, even before the bot met them otherwise.
    const knownIds = new Set(known.map((m) => m.id));
    const withCast = [
      ...known,
      ...castRecords
        .filter((r) => !knownIds.has(r.memberId))
        .map((r) => ({ id: r.memberId, name: r.name, consent: false })),
    ];
    const named = namedMembers(request.prompt, withCast, request.mentions);
    const cast = namedCast(
      request.prompt,
      castRecords.filter((r) => r.pictureIds.length > 0),
      named,
    );
    const castIds = new Set(cast.map((c) => c.memberId));
    const refusingCast = cast.filter((c) => !mayUseLikeness(c, request.author.id));
    const refusing = named.filter((m) => !castIds.has(m.id) && !m.consent && m.id !== request.author.id);
    if (refusingCast.length > 0) {
      const names = nameList([...refusingCast.map((c) => c.name), ...refusing.map((m) => m.name)]);
      const count = refusingCast.length + refusing.length;
      throw new ReelbotError(
        ErrorCode.ConsentRequired,
        msg('error.consent.likeness', { names, count, command: this.#deps.commandName }),
        {
          message: `prompt names members without consent: ${[...refusingCast.map((c) => c.memberId), ...refusing.map((m) => m.id)].join(', ')}`,
        },
      );
    }
    if (refusing.length > 0) {
      const names = nameList(refusing.map((m) => m.name));
      throw new ReelbotError(
        ErrorCode.ConsentRequired,
        msg('error.consent.appear', { names, count: refusing.length, command: this.#deps.commandName }),
        { message: `prompt names members without consent: ${refusing.map((m) => m.id).join(', ')}` },
      );
    }
    return { cast: cast.map((c) => ({ id: c.memberId, name: c.name })) };
  }

  /**
   * Check every budget and cap and reserve the clip's estimated cost, atomically; returns its
   * queue priority (1 + the member's clips already in flight, so one member's burst queues behind
   * everyone else's first clip). BUDGET_EXCEEDED names the limit and when it resets.
   */
  async reserve(clip: Clip, settings: EffectiveSettings): Promise<number> {
    const { store, clock, logger } = this.#deps;
    const now = clock.now();
    const reservation = {
      clipId: clip.id,
      scope: scopeOf(clip.place),
      memberId: clip.author.id,
      day: dayOf(now),
      month: monthOf(now),
      cents: toCents(clip.estimatedCostUsd),
      seconds: clip.options.durationS,
    };
    const result = await store.ledger.admit(reservation, settings.limits);
    if (!result.admitted) {
      logger.info(
        { clipId: clip.id, limit: result.limit, used: result.used, max: result.max },
        'admission refused',
      );
      throw budgetRefusal(result, reservation, now);
    }
    const priority = Math.min(MAX_PRIORITY, 1 + result.activeBefore);
    if (!result.repeated)
      logger.info({ clipId: clip.id, cents: reservation.cents, priority }, 'budget reserved');
    return priority;
  }

  /** Note the member (and their current name) so prompts naming them can be recognised. */
  async remember(place: Place, member: Member): Promise<void> {
    if (!member.bot) await this.#deps.store.members.remember(scopeOf(place), member);
  }
}

/**
 * The settings where a request is made, after checking that clips may be made in its channel;
 * undefined (and nothing checked) for a service built without admission.
 */
export async function settingsHere(
  admission: Admission | undefined,
  place: Place,
): Promise<EffectiveSettings | undefined> {
  const settings = await admission?.settingsFor(place);
  if (admission && settings) admission.checkChannel(place, settings);
  return settings;
}
