import { verifiedPasskeysOf } from '../passkeys/registered'
import type { SignInRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { enterpriseFactorsFor } from './enterprise-connections'
import { mfaPhonesOf } from './second-factors'

/** A supported factor of a sign-in, as clerk-js finds them by `strategy` (and the identification id). */
export interface Factor {
  strategy: string
  safeIdentifier?: string
  emailAddressId?: string
  phoneNumberId?: string
  primary?: boolean
  enterpriseConnectionId?: string
  enterpriseConnectionName?: string
}

/** Who the factors are for: a real user, or a stand-in for an identifier that has no account. */
interface FactorSubject {
  emails: { id: string; address: string }[]
  phones: { id: string; number: string }[]
  hasPassword: boolean
}

function subjectOf(sim: Simulation, signIn: SignInRecord): FactorSubject | null {
  const user = signIn.userId ? sim.store.users.get(signIn.userId) : undefined
  if (user) return { emails: user.emails, phones: user.phones, hasPassword: user.password !== null }
  if (!signIn.missingAccount || !signIn.identifier || !signIn.missingIdentificationId) return null
  // An identifier without an account looks like an account with that identifier (and a password when
  // the instance uses passwords), so the answer does not reveal that it is missing.
  const id = signIn.missingIdentificationId
  return {
    emails: signIn.identifierKind === 'email_address' ? [{ id, address: signIn.identifier }] : [],
    phones: signIn.identifierKind === 'phone_number' ? [{ id, number: signIn.identifier }] : [],
    hasPassword: sim.instance.firstFactors.includes('password') && signIn.missingAccount === 'protected',
  }
}

/**
 * The first factors a sign-in supports: the instance's strategies that the account can use. An email
 * on an enterprise connection's domain has only that connection (or a choice of them), account or not.
 */
export function firstFactorsFor(sim: Simulation, signIn: SignInRecord): Factor[] {
  const enterprise = enterpriseFactorsFor(sim, signIn)
  if (enterprise.length > 0) return enterprise
  const subject = subjectOf(sim, signIn)
  if (!subject) return []
  const strategies = sim.instance.firstFactors
  const factors: Factor[] = []
  const matchesIdentifier = (value: string) => value.toLowerCase() === signIn.identifier?.toLowerCase()
  const user = signIn.userId ? sim.store.users.get(signIn.userId) : undefined
  // Clerk's UI starts with a passkey when the account has one.
  if (user && sim.instance.passkeys.enabled && verifiedPasskeysOf(user).length > 0)
    factors.push({ strategy: 'passkey' })
  if (subject.hasPassword && strategies.includes('password')) factors.push({ strategy: 'password' })
  for (const strategy of ['email_code', 'email_link'] as const) {
    if (!strategies.includes(strategy)) continue
    for (const email of subject.emails)
      factors.push({
        strategy,
        safeIdentifier: email.address,
        emailAddressId: email.id,
        primary: matchesIdentifier(email.address),
      })
  }
  if (strategies.includes('phone_code'))
    for (const phone of subject.phones)
      factors.push({
        strategy: 'phone_code',
        safeIdentifier: phone.number,
        phoneNumberId: phone.id,
        primary: matchesIdentifier(phone.number),
      })
  if (subject.hasPassword) {
    for (const email of subject.emails)
      factors.push({ strategy: 'reset_password_email_code', safeIdentifier: email.address, emailAddressId: email.id })
    if (strategies.includes('phone_code'))
      for (const phone of subject.phones)
        factors.push({ strategy: 'reset_password_phone_code', safeIdentifier: phone.number, phoneNumberId: phone.id })
  }
  return factors
}

/** The second factors the user has enrolled in, among those the instance allows. */
export function mfaFactorsFor(sim: Simulation, user: UserRecord): Factor[] {
  const allowed = sim.instance.mfa.strategies
  const factors: Factor[] = []
  if (user.totpSecret && allowed.includes('totp')) factors.push({ strategy: 'totp' })
  if (allowed.includes('phone_code'))
    for (const phone of mfaPhonesOf(user))
      factors.push({
        strategy: 'phone_code',
        safeIdentifier: phone.number,
        phoneNumberId: phone.id,
        primary: phone.defaultSecondFactor,
      })
  const email = user.emails[0]
  if (user.mfaEmail && email && allowed.includes('email_code'))
    factors.push({ strategy: 'email_code', safeIdentifier: email.address, emailAddressId: email.id })
  const { passkeys } = sim.instance
  if (passkeys.enabled && passkeys.secondFactor && verifiedPasskeysOf(user).length > 0)
    factors.push({ strategy: 'passkey' })
  if (user.backupCodes.length > 0 && allowed.includes('backup_code')) factors.push({ strategy: 'backup_code' })
  return factors
}

/** How a new client proves it is the user's (client trust): a code to the email or phone they own. */
export function clientTrustFactorsFor(user: UserRecord): Factor[] {
  const factors: Factor[] = []
  for (const email of user.emails)
    factors.push({ strategy: 'email_code', safeIdentifier: email.address, emailAddressId: email.id })
  for (const phone of user.phones)
    factors.push({ strategy: 'phone_code', safeIdentifier: phone.number, phoneNumberId: phone.id })
  return factors
}

/** The second factors a sign-in offers in its current status (none unless it needs one). */
export function secondFactorsFor(sim: Simulation, signIn: SignInRecord): Factor[] | null {
  const user = signIn.userId ? sim.store.users.get(signIn.userId) : undefined
  if (!user) return null
  if (signIn.status === 'needs_second_factor') return mfaFactorsFor(sim, user)
  if (signIn.status === 'needs_client_trust') return clientTrustFactorsFor(user)
  return null
}
