/**
 * Runs critical sections one at a time, in call order. The in-memory repositories use it where
 * their Redis twins use a Lua script: a check-then-write must never interleave with another.
 */
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(section);
    // The next section waits for this one whether it succeeds or throws.
    this.#tail = result.catch(() => {});
    return result;
  }
}
