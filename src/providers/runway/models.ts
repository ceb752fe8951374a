import type { ModelCapabilities } from '../../core/capabilities.ts';
import type { RenderRequest } from '../../core/ports/video-provider.ts';
import { firstFrameDataUri } from '../shared/first-frame.ts';

/**
 * The Runway models reelbot offers (prices from runwayml/skills rw-api-reference; field values from
 * @runwayml/sdk 4.20.1 src/resources/text-to-video.ts). Sizes are WIDTHxHEIGHT and map one to one
 * to Runway's `ratio` strings (1280x720 -> "1280:720").
 *
 * Prices: Runway bills credits per second. A credit is probably $0.01, so gen4.5's 12 credits/s
 * is $0.12/s, but the credit price is UNCONFIRMED. Veo prices are with audio on,
 * which reelbot always asks for (40 and 15 credits/s).
 */
export interface RunwayModel {
  capabilities: ModelCapabilities;
  /** Whether the model takes `audio` (Veo does; gen4.5 has no sound track and rejects the key). */
  audioSwitch: boolean;
}

const VEO_SIZES = ['1280x720', '720x1280', '1920x1080', '1080x1920'];

/**
 * No model declares `extendMaxS`: @runwayml/sdk 4.20.1 has no extension call (its resources are
 * text/image/video-to-video, upscales, uploads, tasks…), so stories continue a Runway clip from
 * its last frame through image_to_video.
 */
// No model here takes a member's likeness (`references` unset): in @runwayml/sdk
// src/resources/text-to-video.ts only the hailuo3 and seedance2* variants carry `references`
// ("An optional array of image references (up to 9)", each a data URI up to 5MB); gen4.5 and Veo
// take only a `promptImage` first frame. Offering seedance2 here would bring references.

export const RUNWAY_MODELS: readonly RunwayModel[] = [
  {
    capabilities: {
      id: 'gen4.5',
      label: 'Runway Gen-4.5',
      durationsS: [2, 3, 4, 5, 6, 7, 8, 9, 10],
      // Text-to-video takes these two; image-to-video would take four more, unused here.
      sizes: ['1280x720', '720x1280'],
      audio: false,
      imageInput: true,
      remix: false,
      usdPerSecond: { '*': 0.12 },
    },
    audioSwitch: false,
  },
  {
    capabilities: {
      id: 'veo3.1',
      label: 'Veo 3.1 (Runway)',
      durationsS: [4, 6, 8],
      sizes: VEO_SIZES,
      audio: true,
      imageInput: true,
      remix: false,
      usdPerSecond: { '*': 0.4 },
    },
    audioSwitch: true,
  },
  {
    capabilities: {
      id: 'veo3.1_fast',
      label: 'Veo 3.1 Fast (Runway)',
      durationsS: [4, 6, 8],
      sizes: VEO_SIZES,
      audio: true,
      imageInput: true,
      remix: false,
      usdPerSecond: { '*': 0.15 },
    },
    audioSwitch: true,
  },
];

/** Runway's `ratio` for a size: 1280x720 -> 1280:720. */
export function ratioOf(size: string): string {
  return size.replace('x', ':');
}

/**
 * The create call for a request: text_to_video, or image_to_video when it starts from a
 * reference image (`promptImage`; Runway wants an HTTPS URL on a domain, or a data URI). Veo gets
 * `audio: true` (it "affects pricing", and the price above assumes it); gen4.5 takes no such key.
 */
export function createParamsFor(
  model: RunwayModel,
  request: RenderRequest,
): { endpoint: 'text' | 'image'; body: Record<string, unknown> } {
  const body = {
    model: model.capabilities.id,
    promptText: request.prompt,
    ratio: ratioOf(request.size),
    duration: request.durationS,
    ...(model.audioSwitch ? { audio: true } : {}),
  };
  const image = request.firstFrame
    ? firstFrameDataUri(request.firstFrame, { maxBytes: RUNWAY_DATA_URI_MAX_BYTES, provider: 'runway' })
    : request.referenceImageUrl;
  return image ? { endpoint: 'image', body: { ...body, promptImage: image } } : { endpoint: 'text', body };
}

/**
 * An image given as a data URI may be at most 5 MB ("Data URI size limit", Image: 5MB,
 * https://docs.dev.runwayml.com/assets/inputs/): a first frame goes inline, never as a link.
 */
export const RUNWAY_DATA_URI_MAX_BYTES = 5 * 1024 * 1024;
