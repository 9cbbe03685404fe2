import { foldDigits } from './digits'

/** The identifier attributes Clerk signs users in with. */
export type IdentifierKind = 'email_address' | 'phone_number' | 'username'

export type IdentifierProblem =
  | 'empty'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_username'
  | 'not_accepted'

export type NormalizedIdentifier =
  | { ok: true; kind: IdentifierKind; value: string }
  | { ok: false; problem: IdentifierProblem; kind?: IdentifierKind }

export interface NormalizeIdentifierOptions {
  /** Which identifiers the instance accepts, in the order Clerk lists them. */
  accepts: readonly IdentifierKind[]
  /** Calling code used when a phone number is typed without one, e.g. `'44'` for the UK. */
  defaultCallingCode?: string
}

// RFC 5321 caps an address at 254 characters; Clerk rejects longer ones server-side anyway.
const MAX_EMAIL_LENGTH = 254
const MAX_USERNAME_LENGTH = 64
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const E164 = /^\+[1-9]\d{6,14}$/
const USERNAME = /^[\p{L}\p{N}_.-]+$/u
const PHONE_PUNCTUATION = /[\s().\-\u2010-\u2015]/g
const LOOKS_LIKE_PHONE = /^\+?[\d\s().\-\u2010-\u2015]+$/

/**
 * Trims, classifies and normalises what the user typed into an identifier field, so a malformed
 * value never reaches the Frontend API. Emails are lower-cased, phone numbers become E.164.
 */
export function normalizeIdentifier(raw: string, options: NormalizeIdentifierOptions): NormalizedIdentifier {
  // Invisible format characters (zero-width spaces, joiners, BOM) ride along with pasted text.
  const text = raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim()
  if (text === '') return { ok: false, problem: 'empty' }
  const kind = classify(text, options.accepts)
  if (!options.accepts.includes(kind)) return { ok: false, problem: 'not_accepted', kind }
  switch (kind) {
    case 'email_address':
      return normalizeEmail(text)
    case 'phone_number':
      return normalizePhone(text, options.defaultCallingCode)
    case 'username':
      return normalizeUsername(text)
  }
}

function classify(text: string, accepts: readonly IdentifierKind[]): IdentifierKind {
  if (text.includes('@')) return 'email_address'
  const folded = foldDigits(text)
  // A bare number is a phone number unless the instance only knows usernames.
  if (LOOKS_LIKE_PHONE.test(folded) && (accepts.includes('phone_number') || !accepts.includes('username'))) {
    return 'phone_number'
  }
  if (accepts.includes('username')) return 'username'
  return accepts[0] ?? 'email_address'
}

function normalizeEmail(text: string): NormalizedIdentifier {
  if (text.length > MAX_EMAIL_LENGTH) return { ok: false, problem: 'too_long', kind: 'email_address' }
  const value = text.toLowerCase()
  return EMAIL.test(value)
    ? { ok: true, kind: 'email_address', value }
    : { ok: false, problem: 'invalid_email', kind: 'email_address' }
}

function normalizePhone(text: string, defaultCallingCode?: string): NormalizedIdentifier {
  let digits = foldDigits(text).replace(PHONE_PUNCTUATION, '')
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`
  if (!digits.startsWith('+') && defaultCallingCode) {
    // National format: drop the trunk prefix before adding the calling code (020 … → +44 20 …).
    digits = `+${defaultCallingCode.replace(/\D/g, '')}${digits.replace(/^0/, '')}`
  }
  return E164.test(digits)
    ? { ok: true, kind: 'phone_number', value: digits }
    : { ok: false, problem: 'invalid_phone', kind: 'phone_number' }
}

function normalizeUsername(text: string): NormalizedIdentifier {
  if (text.length > MAX_USERNAME_LENGTH) return { ok: false, problem: 'too_long', kind: 'username' }
  return USERNAME.test(text)
    ? { ok: true, kind: 'username', value: text }
    : { ok: false, problem: 'invalid_username', kind: 'username' }
}
