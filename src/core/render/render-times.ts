/**
 * How long renders took, per model, as this process saw them: the last `window` render times of
 * each model, kept sorted, so the running median (robust to the odd stuck render, which a mean is
 * not) and the median of the renders that outlasted a given time are a binary search away. Memory
 * is bounded: `window` numbers per model and at most `maxModels` models, the one seen least
 * recently forgotten first.
 */
export class RenderTimes {
  readonly #window: number;
  readonly #maxModels: number;
  /** Per model: samples in arrival order (to drop the oldest) and the same sorted. Map order = recency. */
  readonly #models = new Map<string, { arrived: number[]; sorted: number[] }>();

  constructor(options: { window?: number; maxModels?: number } = {}) {
    this.#window = Math.max(1, options.window ?? 50);
    this.#maxModels = Math.max(1, options.maxModels ?? 100);
  }

  /** Note a render of `model` that took `ms` from starting to render to done. */
  note(model: string, ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    let samples = this.#models.get(model);
    if (samples) this.#models.delete(model);
    else samples = { arrived: [], sorted: [] };
    this.#models.set(model, samples);
    if (this.#models.size > this.#maxModels) this.#models.delete(this.#models.keys().next().value!);
    if (samples.arrived.length === this.#window) {
      const oldest = samples.arrived.shift()!;
      samples.sorted.splice(lowerBound(samples.sorted, oldest), 1);
    }
    samples.arrived.push(ms);
    samples.sorted.splice(upperBound(samples.sorted, ms), 0, ms);
  }

  /** The median render time of `model` over its window, or undefined before one was seen. */
  median(model: string): number | undefined {
    const sorted = this.#models.get(model)?.sorted;
    return sorted && sorted.length > 0 ? medianOf(sorted, 0) : undefined;
  }

  /**
   * Time left for a render of `model` that has run `elapsedMs`: the median of the renders seen
   * that took longer than that, minus what has passed. Undefined when none took that long (the
   * learned times say nothing about a render this slow).
   */
  remainingAfter(model: string, elapsedMs: number): number | undefined {
    const sorted = this.#models.get(model)?.sorted;
    if (!sorted) return undefined;
    const from = upperBound(sorted, elapsedMs);
    return from < sorted.length ? medianOf(sorted, from) - elapsedMs : undefined;
  }

  /** Samples kept for `model` (bounded by the window). */
  count(model: string): number {
    return this.#models.get(model)?.sorted.length ?? 0;
  }

  /** Models with samples (bounded by `maxModels`). */
  get models(): number {
    return this.#models.size;
  }
}

/** The median of `sorted[from..]`. */
function medianOf(sorted: readonly number[], from: number): number {
  const n = sorted.length - from;
  const mid = from + (n >> 1);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The first index whose value is not below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is above `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
