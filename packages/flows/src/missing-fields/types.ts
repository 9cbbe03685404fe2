import type { FlowError } from '../errors/types'
import type { PasswordRule } from '../input/password-rules'
import type { NavigateOptions } from '../navigation/types'

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
  /** The input to render; `unknown` for a field this version of Flowkit cannot collect. */
  kind: 'text' | 'email' | 'tel' | 'password' | 'checkbox' | 'unknown'
  /** The `autocomplete` token for the input. */
  autoComplete?: string
  /** Always true: Clerk lists only the fields it still requires. */
  required: boolean
  /** Key into the UI's localization table for the label. */
  labelKey: string
  /** Checks a value before submit; returns an error or null. */
  validate(value: string | boolean): FlowError | null
  /** For `legal_accepted`: the instance's terms and privacy URLs (http(s) only). */
  links?: { termsUrl: string | null; privacyPolicyUrl: string | null }
  /** For `password`: the instance's rules, for a live hint (`validate` checks them too). */
  rules?: PasswordRule[]
}

/** Options of `useMissingFields`. */
export interface MissingFieldsOptions extends NavigateOptions {
  /** Calling code for phone numbers typed without one, e.g. `'44'`. */
  defaultCallingCode?: string
  /** Hears every error shown, with its stable `code` (e.g. `rate_limited`). */
  onError?: ((error: FlowError) => void) | undefined
}

/** What a screen that completes a sign-up's `missing_requirements` renders, and the verbs it calls. */
export interface MissingFieldsController {
  /** One descriptor per field in `signUp.missingFields`, in Clerk's order. */
  fields: MissingFieldDescriptor[]
  /** Initial values: what Clerk already holds for these fields, `false` for checkboxes. */
  values: Record<string, string | boolean>
  /** Errors per field, keyed by the descriptor's `name`. */
  errors: Record<string, FlowError | undefined>
  /** An error about the whole form. */
  error: FlowError | null
  isPending: boolean
  /**
   * Checks the values, then sends them with `signUp.update()` (`signUp.password()` when a password is
   * among them); finalizes and navigates when the sign-up completes.
   */
  submit(values: Record<string, string | boolean>): Promise<void>
  /**
   * Set when an email address or phone number the sign-up now holds must be verified: a code was sent
   * there. Always null inside `useSignInOrUp`, which moves to its `verify-sign-up` step instead.
   */
  verification: { channel: 'email_address' | 'phone_number'; safeIdentifier: string } | null
  /** Checks the verification code, then finalizes as `submit` does. */
  submitCode(code: string): Promise<void>
}
