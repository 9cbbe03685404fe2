import type { SignUpFutureResource } from '@clerk/react/types'
import { must } from './run'

/** The identifiers a sign-up verifies with a code. */
export type Channel = 'email_address' | 'phone_number'

/** Clerk methods called by name: `sendEmailCode`, `verifyTOTP`, `sendCode`… (see `codeMethods`). */
export type Calls = Record<string, (params: object) => Promise<{ error: unknown }>>

/** The suffix of Clerk's method names for each code: `mfa.verifyTOTP`, `verifications.sendPhoneCode`… */
export const CODE_METHOD: Record<string, string> = {
  totp: 'TOTP',
  backup_code: 'BackupCode',
  phone_code: 'PhoneCode',
  email_code: 'EmailCode',
  phone_number: 'PhoneCode',
  email_address: 'EmailCode',
}

/**
 * What a sign-up needs next, read from Clerk's status (sign-up overview: `missing_requirements`
 * lists `missingFields` to collect first, then `unverifiedFields` to verify).
 */
export function signUpNeeds(signUp: SignUpFutureResource): 'complete' | 'abandoned' | 'fields' | Channel {
  if (signUp.status === 'complete' || signUp.status === 'abandoned') return signUp.status
  if (signUp.missingFields.length) return 'fields'
  return (
    signUp.unverifiedFields.find((field): field is Channel => /^(email_address|phone_number)$/.test(field)) ?? 'fields'
  )
}

/** Sends (no `code`) or checks (`code`) the verification code of the sign-up's email address or phone number. */
export async function signUpCode(signUp: SignUpFutureResource, channel: Channel, code?: string) {
  const calls = signUp.verifications as unknown as Calls
  must(await calls[`${code ? 'verify' : 'send'}${CODE_METHOD[channel]}`]?.({ code }))
}

/** What the code step shows: the address or number the sign-up holds. */
export function signUpIdentifier(signUp: SignUpFutureResource, channel: Channel) {
  return (channel === 'email_address' ? signUp.emailAddress : signUp.phoneNumber) ?? ''
}
