import type { ParamRecord } from '../api/request'

/** One Frontend API request as the sandbox received and answered it. */
export interface RequestRecord {
  /** After the method override: `POST ?_method=PATCH` is recorded as `PATCH`. */
  method: string
  /** Without `/v1`, the query or a trailing slash, e.g. `/client/sign_ins/sia_1/attempt_first_factor`. */
  path: string
  /** The form fields sent (snake_case, as clerk-js sends them); a repeated key holds every value. */
  body: ParamRecord
  /** The query, without clerk-js's transport parameters; a repeated key (a list) holds every value. */
  query: ParamRecord
  /** The status answered (0 for a simulated network error). */
  status: number
  /** `load` for the requests clerk-js makes while loading (environment, client); `flow` for the rest. */
  phase: 'load' | 'flow'
}

export interface SummaryOptions {
  /** Leave out the requests made while Clerk loaded (environment, first client fetch). */
  afterLoad?: boolean
}

/** The Frontend API requests clerk-js made, in order. */
export class RequestLog implements Iterable<RequestRecord> {
  #records: RequestRecord[] = []
  // clerk-js fetches the environment and the client in parallel, in either order, before anything else.
  #loading = true

  /** Every request, oldest first. */
  get all(): readonly RequestRecord[] {
    return this.#records
  }

  get length(): number {
    return this.#records.length
  }

  [Symbol.iterator](): Iterator<RequestRecord> {
    return this.#records[Symbol.iterator]()
  }

  /** The requests made after Clerk had loaded. */
  afterLoad(): RequestRecord[] {
    return this.#records.filter((record) => record.phase === 'flow')
  }

  /**
   * `['POST /client/sign_ins', 'POST /client/sessions/sess_1/touch']`: the list a test asserts with
   * `toEqual` to pin down exactly which requests a flow made.
   */
  summary(options: SummaryOptions = {}): string[] {
    const records = options.afterLoad ? this.afterLoad() : this.#records
    return records.map((record) => `${record.method} ${record.path}`)
  }

  /** Forgets every request so far (e.g. after a setup step). */
  clear(): void {
    this.#records = []
  }

  /** Empties the log and expects a fresh Clerk to load (`sandbox.reset()`). */
  reset(): void {
    this.#records = []
    this.#loading = true
  }

  /** Whether a request is part of Clerk loading: the environment, and the client fetched right after it. */
  phaseOf(method: string, path: string): 'load' | 'flow' {
    if (path === '/environment') {
      this.#loading = true
      return 'load'
    }
    if (this.#loading && method === 'GET' && path === '/client') return 'load'
    this.#loading = false
    return 'flow'
  }

  record(record: RequestRecord): void {
    this.#records.push(record)
  }
}
