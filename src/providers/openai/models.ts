import type { ModelCapabilities } from '../../core/capabilities.ts';

/**
 * Longest whole video `videos.extend` makes: each extension adds 4-20 s, at most six per video
 * and 120 s in total (the Videos API guide's "Extensions" section,
 * https://developers.openai.com/api/docs/guides/video-generation).
 */
export const SORA_EXTEND_MAX_S = 120;

/**
 * The Sora 2 models as the Videos API offered them (sizes and standard prices: OpenAI's sora-2 model page).
 * The API also took 16 and 20 s from 2026-03-12, but the SDK's type never did; reelbot offers the
 * lengths every client can send. The first size is the API's default (portrait).
 *
 * None takes a member's likeness (`references` unset): openai-node src/resources/videos.ts gives
 * `input_reference` (one image, the first frame) on create, and characters only from an uploaded
 * video (`createCharacter`), not from pictures.
 */
export const SORA_MODELS: readonly ModelCapabilities[] = [
  {
    id: 'sora-2',
    label: 'Sora 2',
    durationsS: [4, 8, 12],
    sizes: ['720x1280', '1280x720'],
    audio: true,
    imageInput: true,
    remix: true,
    extendMaxS: SORA_EXTEND_MAX_S,
    usdPerSecond: { '720x1280': 0.1, '1280x720': 0.1 },
  },
  {
    id: 'sora-2-pro',
    label: 'Sora 2 Pro',
    durationsS: [4, 8, 12],
    sizes: ['720x1280', '1280x720', '1024x1792', '1792x1024', '1080x1920', '1920x1080'],
    audio: true,
    imageInput: true,
    remix: true,
    extendMaxS: SORA_EXTEND_MAX_S,
    usdPerSecond: {
      '720x1280': 0.3,
      '1280x720': 0.3,
      '1024x1792': 0.5,
      '1792x1024': 0.5,
      // The 1080p price comes from one secondary source only (UNCONFIRMED).
      '1080x1920': 0.7,
      '1920x1080': 0.7,
    },
  },
];
