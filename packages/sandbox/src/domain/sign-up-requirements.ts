import type { SignUpFieldName } from '../config/types'
import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { connectionsFor } from './enterprise-connections'

/** Sign-up field names as Clerk lists them in `required_fields` / `missing_fields`. */
export type SignUpField = SignUpFieldName | 'legal_accepted' | 'protect_check' | 'enterprise_sso'

const FIELDS: SignUpFieldName[] = ['email_address', 'phone_number', 'username', 'first_name', 'last_name', 'password']

const fieldValue = (signUp: SignUpRecord, field: SignUpField): unknown => {
  switch (field) {
    case 'email_address':
      return signUp.emailAddress
    case 'phone_number':
      return signUp.phoneNumber
    case 'username':
      return signUp.username
    case 'first_name':
      return signUp.firstName
    case 'last_name':
      return signUp.lastName
    case 'password':
      return signUp.password
    case 'legal_accepted':
      return signUp.legalAcceptedAt
    case 'protect_check':
      return signUp.protectCheck ? null : true
    case 'enterprise_sso':
      return signUp.enterpriseAccount?.verification.status === 'verified' ? true : null
  }
}

export function requiredFields(sim: Simulation): SignUpField[] {
  const fields: SignUpField[] = FIELDS.filter((field) => sim.instance.signUp.fields[field] === 'required')
  if (sim.instance.signUp.legalConsent) fields.push('legal_accepted')
  return fields
}

export function optionalFields(sim: Simulation): SignUpField[] {
  return FIELDS.filter((field) => sim.instance.signUp.fields[field] === 'optional')
}

/**
 * Required fields without a value, and `protect_check` while a Protect challenge is pending (Clerk
 * lists it there too). An OAuth sign-up needs no password, as in Clerk.
 */
export function missingFields(sim: Simulation, signUp: SignUpRecord): SignUpField[] {
  const passwordless = signUp.externalAccount !== null || signUp.enterpriseAccount !== null
  const required = requiredFields(sim)
  // An address on an enterprise connection's domain can only sign up through that connection.
  if (connectionsFor(sim, signUp.emailAddress).length > 0) required.push('enterprise_sso')
  if (signUp.protectCheck) required.push('protect_check')
  return required.filter(
    (field) =>
      !(field === 'password' && (passwordless || required.includes('enterprise_sso'))) &&
      (fieldValue(signUp, field) ?? null) === null,
  )
}

/** Identifications given but not verified yet. */
export function unverifiedFields(signUp: SignUpRecord): ('email_address' | 'phone_number')[] {
  const fields: ('email_address' | 'phone_number')[] = []
  if (signUp.emailAddress && signUp.emailVerification?.status !== 'verified') fields.push('email_address')
  if (signUp.phoneNumber && signUp.phoneVerification?.status !== 'verified') fields.push('phone_number')
  return fields
}
