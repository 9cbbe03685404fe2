import { escapeRegExp } from './escape-reg-exp'

/**
 * Which requests a fault applies to:
 * - `'POST /client/sign_ins'`, `'POST /client/sign_ins/:id/attempt_first_factor'` (`:name` matches one
 *   segment, a trailing `/*` any rest), `'/client/sign_ins'` (any method), `'*'` (every request);
 * - a RegExp tested against `'METHOD /path'`;
 * - a predicate over the normalised method and path.
 */
export type RouteMatcher = string | RegExp | ((request: { method: string; path: string }) => boolean)

export interface FaultOptions {
  /** How many matching requests it affects; default 1. `Infinity` keeps it until `faults.clear()`. */
  times?: number
}

/** What an injected failure answers instead of the simulator. */
export type Failure =
  | { kind: 'status'; status: number }
  | { kind: 'rate_limit'; retryAfterSeconds: number }
  | { kind: 'network' }

type Effect = Failure | { kind: 'latency'; milliseconds: number }

interface Rule {
  description: string
  matches: (method: string, path: string) => boolean
  effect: Effect
  remaining: number
}

function compile(route: RouteMatcher): (method: string, path: string) => boolean {
  if (typeof route === 'function') return (method, path) => route({ method, path })
  if (route instanceof RegExp) return (method, path) => route.test(`${method} ${path}`)
  if (route === '*') return () => true
  const [first, second] = route.trim().split(/\s+/)
  const method = second === undefined ? null : first?.toUpperCase()
  const pattern = second ?? first ?? ''
  const source = pattern
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
    .join('/')
  const regexp = new RegExp(`^${source}$`)
  return (requestMethod, path) => (method === null || method === requestMethod) && regexp.test(path)
}

const describe = (route: RouteMatcher) => (typeof route === 'function' ? 'a custom route' : String(route))

/**
 * Injected failures and latency, per route, for the next N matching requests. Latency waits with
 * `setTimeout`, so Vitest's fake timers control it: no real waiting in tests.
 */
export class Faults {
  #rules: Rule[] = []

  /** Delays matching answers by `milliseconds` (then answers normally, or with another fault). */
  latency(route: RouteMatcher, milliseconds: number, options: FaultOptions = {}): this {
    return this.#add(route, { kind: 'latency', milliseconds }, options)
  }

  /** Answers matching requests with a 5xx (default 500) and Clerk's internal error body. */
  serverError(route: RouteMatcher, options: FaultOptions & { status?: 500 | 502 | 503 | 504 } = {}): this {
    return this.#add(route, { kind: 'status', status: options.status ?? 500 }, options)
  }

  /** Answers matching requests with 429 `too_many_requests` and a `retry-after` header (default 30 s). */
  rateLimit(route: RouteMatcher, options: FaultOptions & { retryAfterSeconds?: number } = {}): this {
    return this.#add(route, { kind: 'rate_limit', retryAfterSeconds: options.retryAfterSeconds ?? 30 }, options)
  }

  /** Makes matching requests fail as if the network dropped (fetch rejects). */
  networkError(route: RouteMatcher, options: FaultOptions = {}): this {
    return this.#add(route, { kind: 'network' }, options)
  }

  /** Removes every fault that has not fired yet. */
  clear(): void {
    this.#rules = []
  }

  /** Faults still armed, e.g. `['status 500 on POST /client/sign_ins (1 left)']`. */
  get pending(): string[] {
    return this.#rules.map((rule) => `${effectName(rule.effect)} on ${rule.description} (${rule.remaining} left)`)
  }

  /** Consumes the faults that match a request: the total delay and the failure to answer, if any. */
  take(method: string, path: string): { delayMilliseconds: number; failure: Failure | null } {
    let delayMilliseconds = 0
    let failure: Failure | null = null
    for (const rule of this.#rules) {
      if (!rule.matches(method, path)) continue
      if (rule.effect.kind === 'latency') {
        delayMilliseconds += rule.effect.milliseconds
      } else if (failure === null) {
        failure = rule.effect
      } else {
        continue
      }
      rule.remaining--
    }
    this.#rules = this.#rules.filter((rule) => rule.remaining > 0)
    return { delayMilliseconds, failure }
  }

  #add(route: RouteMatcher, effect: Effect, { times = 1 }: FaultOptions): this {
    if (!(times > 0)) throw new RangeError(`sandbox.faults: times must be ≥ 1 or Infinity (got ${times})`)
    this.#rules.push({ description: describe(route), matches: compile(route), effect, remaining: times })
    return this
  }
}

function effectName(effect: Effect): string {
  switch (effect.kind) {
    case 'latency':
      return `latency ${effect.milliseconds} ms`
    case 'status':
      return `status ${effect.status}`
    case 'rate_limit':
      return `429 retry-after ${effect.retryAfterSeconds}`
    case 'network':
      return 'network error'
  }
}
