import { aspectOf, type ModelCapabilities } from './capabilities.ts';
import type { Clip, ClipOptions } from './clip/clip.ts';
import { ErrorCode, ReelbotError } from './errors.ts';
import { msg } from './i18n/message.ts';
import type { VideoProvider } from './ports/video-provider.ts';

/** The configured providers, in order of preference. */
export class ProviderRegistry {
  readonly #providers: VideoProvider[];

  constructor(providers: VideoProvider[]) {
    if (providers.length === 0) throw new Error('ProviderRegistry needs at least one provider');
    this.#providers = providers;
  }

  /** The preferred provider. */
  primary(): VideoProvider {
    return this.#providers[0]!;
  }

  all(): readonly VideoProvider[] {
    return this.#providers;
  }

  get(name: string): VideoProvider {
    const provider = this.#providers.find((p) => p.name === name);
    if (!provider) {
      throw new ReelbotError(ErrorCode.ProviderUnavailable, msg('error.provider.notConfigured', { name }));
    }
    return provider;
  }

  /** Whether the clip's own provider can edit the video it made (provider-side remix). */
  canEdit(clip: Pick<Clip, 'provider' | 'options' | 'providerJobId'>): boolean {
    const provider = this.#providers.find((p) => p.name === clip.provider);
    const model = provider?.capabilities().models.find((m) => m.id === clip.options.model);
    return Boolean(provider?.remix && model?.remix && clip.providerJobId);
  }

  /** The label members know a model by, from whichever provider offers it. */
  labelOf(modelId: string): string | undefined {
    for (const provider of this.#providers) {
      const model = provider.capabilities().models.find((m) => m.id === modelId);
      if (model) return model.label;
    }
    return undefined;
  }

  /**
   * The next provider, in order of preference and not in `exclude`, that can make a clip with
   * these options: exactly if any can, else the nearest length in the same aspect ratio, with a
   * sentence saying what changed. Undefined when no other provider can make it at all. With
   * `needs.references`, only models taking at least that many reference pictures stand in.
   */
  standIn(
    options: ClipOptions,
    exclude: readonly string[],
    needs: { references?: number } = {},
  ): StandIn | undefined {
    const candidates = this.#providers
      .filter((p) => !exclude.includes(p.name))
      .flatMap((provider) => provider.capabilities().models.map((model) => ({ provider, model })))
      .filter(({ model }) => !options.referenceImageUrl || model.imageInput)
      .filter(({ model }) => (model.references ?? 0) >= (needs.references ?? 0));
    // The same model on another provider first (a gateway serving it too), then any other.
    candidates.sort((a, b) => Number(b.model.id === options.model) - Number(a.model.id === options.model));
    const exact = candidates.find(
      ({ model }) => model.durationsS.includes(options.durationS) && model.sizes.includes(options.size),
    );
    if (exact) return { ...exact, options: { ...options, model: exact.model.id } };
    const aspect = aspectOf(options.size);
    for (const { provider, model } of candidates) {
      const size = model.sizes.find((s) => aspectOf(s) === aspect);
      if (!size) continue;
      const durationS = nearest(model.durationsS, options.durationS);
      return { provider, model, options: { ...options, model: model.id, durationS, size } };
    }
    return undefined;
  }

  /** The provider and model that serve a model id (or the default model when omitted). */
  resolveModel(modelId?: string): { provider: VideoProvider; model: ModelCapabilities } {
    for (const provider of this.#providers) {
      const models = provider.capabilities().models;
      const model = modelId === undefined ? models[0] : models.find((m) => m.id === modelId);
      if (model) return { provider, model };
    }
    const known = this.#providers.flatMap((p) => p.capabilities().models.map((m) => m.id));
    throw new ReelbotError(
      ErrorCode.InvalidInput,
      msg('error.model.unknown', { model: String(modelId), models: known.join(', ') }),
      { field: 'model' },
    );
  }
}

/** Another provider and model that can make a clip, with the options it takes (failover's notice says what changed). */
export interface StandIn {
  provider: VideoProvider;
  model: ModelCapabilities;
  options: ClipOptions;
}

function nearest(values: readonly number[], target: number): number {
  return values.reduce((best, v) => (Math.abs(v - target) < Math.abs(best - target) ? v : best), values[0]!);
}
