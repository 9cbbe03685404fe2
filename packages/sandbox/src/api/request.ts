import { errors } from './errors'

/** The form fields clerk-js sent (snake_case keys, booleans as `"true"`/`"false"`). */
export class FormBody {
  constructor(readonly fields: Record<string, string>) {}

  /** The field's value, or undefined when absent or empty. */
  get(name: string): string | undefined {
    const value = this.fields[name]
    return value === undefined || value === '' ? undefined : value
  }

  /** The field's value; answers `form_param_nil` (naming the field) when absent or empty. */
  require(name: string): string {
    const value = this.get(name)
    if (value === undefined) throw errors.paramMissing(name)
    return value
  }

  /** A boolean field: absent → false; anything but `true`/`false` → `form_param_format_invalid`. */
  flag(name: string): boolean {
    const value = this.fields[name]
    if (value === undefined || value === '' || value === 'false') return false
    if (value === 'true') return true
    throw errors.paramInvalid(name, `${name} must be true or false.`)
  }

  has(name: string): boolean {
    return name in this.fields
  }
}

/** A Frontend API request after normalisation: real method, path without `/v1`, parsed body. */
export interface FapiRequest {
  method: string
  path: string
  params: Record<string, string>
  query: Record<string, string>
  body: FormBody
  /** The origin of the page that made the request (for redirects). */
  origin: string | null
}

/** What a route answers: a status, a JSON body and optional headers. */
export interface Reply {
  status: number
  json: unknown
  headers?: Record<string, string>
}
