import { foldDigits } from './digits'

/** The length of every one-time code Clerk sends (email, SMS, TOTP). */
export const CODE_LENGTH = 6

/**
 * Turns whatever the user typed or pasted ("Your code is 123 456", full-width digits, spaces) into
 * the digits Clerk expects. Returns `null` when the input does not hold exactly one code.
 */
export function normalizeCode(raw: string, length = CODE_LENGTH): string | null {
  const digits = foldDigits(raw).replace(/\D/g, '')
  return digits.length === length ? digits : null
}

/** Keeps only digits, capped at the code length: what a one-time-code field shows while typing. */
export function filterCodeInput(raw: string, length = CODE_LENGTH): string {
  return foldDigits(raw).replace(/\D/g, '').slice(0, length)
}
