import { aspectOf, type ModelCapabilities } from '../../core/capabilities.ts';
import type { RenderRequest } from '../../core/ports/video-provider.ts';

/**
 * The fal video families reelbot offers: one entry per family, reached by endpoint id
 * (field names and values from @fal-ai/client
 * 1.10.1 types/endpoints.ts). Each entry knows its text-to-video endpoint (the model id members
 * pick), the image-to-video endpoint used when a reference image is given, and how to turn our
 * RenderRequest into that family's input. Sizes are WIDTHxHEIGHT: fal takes `aspect_ratio` plus a
 * `resolution` naming the short side (Veo 720p 16:9 = 1280x720).
 */
export interface FalModel {
  capabilities: ModelCapabilities;
  /** The endpoint that starts from `referenceImageUrl`. */
  imageEndpoint: string;
  /**
   * The endpoint that renders a subject from reference pictures (`capabilities.references` of
   * them), taking the text endpoint's fields plus `image_urls`; absent where the family has none.
   */
  referenceEndpoint?: string;
  /** The family's input fields for one request (`withImage`: for the image endpoint). */
  input(request: RenderRequest, withImage: boolean): Record<string, unknown>;
}

/** `720p` for 1280x720 and 720x1280: fal's resolution names the short side. */
function resolutionOf(size: string): string {
  const [w = 0, h = 0] = size.split('x').map(Number);
  return `${Math.min(w, h)}p`;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Veo 3.1 takes "4s", "6s", "8s"; generate_audio defaults to true, sent anyway (it sets the price). */
function veoInput(request: RenderRequest, withImage: boolean): Record<string, unknown> {
  return {
    prompt: request.prompt,
    duration: `${request.durationS}s`,
    aspect_ratio: aspectOf(request.size),
    resolution: resolutionOf(request.size),
    generate_audio: true,
    ...(withImage ? { image_url: request.referenceImageUrl } : {}),
  };
}

/**
 * No fal model declares `extendMaxS`, so stories continue fal clips from their last frame. fal's
 * only extension endpoints are Veo 3.1's (`fal-ai/veo3.1/extend-video` and `/fast/extend-video`;
 * @fal-ai/client 1.10.1 types/endpoints.ts has none for Kling or Seedance), and they take "Input
 * videos up to 8 seconds in length" (https://fal.ai/models/fal-ai/veo3.1/extend-video/api), so at
 * most one 7 s extension per clip; whether the result is the whole video or only the
 * continuation is not stated there, and VideoProvider.extend promises the whole video.
 */
export const FAL_MODELS: readonly FalModel[] = [
  {
    capabilities: {
      id: 'fal-ai/veo3.1',
      label: 'Veo 3.1',
      durationsS: [4, 6, 8],
      // 4k exists at $0.60/s, left out: an 8 s 4k clip is far over every chat upload limit.
      sizes: ['1280x720', '720x1280', '1920x1080', '1080x1920'],
      audio: true,
      imageInput: true,
      remix: false,
      // Subject reference pictures: fal-ai/veo3.1/reference-to-video takes `image_urls`, "URLs of
      // the reference images to use for consistent subject appearance" (@fal-ai/client 1.10.1
      // src/types/endpoints.ts, Veo31ReferenceToVideoInput; https://fal.ai/models/fal-ai/veo3.1/reference-to-video/api);
      // UNCONFIRMED: at most 3; the client's types give no maximum, 3 is what Google documents
      // for Veo 3.1 subject references (https://ai.google.dev/gemini-api/docs/video), not checked here.
      references: 3,
      // $0.40/s with audio at 720p and 1080p (https://fal.ai/models/fal-ai/veo3.1/llms.txt).
      usdPerSecond: { '*': 0.4 },
    },
    imageEndpoint: 'fal-ai/veo3.1/image-to-video',
    referenceEndpoint: 'fal-ai/veo3.1/reference-to-video',
    input: veoInput,
  },
  {
    capabilities: {
      id: 'fal-ai/veo3.1/fast',
      label: 'Veo 3.1 Fast',
      durationsS: [4, 6, 8],
      sizes: ['1280x720', '720x1280', '1920x1080', '1080x1920'],
      audio: true,
      imageInput: true,
      remix: false,
      // UNCONFIRMED: $0.15/s with audio, from a 2025 transcription of fal's page (henjicc/Henji-AI).
      usdPerSecond: { '*': 0.15 },
    },
    imageEndpoint: 'fal-ai/veo3.1/fast/image-to-video',
    input: veoInput,
  },
  {
    capabilities: {
      id: 'fal-ai/kling-video/v3/pro/text-to-video',
      label: 'Kling 3 Pro',
      durationsS: range(3, 15),
      // Kling takes an aspect ratio but no resolution; its output size is UNCONFIRMED (1080p assumed).
      sizes: ['1920x1080', '1080x1920', '1080x1080'],
      audio: true,
      imageInput: true,
      remix: false,
      // UNCONFIRMED: $0.168/s with audio (third-party: forgedemy's fal-models.md).
      usdPerSecond: { '*': 0.168 },
    },
    imageEndpoint: 'fal-ai/kling-video/v3/pro/image-to-video',
    input: (request, withImage) => ({
      prompt: request.prompt,
      // Durations are strings "3".."15"; the image endpoint takes its aspect from the image.
      duration: String(request.durationS),
      generate_audio: true,
      ...(withImage
        ? { start_image_url: request.referenceImageUrl }
        : { aspect_ratio: aspectOf(request.size) }),
    }),
  },
  {
    capabilities: {
      id: 'bytedance/seedance-2.0/text-to-video',
      label: 'Seedance 2.0',
      durationsS: range(4, 15),
      // The client's types offer 480p and 720p; the price below is known for 720p only.
      sizes: ['1280x720', '720x1280'],
      audio: true,
      imageInput: true,
      remix: false,
      // UNCONFIRMED: about $0.30/s at 720p (aivideobootcamp, 2026-04), the same with or without audio.
      usdPerSecond: { '*': 0.3 },
    },
    imageEndpoint: 'bytedance/seedance-2.0/image-to-video',
    input: (request, withImage) => ({
      prompt: request.prompt,
      duration: String(request.durationS),
      aspect_ratio: aspectOf(request.size),
      resolution: resolutionOf(request.size),
      generate_audio: true,
      ...(withImage ? { image_url: request.referenceImageUrl } : {}),
    }),
  },
  {
    capabilities: {
      id: 'fal-ai/wan-25-preview/text-to-video',
      label: 'Wan 2.5',
      durationsS: [5, 10],
      sizes: ['1280x720', '720x1280', '1920x1080', '1080x1920'],
      // UNCONFIRMED: Wan 2.5 is described as generating its own sound track.
      audio: true,
      imageInput: true,
      remix: false,
      // UNCONFIRMED: no first-party price was found; these are estimates.
      usdPerSecond: { '1280x720': 0.1, '720x1280': 0.1, '1920x1080': 0.15, '1080x1920': 0.15 },
    },
    imageEndpoint: 'fal-ai/wan-25-preview/image-to-video',
    input: (request, withImage) => ({
      prompt: request.prompt,
      duration: String(request.durationS),
      resolution: resolutionOf(request.size),
      ...(withImage ? { image_url: request.referenceImageUrl } : { aspect_ratio: aspectOf(request.size) }),
    }),
  },
];
