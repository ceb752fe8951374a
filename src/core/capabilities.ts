/** What one model behind a provider can make, and what it costs. Drives choices and validation. */
export interface ModelCapabilities {
  /** The id the provider knows the model by. */
  id: string;
  /** A name members recognise. */
  label: string;
  /** Clip lengths the model offers, in seconds, ascending. */
  durationsS: readonly number[];
  /** Frame sizes as WIDTHxHEIGHT; the first is the default. */
  sizes: readonly string[];
  /** True when the clip comes with a sound track. */
  audio: boolean;
  /** True when a reference image can start the clip. */
  imageInput: boolean;
  /** True when a finished clip can be remixed by the provider itself. */
  remix: boolean;
  /** Longest whole video (seconds) the provider's own `extend` can make of this model's clips; absent when it cannot extend. */
  extendMaxS?: number;
  /** Price in USD per second of output, by size (`*` for any size). */
  usdPerSecond: Readonly<Record<string, number>>;
}

/** Everything a provider offers. */
export interface ProviderCapabilities {
  provider: string;
  /** The first model is the default. */
  models: readonly ModelCapabilities[];
}

/** Aspect ratios members can ask for by name. */
export const ASPECTS = { landscape: '16:9', portrait: '9:16', square: '1:1' } as const;
export type AspectName = keyof typeof ASPECTS;

/**
 * The shape of a clip whose member named none, until a workspace's admins set `aspect`:
 * landscape, because chat clients lay a video out at the width of the message column, so on a
 * desktop a 16:9 clip plays large and a 9:16 one as a narrow strip. Not the model's first size,
 * which for Sora was portrait.
 */
export const DEFAULT_ASPECT: AspectName = 'landscape';

export function priceFor(model: ModelCapabilities, size: string, durationS: number): number {
  const perSecond = model.usdPerSecond[size] ?? model.usdPerSecond['*'] ?? 0;
  return Math.round(perSecond * durationS * 100) / 100;
}

/** The aspect ratio of a WIDTHxHEIGHT size, reduced (1280x720 -> 16:9). */
export function aspectOf(size: string): string {
  const [w, h] = size.split('x').map(Number);
  if (!w || !h) return size;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(w, h);
  const ratio = `${w / d}:${h / d}`;
  // 1792x1024 reduces to 7:4; members think of it as wide, so name the nearest common ratio.
  if (ratio === '16:9' || ratio === '9:16' || ratio === '1:1') return ratio;
  return w > h ? '16:9' : w < h ? '9:16' : '1:1';
}
