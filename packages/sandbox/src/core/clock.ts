/**
 * The sandbox's time. It follows `Date.now()` (so Vitest's fake timers drive it too) plus an offset
 * that `advance` adds: a test can expire a code or end a rate-limit window without waiting.
 */
export class SandboxClock {
  #offset = 0

  /** Milliseconds since the epoch, as the sandbox sees them. */
  now(): number {
    return Date.now() + this.#offset
  }

  /** Moves the sandbox's time forward (codes expire, rate-limit windows end). */
  advance(milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
      throw new RangeError(`sandbox.clock.advance: expected a duration ≥ 0 in ms, got ${milliseconds}`)
    this.#offset += milliseconds
  }

  /** Back to following `Date.now()` exactly. */
  reset(): void {
    this.#offset = 0
  }
}
