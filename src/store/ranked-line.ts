/**
 * The in-memory twin of a Redis sorted set used as a line: members ordered by score, ties by id
 * (Redis orders equal scores by member bytes), with the rank of a member found by binary search,
 * so asking for a place costs O(log n) as ZRANK does.
 */
export class RankedLine {
  readonly #entries: { score: number; id: string }[] = [];
  readonly #scores = new Map<string, number>();

  get size(): number {
    return this.#entries.length;
  }

  /** Add a member, or move it to a new score. */
  add(id: string, score: number): void {
    this.remove(id);
    const at = this.#search(score, id);
    this.#entries.splice(at, 0, { score, id });
    this.#scores.set(id, score);
  }

  remove(id: string): void {
    const score = this.#scores.get(id);
    if (score === undefined) return;
    this.#entries.splice(this.#search(score, id), 1);
    this.#scores.delete(id);
  }

  /** 0-based rank, or undefined for a non-member. */
  rank(id: string): number | undefined {
    const score = this.#scores.get(id);
    return score === undefined ? undefined : this.#search(score, id);
  }

  /** The first index whose entry is not before (score, id). */
  #search(score: number, id: string): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const entry = this.#entries[mid]!;
      if (entry.score < score || (entry.score === score && entry.id < id)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
