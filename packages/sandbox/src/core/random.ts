/**
 * A seeded pseudo-random source (mulberry32): codes differ on every send, yet a test with the same
 * seed sees the same codes. Not for real secrets.
 */
export class SeededRandom {
  #state: number

  constructor(seed: number) {
    this.#state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** `length` decimal digits, e.g. a one-time code. */
  digits(length: number): string {
    let code = ''
    for (let index = 0; index < length; index++) code += Math.floor(this.next() * 10).toString()
    return code
  }

  /** `length` characters from `alphabet`, e.g. a link token or a backup code. */
  token(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
    let token = ''
    for (let index = 0; index < length; index++) token += alphabet[Math.floor(this.next() * alphabet.length)]
    return token
  }
}
