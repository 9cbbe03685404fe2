import type { EnvironmentResource } from '@clerk/react/types'
import { inputError } from '../errors/normalize-error'
import type { FlowError, FlowField } from '../errors/types'

/** A rule of the instance's password policy, checked as the user types and before any request. */
export interface PasswordRule {
  /** The message key of the rule when it is not met (also the key of its hint text). */
  key:
    | 'password_too_short'
    | 'password_too_long'
    | 'password_needs_number'
    | 'password_needs_special'
    | 'password_needs_uppercase'
    | 'password_needs_lowercase'
  /** The number in the rule (a length), for its text. */
  value?: number
  met(password: string): boolean
}

/** The instance's password policy (Clerk's `password_settings`), as rules; a minimum of 8 without one. */
export function passwordRules(env: EnvironmentResource | undefined): PasswordRule[] {
  const settings = env?.userSettings.passwordSettings
  const min = settings?.min_length || 8
  const rules: PasswordRule[] = [{ key: 'password_too_short', value: min, met: (password) => password.length >= min }]
  const max = settings?.max_length
  if (max) rules.push({ key: 'password_too_long', value: max, met: (password) => password.length <= max })
  const demand = (on: boolean | undefined, key: PasswordRule['key'], pattern: RegExp) =>
    on && rules.push({ key, met: (password) => pattern.test(password) })
  demand(settings?.require_numbers, 'password_needs_number', /\p{Nd}/u)
  demand(settings?.require_special_char, 'password_needs_special', /[^\p{L}\p{Nd}\s]/u)
  demand(settings?.require_uppercase, 'password_needs_uppercase', /\p{Lu}/u)
  demand(settings?.require_lowercase, 'password_needs_lowercase', /\p{Ll}/u)
  return rules
}

/** The error for the first rule `password` does not meet, tied to `field`; null when it meets all. */
export function checkPassword(rules: PasswordRule[], password: string, field: FlowField): FlowError | null {
  const unmet = rules.find((rule) => !rule.met(password))
  if (!unmet) return null
  const error = inputError(unmet.key, field)
  // The length, for a translation that says it (Clerk's "at least {{length}} characters").
  return unmet.value === undefined ? error : { ...error, values: { length: unmet.value } }
}

/**
 * A hint for the strength meter, not a guarantee (Clerk still refuses breached passwords): `weak`
 * until every rule is met, `strong` from 12 characters of three kinds (lower, upper, digits, other).
 */
export function passwordStrength(rules: PasswordRule[], password: string): 'weak' | 'fair' | 'strong' {
  if (!password || rules.some((rule) => !rule.met(password))) return 'weak'
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((kind) => kind.test(password)).length
  return password.length >= 12 && kinds >= 3 ? 'strong' : 'fair'
}
