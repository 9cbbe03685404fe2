import type { EnvironmentResource, SignUpFutureResource } from '@clerk/react/types'
import { fieldName, inputError } from '../errors/normalize-error'
import { type IdentifierKind, normalizeIdentifier } from '../input/normalize-identifier'
import { checkPassword, passwordRules } from '../input/password-rules'
import { safeRedirect } from '../navigation/resolve-redirect'
import type { KnownSignUpField, MissingFieldDescriptor } from './types'

// [input kind, autocomplete token]
const CATALOG: Record<KnownSignUpField, [MissingFieldDescriptor['kind'], string?]> = {
  first_name: ['text', 'given-name'],
  last_name: ['text', 'family-name'],
  username: ['text', 'username'],
  email_address: ['email', 'email'],
  phone_number: ['tel', 'tel'],
  password: ['password', 'new-password'],
  legal_accepted: ['checkbox'],
}

const IDENTIFIERS = ['email_address', 'phone_number', 'username']

/**
 * How to render and check one sign-up field Clerk asks for. Unknown names (a field a newer Clerk
 * requires) come back as `kind: 'unknown'` so a UI can say so instead of silently dropping them.
 */
export function describeField(
  name: string,
  env?: EnvironmentResource,
  defaultCallingCode?: string,
): MissingFieldDescriptor {
  const [kind, autoComplete] = CATALOG[name as KnownSignUpField] ?? ['unknown']
  const field = fieldName(name)
  const rules = passwordRules(env)
  const display = env?.displayConfig
  return {
    name,
    kind,
    ...(autoComplete ? { autoComplete } : {}),
    required: true,
    labelKey: kind === 'unknown' ? name : field,
    validate(value) {
      if (value === false || (typeof value === 'string' && !value.trim())) {
        return inputError(kind === 'checkbox' ? 'legal_required' : 'empty', field)
      }
      if (typeof value !== 'string') return null
      if (kind === 'password') return checkPassword(rules, value, field)
      const result =
        IDENTIFIERS.includes(name) &&
        normalizeIdentifier(value, { accepts: [name as IdentifierKind], defaultCallingCode })
      return result && !result.ok ? inputError(result.problem, field) : null
    },
    ...(kind === 'password' ? { rules } : {}),
    ...(kind === 'checkbox'
      ? {
          links: {
            termsUrl: linkTo(display?.termsUrl),
            privacyPolicyUrl: linkTo(display?.privacyPolicyUrl),
          },
        }
      : {}),
  }
}

/** Normalises a value the way `validate` checked it (trimmed names, lower-cased email, E.164 phone). */
export function normalizeValue(name: string, value: string | boolean, defaultCallingCode?: string) {
  if (typeof value !== 'string' || name === 'password') return value
  if (!IDENTIFIERS.includes(name)) return value.trim()
  const result = normalizeIdentifier(value, { accepts: [name as IdentifierKind], defaultCallingCode })
  return result.ok ? result.value : value
}

// Terms and privacy links come from the instance's settings: only ever link to http(s).
const linkTo = (url?: string | null) => (url && safeRedirect(url, '*')) || null

// Where Clerk's sign-up holds each field a screen may prefill.
const HELD = {
  first_name: 'firstName',
  last_name: 'lastName',
  username: 'username',
  email_address: 'emailAddress',
  phone_number: 'phoneNumber',
} as const satisfies Record<string, keyof SignUpFutureResource>

/** What Clerk's sign-up already holds for a field, to prefill it. */
export const heldValue = (signUp: SignUpFutureResource, name: string): string | null =>
  name in HELD ? signUp[HELD[name as keyof typeof HELD]] : null
