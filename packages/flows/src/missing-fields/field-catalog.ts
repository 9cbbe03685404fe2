import type { EnvironmentResource } from '@clerk/react/types'
import { fieldName, inputError } from '../errors/normalize-error'
import { type IdentifierKind, normalizeIdentifier } from '../input/normalize-identifier'
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
  const minLength = env?.userSettings.passwordSettings.min_length ?? 8
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
      if (kind === 'password' && value.length < minLength) return inputError('password_too_short', field)
      const result =
        IDENTIFIERS.includes(name) &&
        normalizeIdentifier(value, { accepts: [name as IdentifierKind], defaultCallingCode })
      return result && !result.ok ? inputError(result.problem, field) : null
    },
    ...(kind === 'checkbox'
      ? {
          links: {
            termsUrl: httpOnly(display?.termsUrl),
            privacyPolicyUrl: httpOnly(display?.privacyPolicyUrl),
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
function httpOnly(url?: string | null) {
  return url && /^https?:\/\//i.test(url) ? url : null
}
