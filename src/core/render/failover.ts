import { priceFor } from '../capabilities.ts';
import type { Clip, ClipOptions } from '../clip/clip.ts';
import { ErrorCode, type ReelbotError } from '../errors.ts';
import { type Message, msg } from '../i18n/message.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { ProviderRegistry } from '../providers.ts';

export interface FailoverSettings {
  /** Transient failures (429, 5xx) in a row on one clip before its provider is given up on. */
  failoverAfter: number;
  /** How long a provider that failed over is skipped by every other clip. */
  providerDownMs: number;
}

/** Errors that mean the provider cannot make this clip now, whatever we retry. */
const LOST = new Set<string>([ErrorCode.ModelNotFound, ErrorCode.ProviderAuth]);
/** Errors that mean the provider may be down; failed over after `failoverAfter` in a row. */
const FLAKY = new Set<string>([ErrorCode.ProviderUnavailable, ErrorCode.ProviderRateLimited]);

const downKey = (provider: string) => `provider-down:${provider}`;

/**
 * Moves a clip to the next provider that can make it when its provider is gone (the model was
 * retired, the key revoked) or keeps failing. Only clips the provider has not accepted fail over
 * on transient errors; an accepted job fails over only when the provider says it no longer exists,
 * so a clip is never bought twice from a provider that is still making it. The first failover of
 * a provider marks it down for everyone and is logged once for operators, not once per clip.
 */
export interface FailoverDeps {
  store: Store;
  providers: ProviderRegistry;
  clock: Clock;
  settings: FailoverSettings;
  /**
   * The providers the clip's workspace may use, in its failover order (its own keys' first,
   * src/core/keys/workspace-providers.ts). Unset: the operator's.
   */
  providersFor?: (place: Clip['place']) => Promise<ProviderRegistry>;
}

export class Failover {
  readonly #deps: FailoverDeps;

  constructor(deps: FailoverDeps) {
    this.#deps = deps;
  }

  /** True when the clip's provider was marked down by an earlier failover. */
  isDown(provider: string): Promise<boolean> {
    return this.#deps.store.keyValue.has(downKey(provider));
  }

  /** Whether this error, after `retries` earlier ones, should move the clip elsewhere. */
  wants(clip: Clip, error: ReelbotError, retries: number): boolean {
    if (LOST.has(error.code)) return true;
    const accepted = clip.providerJobId !== undefined;
    return !accepted && FLAKY.has(error.code) && retries + 1 >= this.#deps.settings.failoverAfter;
  }

  /**
   * Re-queue the clip on a stand-in provider; `downAs` is what is marked down (a workspace's own
   * key fails for that workspace alone: `downName`). Returns the updated clip, or undefined when no
   * other provider can make it (the caller then fails it with the original error).
   */
  async move(clip: Clip, code: ErrorCode, log: Logger, downAs = clip.provider): Promise<Clip | undefined> {
    const { store, clock, settings } = this.#deps;
    // An edit changes one provider's own video: no other provider can stand in.
    if (clip.origin === 'edit') return undefined;
    const providers = (await this.#deps.providersFor?.(clip.place)) ?? this.#deps.providers;
    const tried = [...(clip.attempts ?? []).map((a) => a.provider), clip.provider];
    // A clip with a member's likeness needs a stand-in that takes their pictures too.
    const next = providers.standIn(clip.options, tried, clip.cast?.length ? { references: 1 } : {});
    if (!next) return undefined;

    if (await store.keyValue.claim(downKey(downAs), settings.providerDownMs)) {
      log.warn(
        { provider: clip.provider, code, standIn: next.provider.name, downForMs: settings.providerDownMs },
        `video provider "${clip.provider}" failed over to "${next.provider.name}" (${code}); new clips skip it for a while`,
      );
    }
    const from = providers.labelOf(clip.options.model) ?? clip.options.model;
    const changes = changed(clip.options, next.options);
    const notice = changes
      ? msg('card.notice.standInAdjusted', { model: next.model.label, from, changes })
      : msg('card.notice.standIn', { model: next.model.label, from });
    return store.clips.update(
      clip.id,
      {
        state: 'queued',
        provider: next.provider.name,
        options: next.options,
        providerJobId: undefined,
        submitStartedAt: undefined,
        submittedAt: undefined,
        renderStartedAt: undefined,
        placeInLine: undefined,
        reading: undefined,
        progress: 0,
        retries: 0,
        estimatedCostUsd: priceFor(next.model, next.options.size, next.options.durationS),
        notice,
        attempts: [
          ...(clip.attempts ?? []),
          {
            provider: clip.provider,
            model: clip.options.model,
            ...(clip.providerJobId ? { providerJobId: clip.providerJobId } : {}),
            code,
            at: clock.now(),
          },
        ],
        updatedAt: clock.now(),
      },
      ['queued', 'submitted', 'rendering'],
    );
  }
}

/**
 * What the stand-in changed, for the card in its language (ProviderRegistry.standIn keeps the
 * same aspect ratio and picks the nearest length): undefined when it makes the clip as asked.
 */
function changed(asked: ClipOptions, made: ClipOptions): Message | undefined {
  const duration = made.durationS !== asked.durationS;
  const size = made.size !== asked.size;
  if (duration && size) {
    return msg('card.notice.changed.both', {
      to: made.durationS,
      from: asked.durationS,
      toSize: made.size,
      fromSize: asked.size,
    });
  }
  if (duration) return msg('card.notice.changed.duration', { to: made.durationS, from: asked.durationS });
  if (size) return msg('card.notice.changed.size', { to: made.size, from: asked.size });
  return undefined;
}
