import type { ModelCapabilities } from '../capabilities.ts';
import { ValidationError } from '../errors.ts';
import { msg } from '../i18n/message.ts';
import type { VideoProvider } from '../ports/video-provider.ts';
import type { ProviderRegistry } from '../providers.ts';

/** The most pictures one member keeps (issue 16: "up to 3 reference pictures"). */
export const CAST_PICTURES_MAX = 3;
/** How many clips `/sora cast list` shows. */
export const CAST_LIST_MAX = 20;

/** Handles are short words: letters, digits, `_`, `.` and `-`, starting with a letter or digit. */
const HANDLE = /^[a-z0-9][a-z0-9_.-]{1,30}[a-z0-9]$/;
/** Words chat platforms treat as mass mentions (Discord @everyone/@here, Slack @channel…). */
const RESERVED = new Set([
  'everyone',
  'here',
  'channel',
  'all',
  'group',
  'admin',
  'admins',
  'reelbot',
  'sora',
]);

/**
 * A member's chosen handle, lower-cased, or a ValidationError saying what a handle may be. Refused:
 * anything shaped like a mention (`<@…>`, a leading `@`, a mass mention), a platform member id
 * (Discord's all-digit snowflakes, Slack's `U…`/`W…` ids), or characters outside the set.
 */
export function normalizeHandle(raw: string): string {
  const text = raw.normalize('NFKC').trim().replace(/^@/, '');
  if (/[<>@#&!|:]/.test(text) || /^\d+$/.test(text) || /^[UWB][A-Z0-9]{6,}$/.test(text)) {
    throw new ValidationError(msg('error.cast.handleMention'), 'name');
  }
  const handle = text.toLowerCase();
  if (!HANDLE.test(handle)) {
    throw new ValidationError(msg('error.cast.handleShape'), 'name');
  }
  if (RESERVED.has(handle)) {
    throw new ValidationError(msg('error.cast.handleReserved', { handle }), 'name');
  }
  return handle;
}

/** The models that take reference pictures, best first (the providers' order of preference). */
export function referenceModels(
  providers: ProviderRegistry,
): { provider: VideoProvider; model: ModelCapabilities }[] {
  return providers.all().flatMap((provider) =>
    provider
      .capabilities()
      .models.filter((m) => (m.references ?? 0) > 0)
      .map((model) => ({ provider, model })),
  );
}

/**
 * Which model renders a clip that uses a likeness: the one asked for (or the workspace default)
 * when it takes reference pictures; else, when the member named none, the first configured model
 * that does. A model asked for by name that takes none is refused with the ones that do.
 */
export function modelForCast(
  providers: ProviderRegistry,
  chosen: ModelCapabilities,
  explicit: boolean,
): ModelCapabilities | undefined {
  if ((chosen.references ?? 0) > 0) return chosen;
  const candidates = referenceModels(providers);
  if (candidates.length === 0) return undefined;
  if (explicit) {
    throw new ValidationError(
      msg('error.cast.modelNoLikeness', {
        model: chosen.label,
        models: candidates.map((c) => c.model.label).join(', '),
      }),
      'model',
    );
  }
  return candidates[0]!.model;
}

/**
 * Which provider reelbot can send likeness pictures to, for the refusal when none configured here
 * takes them: only what src/providers implements, so the advice works when followed.
 * - fal: Veo 3.1 reference-to-video, `image_urls` (@fal-ai/client 1.10.1 src/types/endpoints.ts,
 *   Veo31ReferenceToVideoInput; https://fal.ai/models/fal-ai/veo3.1/reference-to-video/api).
 * Not yet sent, though the APIs take them: fal's Kling O3 `elements` and Seedance
 * reference-to-video, and Runway's Seedance 2 `references` (@runwayml/sdk
 * src/resources/text-to-video.ts, Seedance2.references, "up to 9"; reelbot offers no Seedance model there).
 */
export const PROVIDERS_WITH_REFERENCES = msg('error.cast.providersWithReferences');
