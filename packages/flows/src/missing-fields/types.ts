import type { FlowError } from '../errors/types'

/** Sign-up attributes Flowkit knows how to collect. Others arrive as `kind: 'unknown'`. */
export type KnownSignUpField =
  | 'first_name'
  | 'last_name'
  | 'username'
  | 'email_address'
  | 'phone_number'
  | 'password'
  | 'legal_accepted'

/** How to render and check one missing sign-up field. */
export interface MissingFieldDescriptor {
  /** Clerk's attribute name (`first_name`, `legal_accepted`, or whatever Clerk sent). */
  name: string
  kind: 'text' | 'email' | 'tel' | 'password' | 'checkbox' | 'unknown'
  /** The `autocomplete` token for the input. */
  autoComplete?: string
  required: boolean
  /** Key into the UI's localization table for the label. */
  labelKey: string
  /** Checks a value before submit; returns an error or null. */
  validate(value: string | boolean): FlowError | null
  /** For `legal_accepted`: the instance's terms and privacy URLs (http(s) only). */
  links?: { termsUrl: string | null; privacyPolicyUrl: string | null }
}

export interface MissingFieldsController {
  fields: MissingFieldDescriptor[]
  /** Values Clerk already holds for these fields (prefill). */
  values: Record<string, string | boolean>
  errors: Record<string, FlowError | undefined>
  error: FlowError | null
  isPending: boolean
  /** Sends the values with `signUp.update()`; finalizes when the sign-up completes. */
  submit(values: Record<string, string | boolean>): Promise<void>
}
