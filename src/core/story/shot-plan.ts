import { toCents } from '../budget/money.ts';
import { type ModelCapabilities, priceFor } from '../capabilities.ts';
import type { ClipOptions } from '../clip/clip.ts';

/** A shot to be bought: what it shows and the options it is rendered with. */
export interface ShotPlan {
  prompt: string;
  options: ClipOptions;
  /** Whole cents in dollars, so the shots' charges add up to the reservation exactly. */
  estimatedCostUsd: number;
  firstFrameFrom?: string;
}

/** A shot's estimate in whole cents (rounded up, as the ledger reserves). */
export const centsOf = (model: ModelCapabilities, options: ClipOptions) =>
  toCents(priceFor(model, options.size, options.durationS));

/** Whole cents per shot, summed: what is reserved is exactly what the shots can be charged. */
export const planCents = (plans: readonly ShotPlan[]) =>
  plans.reduce((sum, plan) => sum + toCents(plan.estimatedCostUsd), 0);
