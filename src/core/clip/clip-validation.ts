import type { ModelCapabilities } from '../capabilities.ts';
import { modelForCast, PROVIDERS_WITH_REFERENCES } from '../cast/cast-rules.ts';
import { ErrorCode, ReelbotError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { Place } from '../place.ts';
import type { VideoProvider } from '../ports/video-provider.ts';
import type { ProviderRegistry } from '../providers.ts';
import type { EffectiveSettings } from '../workspace/settings.ts';
import { type Admission, settingsHere } from './admission.ts';
import type { ClipOptions } from './clip.ts';
import { normalizePrompt, type OptionsInput, resolveClipOptions } from './clip-options.ts';

/** A request's checked prompt, model and options. */
export interface Validated {
  prompt: string;
  provider: VideoProvider;
  model: ModelCapabilities;
  options: ClipOptions;
  settings: EffectiveSettings | undefined;
}

/** Channel, prompt, model and options: what a request asks for, or a ValidationError. */
export async function validateRequest(
  providers: ProviderRegistry,
  admission: Admission | undefined,
  request: { prompt: string; options: OptionsInput; place: Place },
): Promise<Validated> {
  const settings = await settingsHere(admission, request.place);
  const prompt = normalizePrompt(request.prompt);
  const modelId =
    admission && settings
      ? admission.modelFor(request.options.model, settings, providers)
      : request.options.model;
  const { provider, model } = providers.resolveModel(modelId);
  const options = resolveClipOptions(request.options, model, settings?.aspect);
  return { prompt, provider, model, options, settings };
}

/**
 * The model and options for a clip that uses a likeness: the chosen model when it takes
 * reference pictures, else the first configured one that does (unless the member named a model).
 * REFERENCES_UNSUPPORTED, naming the providers that would, when no configured model takes them.
 */
export function routeForCast(
  providers: ProviderRegistry,
  requested: OptionsInput,
  validated: Validated,
): Validated {
  const routed = modelForCast(providers, validated.model, requested.model !== undefined);
  if (!routed) {
    throw new ReelbotError(
      ErrorCode.ReferencesUnsupported,
      msg('error.clip.referencesUnsupported', { providers: PROVIDERS_WITH_REFERENCES }),
      { message: 'no configured model takes reference images' },
    );
  }
  if (routed === validated.model) return validated;
  const { provider, model } = providers.resolveModel(routed.id);
  const options = resolveClipOptions({ ...requested, model: routed.id }, model, validated.settings?.aspect);
  return { ...validated, provider, model, options };
}
