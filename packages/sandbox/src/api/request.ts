import { errors } from './errors'

/** How the request log shows parameters: a key sent once is a string, a repeated key every value in order. */
export type ParamRecord = Record<string, string | string[]>

/**
 * Form fields or query parameters as clerk-js sends them (snake_case keys, booleans as
 * `"true"`/`"false"`). clerk-js sends a list as the same key repeated (`status=pending&status=accepted`),
 * so this keeps every value of a key; `get` reads a single value, `getAll` a list.
 */
export class RequestParams {
  readonly #values = new Map<string, string[]>()

  constructor(entries: Iterable<[string, string]> = []) {
    for (const [name, value] of entries) this.#values.set(name, [...(this.#values.get(name) ?? []), value])
  }

  /** The field's value (the first, if repeated), or undefined when absent or empty. */
  get(name: string): string | undefined {
    const value = this.#values.get(name)?.[0]
    return value === undefined || value === '' ? undefined : value
  }

  /** Every non-empty value of a repeated key, in the order sent; `[]` when absent. */
  getAll(name: string): string[] {
    return (this.#values.get(name) ?? []).filter((value) => value !== '')
  }

  /** The field's value; answers `form_param_nil` (naming the field) when absent or empty. */
  require(name: string): string {
    const value = this.get(name)
    if (value === undefined) throw errors.paramMissing(name)
    return value
  }

  /** A boolean field: absent → false; anything but `true`/`false` → `form_param_format_invalid`. */
  flag(name: string): boolean {
    const value = this.#values.get(name)?.[0]
    if (value === undefined || value === '' || value === 'false') return false
    if (value === 'true') return true
    throw errors.paramInvalid(name, `${name} must be true or false.`)
  }

  /** Whether the key was sent at all (even empty: `active_organization_id=` means "none"). */
  has(name: string): boolean {
    return this.#values.has(name)
  }

  /** For the request log: single values as strings, repeated keys as arrays. */
  toRecord(): ParamRecord {
    const record: ParamRecord = {}
    for (const [name, values] of this.#values) record[name] = values.length === 1 ? (values[0] ?? '') : [...values]
    return record
  }
}

/** A Frontend API request after normalisation: real method, path without `/v1`, parsed parameters. */
export interface FapiRequest {
  method: string
  path: string
  params: Record<string, string>
  /** The query, without clerk-js's transport parameters (`_method`, version, dev-browser token). */
  query: RequestParams
  body: RequestParams
  /** The origin of the page that made the request (for redirects). */
  origin: string | null
}

/** What a route answers: a status, a JSON body and optional headers. */
export interface Reply {
  status: number
  json: unknown
  headers?: Record<string, string>
}
