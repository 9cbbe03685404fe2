/**
 * Deterministic ids in Clerk's formats (`user_1`, `sia_2`, …): one counter per prefix, so the same
 * test always sees the same ids.
 */
export class IdGenerator {
  #counters = new Map<string, number>()

  next(prefix: string): string {
    const value = (this.#counters.get(prefix) ?? 0) + 1
    this.#counters.set(prefix, value)
    return `${prefix}_${value}`
  }
}
